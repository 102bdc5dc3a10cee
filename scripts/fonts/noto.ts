// `npm run fonts` (after inter.ts): Noto Sans SC, regular and bold, cut at build time to the CJK characters the
// deck and the reading views show (scripts/fonts/chars.ts), in two files per weight: the characters of the covers
// (the only glyphs slide 1 needs, ~7 KB) and the rest (~75 KB). styles/fonts/noto-sc.css declares them with
// disjoint unicode-ranges, so a page downloads the rest only once it shows one of those characters. It replaces
// @fontsource/noto-sans-sc's CSS, ~100 unicode-range slices per weight whose @font-face rules alone are 97 KB gzip.
// Also writes styles/fonts/noto-sc.chars.txt (line 1 the cover's characters, line 2 the rest), which
// tests/unit/fonts.test.ts compares with the sources.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import subsetFont from 'subset-font'
import { coverCjkChars, deckCjkChars } from './chars'
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
  writeFileSync(resolve(out, 'noto-sc.css'), `${css.join('\n')}\n`)
  writeFileSync(resolve(out, 'noto-sc.chars.txt'), `${cover}\n${rest}\n`)
  console.log('fonts: styles/fonts/noto-sc.css, noto-sc.chars.txt')
}
