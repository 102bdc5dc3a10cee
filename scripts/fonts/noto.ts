// `npm run fonts` (after inter.ts): Noto Sans SC, regular and bold, cut at build time to the CJK characters the
// deck and the reading views show (scripts/fonts/chars.ts), in two files per weight: the characters of the covers
// (the only glyphs slide 1 needs, ~7 KB) and the rest (~75 KB). styles/fonts/noto-sc.css declares them with
// disjoint unicode-ranges, so a page downloads the rest only once it shows one of those characters. It replaces
// @fontsource/noto-sans-sc's CSS, ~100 unicode-range slices per weight whose @font-face rules alone are 97 KB gzip.
// Also writes styles/fonts/noto-sc.chars.txt (line 1 the cover's characters, line 2 the rest), which
// tests/unit/fonts.test.ts compares with the sources.
// The same CSS carries the symbols: characters the deck shows that the Inter subset lacks (✓ ✗ ◐ → ← ≈ ‰), each
// cut from the first Fontsource file that has a glyph for it (Noto Sans Symbols 2, then Noto Sans SC's numbered
// slices, per weight), one small file per source file and weight, under the family name of Noto Sans SC so every
// font stack, the reading view, the image embedding and the service worker take them with the Chinese faces.
// Without them the browser (and the PDF) draws these with whatever system font it finds (DejaVu).
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import subsetFont from 'subset-font'
import { coverCjkChars, deckCjkChars, deckLatinChars } from './chars'
import { cmapCodePoints, unicodeRange } from './cmap'

export const NOTO_WEIGHTS = [400, 700] as const
export const NOTO_FAMILY = 'Noto Sans SC'
const root = resolve(import.meta.dirname, '../..')
const out = resolve(root, 'styles/fonts')

/** Fontsource's file holding the whole simplified-Chinese character set (and Latin) of one weight. */
export function notoSource(weight: number, format: 'woff' | 'woff2' = 'woff2'): string {
  return resolve(
    root,
    `node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-${weight}-normal.${format}`,
  )
}

/** Noto Sans SC cut to `chars`; fails naming the characters the source font has no glyph for. */
export async function notoSubset(
  weight: number,
  chars: string,
  targetFormat: 'sfnt' | 'woff2' = 'woff2',
): Promise<Buffer> {
  const source = readFileSync(notoSource(weight))
  const sfnt = await subsetFont(source, chars, { targetFormat: 'sfnt' })
  const have = cmapCodePoints(sfnt)
  const missing = [...chars].filter(c => !have.has(c.codePointAt(0)!))
  if (missing.length)
    throw new Error(`Noto Sans SC ${weight} has no glyph for: ${missing.map(c => `${c} (U+${hex(c)})`).join(', ')}`)
  return targetFormat === 'sfnt' ? sfnt : await subsetFont(source, chars, { targetFormat })
}

const hex = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase()

const parse = (range: string) =>
  range.split(',').map(part => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-')
    return [Number.parseInt(lo, 16), Number.parseInt(hi ?? lo, 16)] as const
  })

/** The @font-face rules of a Fontsource stylesheet: file (absolute) and unicode-range. */
function fontsourceFaces(css: string): { file: string; ranges: (readonly [number, number])[] }[] {
  const dir = resolve(root, 'node_modules', css, '..')
  const text = readFileSync(resolve(root, 'node_modules', css), 'utf8')
  return [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => ({
    file: resolve(dir, /url\(([^)]+\.woff2)\)/.exec(body)![1]),
    ranges: parse(/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? 'U+0-10FFFF'),
  }))
}

/**
 * Where the symbols come from, in order of preference: a Fontsource stylesheet per weight. Noto Sans Symbols 2 has
 * one weight; its regular file is declared at 700 too, because for bold text the browser looks only at the
 * family's 700 faces (CSS font matching picks the weight before the unicode-range) and would fall to a system font.
 */
export const SYMBOL_SOURCES = [
  { name: 'symbols', css: () => '@fontsource/noto-sans-symbols-2/400.css' },
  { name: 'sc', css: (w: number) => `@fontsource/noto-sans-sc/${w}.css` },
] as const

/** The characters of the deck (scripts/fonts/chars.ts, Latin side) that the committed Inter subset has no glyph for. */
export async function symbolChars(): Promise<string> {
  const chars = deckLatinChars(root)
  const inter = readFileSync(resolve(out, 'inter-deck.woff2'))
  const have = cmapCodePoints(await subsetFont(inter, chars, { targetFormat: 'sfnt' }))
  return [...chars].filter(c => !have.has(c.codePointAt(0)!)).join('')
}

