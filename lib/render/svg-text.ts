// Reads the text an SVG string shows (ECharts writes each label, or each line of one, as its own <text>).
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
    return ENTITIES[e] ?? m
  })
}

/** The non-empty text contents of every `<text>` element, in document order. */
export function svgTexts(svg: string): string[] {
  const out: string[] = []
  for (const m of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    const text = unescapeXml(m[1].replace(/<[^>]+>/g, '')).trim()
    if (text) out.push(text)
  }
  return out
}
