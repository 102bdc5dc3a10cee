// Self-hosted fonts for the reading view: of each @fontsource stylesheet, only the @font-face rules whose
// unicode-range holds a character the page shows, each pointing at its woff2 file only.

export interface FontFace {
  css: string
  files: string[]
}

function parseRange(range: string): [number, number][] {
  return range.split(',').map(part => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-')
    if (lo.includes('?'))
      return [Number.parseInt(lo.replace(/\?/g, '0'), 16), Number.parseInt(lo.replace(/\?/g, 'F'), 16)]
    return [Number.parseInt(lo, 16), Number.parseInt(hi ?? lo, 16)]
  })
}

/**
 * `css`: a @fontsource stylesheet; `text`: everything the page shows; `urlPrefix`: where the woff2 files will be
 * served from. Returns the rules to inline and the file names (relative to the stylesheet) to copy.
 */
export function fontFacesFor(css: string, text: string, urlPrefix: string): FontFace {
  const codes = [...new Set([...text].map(c => c.codePointAt(0)!))]
  const out: string[] = []
  const files: string[] = []
  for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1]
    if (range) {
      const ranges = parseRange(range)
      if (!codes.some(c => ranges.some(([lo, hi]) => c >= lo && c <= hi))) continue
    }
    const woff2 = /url\(([^)]+\.woff2)\)\s*format\('([^']+)'\)/.exec(block)
    if (!woff2) throw new Error(`font stylesheet: an @font-face rule has no woff2 file: ${block.slice(0, 120)}`)
    const file = woff2[1].replace(/^['"]|['"]$/g, '')
    const name = file.split('/').pop()!
    files.push(file)
    out.push(block.replace(/src:[^;]+;/, `src:url(${urlPrefix}${name}) format('${woff2[2]}');`).replace(/\s+/g, ' '))
  }
  return { css: out.join(''), files }
}
