// Browser only. An SVG opened on its own, or drawn onto a canvas through an <img>, cannot load the page's web
// fonts, so the image downloads carry the ones they use: for every @font-face rule of the deck's own fonts
// (Inter, Noto Sans SC, self-hosted by @fontsource) whose unicode-range holds a character of the image's
// text, the font file (a woff2 subset the page already has) goes into the SVG as a data: URL.
import { svgTexts } from './svg-text'

const FAMILIES = ['Inter Variable', 'Noto Sans SC']

/** Whether a CSS unicode-range ("U+0000-00FF, U+4E00") holds any of the code points. */
export function rangeHolds(range: string, codePoints: Set<number>): boolean {
  if (!range.trim())
    return true
  return range.split(',').some((part) => {
    const [lo, hi] = part.trim().replace(/^u\+/i, '').split('-')
    const from = Number.parseInt(lo.replace(/\?/g, '0'), 16)
    const to = hi ? Number.parseInt(hi, 16) : Number.parseInt(lo.replace(/\?/g, 'F'), 16)
    for (const cp of codePoints) {
      if (cp >= from && cp <= to)
        return true
    }
    return false
  })
}

function fontFaceRules(): CSSFontFaceRule[] {
  const out: CSSFontFaceRule[] = []
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSFontFaceRule)
        out.push(rule)
      else if ('cssRules' in rule)
        walk((rule as CSSGroupingRule).cssRules)
    }
  }
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      walk(sheet.cssRules)
    }
    catch {
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

/** @font-face rules, with the fonts inlined, covering the text of `svg`. */
export async function embeddedFontCss(svg: string): Promise<string> {
  const codePoints = new Set([...svgTexts(svg).join('')].map(c => c.codePointAt(0)!))
  const faces: string[] = []
  for (const rule of fontFaceRules()) {
    const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim()
    if (!FAMILIES.includes(family) || !rangeHolds(rule.style.getPropertyValue('unicode-range'), codePoints))
      continue
    const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1]
    if (!url)
      continue
    const absolute = new URL(url, rule.parentStyleSheet?.href ?? location.href).href
    faces.push(`@font-face{font-family:"${family}";font-style:${rule.style.getPropertyValue('font-style') || 'normal'};font-weight:${rule.style.getPropertyValue('font-weight') || '400'};src:url(${await dataUrl(absolute)}) format("woff2");unicode-range:${rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF'}}`)
  }
  return faces.join('\n')
}