export interface SymbolFace {
  weight: number
  /** The Fontsource file cut from. */
  source: string
  /** The file written to styles/fonts/. */
  file: string
  chars: string
}

/** Which source file and weight each symbol is cut from; fails naming the characters no source has. */
export async function symbolFaces(chars: string): Promise<SymbolFace[]> {
  const faces: SymbolFace[] = []
  const missing: string[] = []
  const glyphs = new Map<string, Set<number>>()
  const hasGlyph = async (file: string, c: string) => {
    if (!glyphs.has(file))
      glyphs.set(file, cmapCodePoints(await subsetFont(readFileSync(file), chars, { targetFormat: 'sfnt' })))
    return glyphs.get(file)!.has(c.codePointAt(0)!)
  }
  for (const c of chars) {
    const cp = c.codePointAt(0)!
    let found = false
    for (const source of SYMBOL_SOURCES) {
      const regular = source.css(400)
      const hit = fontsourceFaces(regular).find(f => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi))
      if (!hit || !(await hasGlyph(hit.file, c))) continue
      for (const weight of NOTO_WEIGHTS) {
        const css = source.css(weight)
        const file = fontsourceFaces(css).find(f => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi))?.file
        if (!file || !(await hasGlyph(file, c))) throw new Error(`${css} has no glyph for ${c} (U+${hex(c)})`)
        const name = file
          .split('/')
          .pop()!
          .replace(/^noto-sans-/, 'noto-sym-')
          .replace(/-normal\.woff2$/, '.woff2')
        const face = faces.find(f => f.file === name && f.weight === weight)
        if (face) face.chars += c
        else faces.push({ weight, source: file, file: name, chars: c })
      }
      found = true
      break
    }
    if (!found) missing.push(`${c} (U+${hex(c)})`)
  }
  if (missing.length)
    throw new Error(`no font of SYMBOL_SOURCES (scripts/fonts/noto.ts) has a glyph for: ${missing.join(', ')}`)
  return faces.sort((a, b) => a.weight - b.weight || a.file.localeCompare(b.file))
}

function face(weight: number, file: string, chars: string): string {
  return [
    '@font-face {',
    `  font-family: '${NOTO_FAMILY}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    `  font-weight: ${weight};`,
    `  src: url(./${file}) format('woff2');`,
    `  unicode-range: ${unicodeRange([...chars].map(c => c.codePointAt(0)!))};`,
    '}',
  ].join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const cover = coverCjkChars(root)
  const coverSet = new Set(cover)
  const rest = [...deckCjkChars(root)].filter(c => !coverSet.has(c)).join('')
  const css = [
    `/* Noto Sans SC cut to the deck's CJK characters by \`npm run fonts\` (scripts/fonts/noto.ts): do not edit. */`,
  ]
  for (const weight of NOTO_WEIGHTS) {
    for (const [name, chars] of [
      [`noto-sc-cover-${weight}.woff2`, cover],
      [`noto-sc-${weight}.woff2`, rest],
    ] as const) {
      const font = await notoSubset(weight, chars)
      writeFileSync(resolve(out, name), font)
      css.push(face(weight, name, chars))
      console.log(`fonts: styles/fonts/${name}, ${[...chars].length} characters, ${(font.length / 1024).toFixed(1)} KB`)
    }
  }
  const symbols = await symbolFaces(await symbolChars())
  for (const f of symbols) {
    // The same file may serve two weights (SYMBOL_SOURCES); it is written once per face, with the same bytes.
    const font = await subsetFont(readFileSync(f.source), f.chars, { targetFormat: 'woff2' })
    writeFileSync(resolve(out, f.file), font)
    css.push(face(f.weight, f.file, f.chars))
    console.log(`fonts: styles/fonts/${f.file}, ${f.chars} from ${f.source.split('/').pop()}, ${font.length} bytes`)
  }
  writeFileSync(resolve(out, 'noto-sc.css'), `${css.join('\n')}\n`)
  writeFileSync(resolve(out, 'noto-sc.chars.txt'), `${cover}\n${rest}\n`)
  console.log('fonts: styles/fonts/noto-sc.css, noto-sc.chars.txt')
}
