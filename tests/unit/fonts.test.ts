import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import subsetFont from 'subset-font'
import { describe, expect, it } from 'vitest'
import { fontFaces } from '../../lib/hosting'
import {
  coverCjkChars,
  coverMarkdown,
  deckCharFiles,
  deckCjkChars,
  deckLatinChars,
  isCjkSide,
  isLatinSide,
  uncoveredChars,
} from '../../scripts/fonts/chars'
import { cmapCodePoints, unicodeRange } from '../../scripts/fonts/cmap'
import { NOTO_WEIGHTS } from '../../scripts/fonts/noto'

const root = resolve(import.meta.dirname, '../..')
// Each missing character with the file it first appears in, as a failure lists them.
const whereFrom = (chars: string[]) => {
  const files = deckCharFiles(root)
  return uncoveredChars(new Map(chars.map(c => [c, files.get(c) ?? '?'])), () => false)
}
const codePoints = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)

describe("the deck's Inter subset (styles/fonts/inter-deck.woff2)", () => {
  it('has every character the slides, pages, components, messages and data use (else: npm run fonts)', () => {
    const cut = new Set(readFileSync(resolve(root, 'styles/fonts/inter-deck.chars.txt'), 'utf8').trimEnd())
    const missing = [...deckLatinChars(root)].filter(c => !cut.has(c))
    expect(whereFrom(missing), 'characters the subset lacks: run `npm run fonts` and commit styles/fonts/').toEqual([])
  })

  it('is smaller than the Fontsource Latin file it replaces on slide 1', () => {
    const subset = statSync(resolve(root, 'styles/fonts/inter-deck.woff2')).size
    const full = statSync(
      resolve(root, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'),
    ).size
    expect(subset).toBeGreaterThan(5000)
    expect(subset).toBeLessThan(0.8 * full)
  })

  it('leaves Chinese to Noto Sans SC and keeps Latin letters, digits and typographic signs', () => {
    expect(isLatinSide('用'.codePointAt(0)!)).toBe(false)
    expect(isLatinSide('，'.codePointAt(0)!)).toBe(false)
    expect(['A', '9', '–', '’', '×'].every(c => isLatinSide(c.codePointAt(0)!))).toBe(true)
  })
})

describe("the deck's Noto Sans SC subsets (styles/fonts/noto-sc*.woff2, npm run fonts)", () => {
  const [cover, rest] = readFileSync(resolve(root, 'styles/fonts/noto-sc.chars.txt'), 'utf8').split('\n')
  const css = readFileSync(resolve(root, 'styles/fonts/noto-sc.css'), 'utf8')

  it('has every CJK character the slides, pages, components, messages and data use (else: npm run fonts)', () => {
    const cut = new Set(cover + rest)
    const missing = [...deckCjkChars(root)].filter(c => !cut.has(c))
    expect(whereFrom(missing), 'characters the subsets lack: run `npm run fonts` and commit styles/fonts/').toEqual([])
  })

  it("puts the covers' characters (and only those) in the cover files, which slide 1 downloads", () => {
    expect([...coverCjkChars(root)].sort().join('')).toBe([...cover].sort().join(''))
    expect([...cover].filter(c => rest.includes(c))).toEqual([])
    expect(cover).toContain('还')
  })

  it('holds a glyph for every character its unicode-range names (subsetting drops unknown ones)', async () => {
    for (const f of fontFaces(css)) {
      const chars = String.fromCodePoint(...f.ranges.flatMap(([lo, hi]) => codePoints(lo, hi)))
      const sfnt = await subsetFont(readFileSync(resolve(root, 'styles/fonts', f.file)), chars, {
        targetFormat: 'sfnt',
      })
      const have = cmapCodePoints(sfnt)
      expect(
        [...chars].filter(c => !have.has(c.codePointAt(0)!)),
        f.file,
      ).toEqual([])
    }
  }, 30_000)

  it('declares the cover and rest faces, then the symbols, with disjoint unicode-ranges', () => {
    const faces = fontFaces(css)
    expect(faces.slice(0, 4).map(f => f.file)).toEqual([
      'noto-sc-cover-400.woff2',
      'noto-sc-400.woff2',
      'noto-sc-cover-700.woff2',
      'noto-sc-700.woff2',
    ])
    const inRange = (f: (typeof faces)[number], c: string) =>
      f.ranges.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi)
    expect([...cover].every(c => inRange(faces[0], c) && !inRange(faces[1], c))).toBe(true)
    expect([...rest].every(c => inRange(faces[1], c) && !inRange(faces[0], c))).toBe(true)
    expect(inRange(faces[0], 'A') || inRange(faces[1], 'A')).toBe(false)
    const weights = [...css.matchAll(/font-weight:\s*(\d+)/g)].map(m => Number(m[1]))
    expect(weights.length).toBe(faces.length)
    for (const weight of NOTO_WEIGHTS) {
      const own = faces.filter((_, i) => weights[i] === weight)
      const points = own.flatMap(f => f.ranges.flatMap(([lo, hi]) => codePoints(lo, hi)))
      expect(points.length, `faces of weight ${weight} overlap`).toBe(new Set(points).size)
    }
    const symbols = faces.filter(f => f.file.startsWith('noto-sym-'))
    // Bold text looks only at the 700 faces: each weight needs the verdict marks.
    for (const weight of NOTO_WEIGHTS)
      expect(
        symbols.some(f => weights[faces.indexOf(f)] === weight && inRange(f, '✗')),
        `✗ at ${weight}`,
      ).toBe(true)
  })

  it('takes the cover from the first slide, without its notes, and says when there is no headmatter', () => {
    const entry = '---\ntitle: x\n---\n\n# 封面\n\n<!--\n讲稿\n-->\n\n---\n\n# 第二\n'
    expect(coverMarkdown(entry)).toBe('\n# 封面\n\n')
    expect(() => coverMarkdown('# 没有\n')).toThrow(/no headmatter/)
    expect(isCjkSide('用'.codePointAt(0)!) && isCjkSide('，'.codePointAt(0)!)).toBe(true)
    expect(isCjkSide('é'.codePointAt(0)!)).toBe(false)
  })
})

