// The code points a TrueType/OpenType font maps to a glyph, read from its `cmap` table (formats 4 and 12, the
// ones HarfBuzz's subsetter writes). Used to prove a subset holds every character it was cut for: the subsetter
// drops a character the source font lacks without a word.

export function cmapCodePoints(sfnt: Uint8Array): Set<number> {
  const b = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength)
  const numTables = b.readUInt16BE(4)
  let cmap = -1
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i
    if (b.toString('latin1', at, at + 4) === 'cmap') cmap = b.readUInt32BE(at + 8)
  }
  if (cmap < 0) throw new Error('cmapCodePoints: the font has no cmap table (is it woff/woff2 rather than sfnt?)')
  const out = new Set<number>()
  const subtables = b.readUInt16BE(cmap + 2)
  for (let i = 0; i < subtables; i++) {
    const at = cmap + b.readUInt32BE(cmap + 4 + 8 * i + 4)
    const format = b.readUInt16BE(at)
    if (format === 4) {
      const segX2 = b.readUInt16BE(at + 6)
      const ends = at + 14
      const starts = ends + segX2 + 2
      const deltas = starts + segX2
      const offsets = deltas + segX2
      for (let s = 0; s < segX2 / 2; s++) {
        const end = b.readUInt16BE(ends + 2 * s)
        const start = b.readUInt16BE(starts + 2 * s)
        const delta = b.readInt16BE(deltas + 2 * s)
        const rangeOffset = b.readUInt16BE(offsets + 2 * s)
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff
          else {
            const g = b.readUInt16BE(offsets + 2 * s + rangeOffset + 2 * (c - start))
            glyph = g === 0 ? 0 : (g + delta) & 0xffff
          }
          if (glyph !== 0) out.add(c)
        }
      }
    } else if (format === 12) {
      const groups = b.readUInt32BE(at + 12)
      for (let g = 0; g < groups; g++) {
        const [start, end, glyph] = [0, 4, 8].map(o => b.readUInt32BE(at + 16 + 12 * g + o))
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c)
      }
    }
  }
  return out
}

/** A CSS unicode-range value for a set of code points, consecutive runs joined ("U+4E00-4E02,U+4E8C"). */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    const hex = (n: number) => n.toString(16).toUpperCase()
    parts.push(j > i ? `U+${hex(sorted[i])}-${hex(sorted[j])}` : `U+${hex(sorted[i])}`)
    i = j
  }
  return parts.join(',')
}
