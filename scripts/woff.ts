// WOFF (1.0) to a plain TrueType/OpenType file. resvg (the social card's rasteriser) reads only TTF/OTF; the
// deck's fonts come from @fontsource as woff2 (which needs Brotli plus a glyph-table transform to undo)
// and woff, which is just the sfnt tables, each zlib-compressed: those are unpacked here.
import { inflateSync } from 'node:zlib'

export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength)
  if (src.length < 44 || src.toString('latin1', 0, 4) !== 'wOFF')
    throw new Error(
      `not a WOFF 1.0 file (signature ${JSON.stringify(src.toString('latin1', 0, 4))}); woff2 is not supported`,
    )
  const flavor = src.readUInt32BE(4)
  const numTables = src.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + 20 * i
    const [tag, offset, compLength, origLength, checksum] = [
      src.toString('latin1', at, at + 4),
      src.readUInt32BE(at + 4),
      src.readUInt32BE(at + 8),
      src.readUInt32BE(at + 12),
      src.readUInt32BE(at + 16),
    ]
    const raw = src.subarray(offset, offset + compLength)
    const data = compLength < origLength ? inflateSync(raw) : raw
    if (data.length !== origLength)
      throw new Error(`WOFF table ${tag}: expected ${origLength} bytes, got ${data.length}`)
    return { tag, checksum, data }
  })
  const pad4 = (n: number) => (n + 3) & ~3
  const headerSize = 12 + 16 * numTables
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + pad4(t.data.length), 0))
  const entrySelector = Math.floor(Math.log2(numTables))
  const searchRange = 2 ** entrySelector * 16
  out.writeUInt32BE(flavor, 0)
  out.writeUInt16BE(numTables, 4)
  out.writeUInt16BE(searchRange, 6)
  out.writeUInt16BE(entrySelector, 8)
  out.writeUInt16BE(numTables * 16 - searchRange, 10)
  let offset = headerSize
  // Table records must be sorted by tag; WOFF keeps them sorted too.
  tables
    .sort((a, b) => (a.tag < b.tag ? -1 : 1))
    .forEach((t, i) => {
      const at = 12 + 16 * i
      out.write(t.tag, at, 'latin1')
      out.writeUInt32BE(t.checksum, at + 4)
      out.writeUInt32BE(offset, at + 8)
      out.writeUInt32BE(t.data.length, at + 12)
      t.data.copy(out, offset)
      offset += pad4(t.data.length)
    })
  return out
}
