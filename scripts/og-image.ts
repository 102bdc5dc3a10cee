// Writes the social cards og-image.png (English, from slides.md) and og-image.zh.png (Chinese, from
// slides.zh.md), 1200×630: each edition's cover title and claim beside the pooled research trend, drawn by
// lib/render/chart-svg.ts and rasterised by resvg. No browser and no build needed: npm run og-image
//
// Fonts: Noto Sans SC, cut to the card's characters by scripts/fonts/noto.ts (the deck's subsetter, same source
// font) as TTF, the format resvg reads. Noto Sans SC has Latin glyphs too, so both cards are set in it (Inter, the
// deck's Latin font, is variable, which resvg does not instance). One file per weight: given two files of the same
// family and weight (e.g. Fontsource's 'latin' and 'chinese-simplified'), resvg drew mixed Chinese/Latin bold lines
// in the regular weight. No system font is loaded, so the card is the same on every machine.
import type { Locale } from '../lib/i18n'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { trendChart } from '../lib/charts/trend'
import { loadDeckData } from '../lib/data/load'
import { EDITIONS } from '../lib/editions'
import { translator } from '../lib/i18n'
import { palettes } from '../lib/palette'
import { sourceLine } from '../lib/render/chart-image'
import { CARD, coverText, socialCardSvg } from '../lib/render/social-card'
import { yearOf } from '../lib/domain/research'
import { svgTexts } from '../lib/render/svg-text'
import { NOTO_FAMILY, NOTO_WEIGHTS, notoSubset } from './fonts/noto'

const root = resolve(import.meta.dirname, '..')
const FONT_FAMILY = NOTO_FAMILY

/**
 * The TTF files resvg is given, one per weight, holding the characters of `svgs` (and `extra`), written into a
 * temporary folder (removed by the caller).
 */
export async function cardFonts(dir: string, svgs: string[], extra = ''): Promise<string[]> {
  const chars = [...new Set([...svgs.flatMap(svg => svgTexts(svg)).join(''), ...extra])].join('')
  return await Promise.all(
    NOTO_WEIGHTS.map(async weight => {
      const out = join(dir, `noto-sans-sc-card-${weight}.ttf`)
      writeFileSync(out, await notoSubset(weight, chars, 'sfnt'))
      return out
    }),
  )
}

export function cardSvg(locale: Locale, entry: string): string {
  const data = loadDeckData(resolve(root, 'data'))
  const t = translator(locale)
  const env = { locale, t, palette: palettes.light }
  const years = data.trend.map(yearOf)
  const model = trendChart(
    { rows: data.trend, conference: 'all', from: 2017, to: Math.max(...years), compact: true },
    env,
  )
  const { title, claim } = coverText(readFileSync(resolve(root, entry), 'utf8'))
  return socialCardSvg({
    title,
    claim,
    chart: model,
    chartTitle: model.title ?? '',
    source: sourceLine(model, data.sources, t('frame.sourceLine')),
    fontFamily: FONT_FAMILY,
  })
}

export function renderCard(svg: string, fontFiles: string[]): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  })
  const png = resvg.render()
  if (png.width !== CARD.width || png.height !== CARD.height)
    throw new Error(`social card is ${png.width}×${png.height}, expected ${CARD.width}×${CARD.height}`)
  return png.asPng()
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const tmp = mkdtempSync(join(tmpdir(), 'og-fonts-'))
  try {
    const cards = EDITIONS.map((e, i) => ({
      svg: cardSvg(e.locale, e.entry),
      file: i === 0 ? 'og-image.png' : `og-image.${e.locale}.png`,
    }))
    const fonts = await cardFonts(
      tmp,
      cards.map(c => c.svg),
    )
    for (const { svg, file } of cards) {
      const out = resolve(root, file)
      writeFileSync(out, renderCard(svg, fonts))
      console.log(`wrote ${out}`)
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
