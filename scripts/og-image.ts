// Writes the social cards og-image.png (English, from slides.md) and og-image.zh.png (Chinese, from
// slides.zh.md), 1200×630: each edition's cover title and claim beside the pooled research trend, drawn by
// lib/render/chart-svg.ts and rasterised by resvg. No browser and no build needed: npm run og-image
//
// Fonts: resvg reads TTF/OTF only, not the woff2 the deck serves; @fontsource/noto-sans-sc also ships WOFF 1.0
// files, which scripts/woff.ts unpacks to TTF. Noto Sans SC has Latin glyphs too, so both cards are set in it
// (Inter, the deck's Latin font, ships only as woff2). No system font is loaded, so the card is the same on
// every machine.
import type { Locale } from '../lib/i18n'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { trendChart } from '../lib/charts/trend'
import { loadDeckData } from '../lib/data/load'
import { translator } from '../lib/i18n'
import { palettes } from '../lib/palette'
import { sourceLine } from '../lib/render/chart-image'
import { CARD, coverText, socialCardSvg } from '../lib/render/social-card'
import { yearOf } from '../lib/domain/research'
import { woffToSfnt } from './woff'

const root = resolve(import.meta.dirname, '..')
const FONT_FAMILY = 'Noto Sans SC'
const fontDir = resolve(root, 'node_modules/@fontsource/noto-sans-sc/files')
// Only the 'chinese-simplified' files, which hold Latin glyphs too: given the 'latin' files as well (same family,
// same weights), resvg drew mixed Chinese/Latin bold lines in the regular weight.
const FONT_FILES = [400, 700].map(w => `noto-sans-sc-chinese-simplified-${w}-normal.woff`)

/** The TTF files resvg is given, unpacked into a temporary folder (removed by the caller). */
export function cardFonts(dir: string): string[] {
  return FONT_FILES.map(file => {
    const out = join(dir, file.replace(/\.woff$/, '.ttf'))
    writeFileSync(out, woffToSfnt(readFileSync(join(fontDir, file))))
    return out
  })
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
    const fonts = cardFonts(tmp)
    for (const [locale, entry, file] of [
      ['en', 'slides.md', 'og-image.png'],
      ['zh', 'slides.zh.md', 'og-image.zh.png'],
    ] as const) {
      const out = resolve(root, file)
      writeFileSync(out, renderCard(cardSvg(locale, entry), fonts))
      console.log(`wrote ${out}`)
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
