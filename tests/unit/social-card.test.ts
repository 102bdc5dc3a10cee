import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { beforeAll, describe, expect, it } from 'vitest'
import { CARD, coverText } from '../../lib/render/social-card'
import { svgTexts } from '../../lib/render/svg-text'
import { cardFonts, cardSvg, renderCard } from '../../scripts/og-image'

const root = resolve(import.meta.dirname, '../..')

describe('cover text', () => {
  it("takes the cover's heading and the line under it, skipping components and notes", () => {
    const md =
      '---\ntitle: X\n---\n\n<LangSwitch />\n\n# The *title*\n\n<div>aside</div>\nThe claim, in one line\n\n' +
      '<!--\nnotes\n-->\n\n---\n\n# Slide 2\n'
    expect(coverText(md)).toEqual({ title: 'The title', claim: 'The claim, in one line' })
  })
  it('says what is missing', () => {
    expect(() => coverText('---\na: 1\n---\nno heading\n')).toThrow('the cover slide has no "# title" heading')
    expect(() => coverText('# Only a title\n')).toThrow('the cover slide has no line of text under its title')
  })
})

describe('social cards', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-test-'))
  let fonts: string[] = []
  beforeAll(async () => {
    fonts = await cardFonts(dir, [cardSvg('en', 'slides.md'), cardSvg('zh', 'slides.zh.md')], '还是中文')
  }, 60_000)

  for (const [locale, entry] of [
    ['en', 'slides.md'],
    ['zh', 'slides.zh.md'],
  ] as const) {
    it(`${locale}: the cover's title and claim, and the trend chart with every year of data`, () => {
      const svg = cardSvg(locale, entry)
      const { title, claim } = coverText(readFileSync(resolve(root, entry), 'utf8'))
      // Lines wrap anywhere in Chinese, so compare without white space.
      const text = svgTexts(svg).join('').replace(/\s/g, '')
      expect(text).toContain(title.replace(/\s/g, ''))
      expect(text).toContain(claim.replace(/\s/g, ''))
      // 2022 counts ICLR submissions: its tick is starred (the axis name says why).
      for (const year of ['2017', '2019', '2022'])
        expect(svgTexts(svg).filter(t => t.replace('*', '') === year)).toHaveLength(1)
    })
  }

  it('renders at 1200×630 with the fonts given, drawing the text (not blank boxes or nothing)', () => {
    const png = renderCard(cardSvg('zh', 'slides.zh.md'), fonts)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(CARD.width)
    expect(png.readUInt32BE(20)).toBe(CARD.height)
    // The same Chinese text drawn with and without the fonts: without them resvg draws nothing.
    const inked = (files: string[]) => {
      const img = new Resvg(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="4" y="44" font-size="40" font-family="Noto Sans SC">还是中文</text></svg>',
        { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } },
      ).render()
      return img.pixels.filter((_, i) => i % 4 === 3 && img.pixels[i] > 0).length
    }
    expect(inked(fonts)).toBeGreaterThan(500)
    expect(inked([])).toBe(0)
    rmSync(dir, { recursive: true, force: true })
  }, 60_000)
})
