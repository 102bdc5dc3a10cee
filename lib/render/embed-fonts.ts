// Browser only. An SVG opened on its own, or drawn onto a canvas through an <img>, cannot load the page's web
// fonts, so the image downloads carry the ones they use: for every @font-face rule of the deck's own fonts
// (Inter and Noto Sans SC, both cut to the deck's characters by `npm run fonts`) whose unicode-range holds a
// character of the image's text, the font file (a woff2 subset the page already has) goes into the SVG as a
// data: URL: for Chinese, the cover's file and/or the rest's, ~7 and ~70 KB per weight.
import { svgTexts } from './svg-text'

const FAMILIES = ['Inter Variable', 'Noto Sans SC']

/** A CSS unicode-range ("U+0000-00FF, U+4E00, U+4??") as [from, to] pairs; empty means every code point. */
export function parseRange(range: string): [number, number][] {
  if (!range.trim()) return [[0, 0x10ffff]]
  return range.split(',').map(part => {
    const [lo, hi] = part.trim().replace(/^u\+/i, '').split('-')
    const from = Number.parseInt(lo.replace(/\?/g, '0'), 16)
    const to = hi ? Number.parseInt(hi, 16) : Number.parseInt(lo.replace(/\?/g, 'F'), 16)
    return [from, to]
  })
}

const holds = (pairs: [number, number][], cp: number) => pairs.some(([from, to]) => cp >= from && cp <= to)

function fontFaceRules(): CSSFontFaceRule[] {
  const out: CSSFontFaceRule[] = []
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSFontFaceRule) out.push(rule)
      else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules)
    }
  }
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      walk(sheet.cssRules)
    } catch {
      // A stylesheet from another origin cannot be read; the deck has none.
    }
  }
  return out
}

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob()
  return await new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${url}`))
    reader.readAsDataURL(blob)
  })
}

/**
 * @font-face rules, with the fonts inlined, covering the text of `svg`: families in the order of the stack
 * (a character Inter has is not looked up in Noto Sans SC again), bold faces only when the image has bold text.
 */
export async function embeddedFontCss(svg: string): Promise<string> {
  const wanted = new Set([...svgTexts(svg).join('')].map(c => c.codePointAt(0)!))
  const bold = /font-weight[=:]\s*"?(bold|[6-9]00)/.test(svg)
  const rules = fontFaceRules()
  const faces: string[] = []
  for (const family of FAMILIES) {
    const covered: [number, number][] = []
    for (const rule of rules) {
      const style = rule.style
      if (style.getPropertyValue('font-family').replace(/["']/g, '').trim() !== family) continue
      const weight = style.getPropertyValue('font-weight') || '400'
      // A variable font declares a range ("100 900") and serves every weight; a static one only its own.
      if (!weight.includes(' ') && Number(weight) >= 600 && !bold) continue
      const range = style.getPropertyValue('unicode-range')
      const pairs = parseRange(range)
      if (![...wanted].some(cp => holds(pairs, cp))) continue
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(style.getPropertyValue('src'))?.[1]
      if (!url) continue
      covered.push(...pairs)
      const absolute = new URL(url, rule.parentStyleSheet?.href ?? location.href).href
      const fontStyle = style.getPropertyValue('font-style') || 'normal'
      const src = `url(${await dataUrl(absolute)}) format("woff2")`
      faces.push(
        `@font-face{font-family:"${family}";font-style:${fontStyle};font-weight:${weight};src:${src};` +
          `unicode-range:${range || 'U+0-10FFFF'}}`,
      )
    }
    for (const cp of [...wanted]) {
      if (holds(covered, cp)) wanted.delete(cp)
    }
  }
  return faces.join('\n')
}
