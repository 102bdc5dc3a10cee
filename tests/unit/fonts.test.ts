import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import subsetFont from 'subset-font'
import { describe, expect, it } from 'vitest'
import { fontFaces } from '../../lib/hosting'
import {
  coverCjkChars,
  coverMarkdown,
  deckCjkChars,
  deckLatinChars,
  isCjkSide,
  isLatinSide,
} from '../../scripts/fonts/chars'
import { cmapCodePoints, unicodeRange } from '../../scripts/fonts/cmap'
import { NOTO_WEIGHTS } from '../../scripts/fonts/noto'

const root = resolve(import.meta.dirname, '../..')

describe("the deck's Inter subset (styles/fonts/inter-deck.woff2)", () => {
  it('has every character the slides, pages, components, messages and data use (else: npm run fonts)', () => {
    const cut = new Set(readFileSync(resolve(root, 'styles/fonts/inter-deck.chars.txt'), 'utf8').trimEnd())
    const missing = [...deckLatinChars(root)].filter(c => !cut.has(c))
    expect(missing, 'characters the subset lacks: run `npm run fonts` and commit styles/fonts/').toEqual([])
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
    expect(missing, 'characters the subsets lack: run `npm run fonts` and commit styles/fonts/').toEqual([])
  })

  it("puts the covers' characters (and only those) in the cover files, which slide 1 downloads", () => {
    expect([...coverCjkChars(root)].sort().join('')).toBe([...cover].sort().join(''))
    expect([...cover].filter(c => rest.includes(c))).toEqual([])
    expect(cover).toContain('还')
  })

  it('holds a glyph for each of those characters in each file (subsetting drops unknown ones silently)', async () => {
    for (const weight of NOTO_WEIGHTS) {
      for (const [file, chars] of [
        [`noto-sc-cover-${weight}.woff2`, cover],
        [`noto-sc-${weight}.woff2`, rest],
      ] as const) {
        const sfnt = await subsetFont(readFileSync(resolve(root, 'styles/fonts', file)), chars, {
          targetFormat: 'sfnt',
        })
        const have = cmapCodePoints(sfnt)
        expect(
          [...chars].filter(c => !have.has(c.codePointAt(0)!)),
          file,
        ).toEqual([])
      }
    }
  }, 30_000)

  it('declares four faces with disjoint unicode-ranges that name exactly the cut characters', () => {
    const faces = fontFaces(css)
    expect(faces.map(f => f.file)).toEqual([
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
  })

  it('takes the cover from the first slide, without its notes, and says when there is no headmatter', () => {
    const entry = '---\ntitle: x\n---\n\n# 封面\n\n<!--\n讲稿\n-->\n\n---\n\n# 第二\n'
    expect(coverMarkdown(entry)).toBe('\n# 封面\n\n')
    expect(() => coverMarkdown('# 没有\n')).toThrow(/no headmatter/)
    expect(isCjkSide('用'.codePointAt(0)!) && isCjkSide('，'.codePointAt(0)!)).toBe(true)
    expect(isCjkSide('é'.codePointAt(0)!)).toBe(false)
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