describe('every character the deck shows has a deck font', () => {
  it('finds each in the Inter subset, the Noto Sans SC subsets and symbols, or Fira Code', async () => {
    const chars = deckCharFiles(root)
    const all = [...chars.keys()].join('')
    const cmapOf = async (file: string) =>
      cmapCodePoints(await subsetFont(readFileSync(file), all, { targetFormat: 'sfnt' }))
    const inter = await cmapOf(resolve(root, 'styles/fonts/inter-deck.woff2'))
    const fira = resolve(root, 'node_modules/@fontsource/fira-code')
    const firaFiles = fontFaces(readFileSync(resolve(fira, '400.css'), 'utf8')).map(f => resolve(fira, 'files', f.file))
    const firaCode = await Promise.all(firaFiles.map(cmapOf))
    const noto = fontFaces(readFileSync(resolve(root, 'styles/fonts/noto-sc.css'), 'utf8'))
    const covered = (cp: number) =>
      inter.has(cp) ||
      firaCode.some(set => set.has(cp)) ||
      noto.some(f => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi))
    expect(
      uncoveredChars(chars, covered),
      'characters no deck font has (npm run fonts, or a SYMBOL_SOURCES entry)',
    ).toEqual([])
  }, 30_000)

  it('names the character and the first file it appears in', () => {
    const chars = new Map([
      ['a', 'slides.md'],
      ['✗', 'lib/verdict.ts'],
      ['\u202F', 'lib/figures.ts'],
    ])
    expect(uncoveredChars(chars, cp => cp < 0x80)).toEqual([
      '✗ (U+2717) in lib/verdict.ts',
      '\u202F (U+202F) in lib/figures.ts',
    ])
    const found = deckCharFiles(root)
    expect(found.get('✗')).toBe('lib/verdict.ts')
    expect(found.get('\n')).toBeUndefined()
  })
})

describe('cmap and unicode-range helpers', () => {
  it('joins consecutive code points into runs', () => {
    expect(unicodeRange([0x4e01, 0x4e00, 0x4e02, 0x4e8c, 0x4e8c])).toBe('U+4E00-4E02,U+4E8C')
  })
  it('refuses a font without a cmap table (a woff2 not unpacked)', () => {
    expect(() => cmapCodePoints(readFileSync(resolve(root, 'styles/fonts/noto-sc-400.woff2')))).toThrow(/no cmap/)
  })
})
