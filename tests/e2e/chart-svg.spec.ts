import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { growthChart } from '../../lib/charts/growth'
import { trendChart } from '../../lib/charts/trend'
import { loadDeckData } from '../../lib/data/load'
import { translator } from '../../lib/i18n'
import { palettes } from '../../lib/palette'
import { chartSvg } from '../../lib/render/chart-svg'
import { svgTexts } from '../../lib/render/svg-text'
import { chartSlides, liveTexts, slideShowing } from './charts-helpers'
import { BASE, EDITIONS, watchPage } from './deck'

const data = loadDeckData(resolve(import.meta.dirname, '../../data'))
const slides = await chartSlides()
const slideOf = (chart: string) => slideShowing(slides, chart)
const sorted = (xs: string[]) => [...xs].sort()

async function chartBox(page: Page, selector: string) {
  return page
    .locator(selector)
    .locator('.chart-body')
    .evaluate(el => ({ width: el.clientWidth, height: el.clientHeight }))
}

test.describe("server-side SVG holds the same labels as the browser's", () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`trend and growth (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
      const env = { locale: 'en' as const, t: translator('en'), palette: palettes[theme] }
      const cases = [
        {
          chart: 'trend',
          model: (step: number) => trendChart({ rows: data.trend, conference: 'all', from: 2017, to: 2019, step }, env),
        },
        {
          chart: 'growth',
          model: (step: number) =>
            growthChart({ arxiv: data.growth, conferences: data.trend, from: 2018, to: 2019, step }, env),
        },
      ]
      for (const c of cases) {
        const slide = slideOf(c.chart)
        await page.goto(`${BASE}${slide.no}?clicks=${slide.clicks}`)
        const selector = `.slidev-page-${slide.no} figure[data-chart="${c.chart}"]`
        await expect(page.locator(`${selector} .base-chart`)).toHaveAttribute('data-theme', theme)
        await expect(page.locator(`${selector} .chart-drawn`)).toBeVisible()
        const box = await chartBox(page, selector)
        const live = await liveTexts(page.locator(selector))
        const ssr = svgTexts(chartSvg(c.model(slide.clicks), { ...box, theme }))
        expect(live.length, `${c.chart}: labels drawn`).toBeGreaterThan(8)
        expect(sorted(ssr), `${c.chart} at ${box.width}×${box.height}`).toEqual(sorted(live))
      }
    })
  }
})

test("every chart's SVG drawn by chartSvg in the browser holds the live chart's labels", async ({ page }) => {
  test.setTimeout(180_000)
  const watch = watchPage(page)
  for (const slide of slides) {
    await page.goto(`${BASE}${slide.no}?clicks=${slide.clicks}`)
    const frames = page.locator(`.slidev-page-${slide.no} figure[data-chart]`)
    await expect(frames.first().locator('.chart-drawn')).toBeVisible()
    for (let i = 0; i < (await frames.count()); i++) {
      const frame = frames.nth(i)
      await expect(frame.locator('.chart-drawn')).toBeVisible()
      const live = await liveTexts(frame)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.locator('button[data-download="svg"]').click(),
      ])
      const svg = readFileSync(await download.path(), 'utf8')
      const inner = svg.slice(svg.indexOf('<svg', svg.indexOf('<svg') + 1))
      expect(sorted(svgTexts(inner)), `${await frame.getAttribute('data-chart')} on slide ${slide.no}`).toEqual(
        sorted(live),
      )
    }
  }
  expect(watch.problems).toEqual([])
})

test.describe('image downloads', () => {
  for (const edition of EDITIONS) {
    test(`${edition.locale}: SVG and PNG of the trend chart, named by its state, framed with title and source`, async ({
      page,
    }) => {
      const watch = watchPage(page)
      const slide = slideOf('trend')
      await page.goto(`${edition.base}${slide.no}?clicks=${slide.clicks}&conf=CVPR`)
      const selector = `.slidev-page-${slide.no} figure[data-chart="trend"]`
      const frame = page.locator(selector)
      await expect(frame.locator('.chart-drawn')).toBeVisible()
      const box = await chartBox(page, selector)
      const live = await liveTexts(frame)
      const t = translator(edition.locale)
      const name = `trend-2017-2019_CVPR_${edition.locale}`

      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        frame.locator('button[data-download="svg"]').click(),
      ])
      expect(svgDownload.suggestedFilename()).toBe(`${name}.svg`)
      const svgPath = `/tmp/charts/${name}.svg`
      await svgDownload.saveAs(svgPath)
      const svg = readFileSync(svgPath, 'utf8')
      // Parses as XML, has the chart's title and source, and the chart inside is the slide's, label for label.
      const parsed = await page.evaluate(text => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
        const root = doc.documentElement
        const inner = root.querySelector('svg')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          inner: { width: Number(inner?.getAttribute('width')), height: Number(inner?.getAttribute('height')) },
          innerTexts: [...(inner?.querySelectorAll('text') ?? [])].map(n => n.textContent!.trim()).filter(Boolean),
          texts: [...root.querySelectorAll(':scope > text')].map(n => n.textContent!.trim()),
          fonts: root.querySelector('style')?.textContent?.match(/@font-face/g)?.length ?? 0,
        }
      }, svg)
      expect(parsed.error).toBeNull()
      expect(parsed.inner).toEqual(box)
      expect(sorted(parsed.innerTexts)).toEqual(sorted(live))
      const frameText = parsed.texts.join(' ')
      expect(frameText.replace(/\s/g, '')).toContain(t('trend.title').replace(/\s/g, ''))
      expect(frameText).toContain(t('frame.conf', { name: 'CVPR' }))
      expect(frameText).toContain(data.sources.find(s => s.id === data.trend[0].source)!.publisher)
      expect(parsed.fonts, 'embedded @font-face rules').toBeGreaterThan(0)

      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        frame.locator('button[data-download="png"]').click(),
      ])
      expect(pngDownload.suggestedFilename()).toBe(`${name}.png`)
      const pngPath = `/tmp/charts/${name}.png`
      await pngDownload.saveAs(pngPath)
      const png = readFileSync(pngPath)
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
        width: 2 * parsed.width,
        height: 2 * parsed.height,
      })
      expect(parsed.width).toBeGreaterThan(box.width)
      // Text is drawn into the PNG (the embedded fonts had loaded): the title's band, above the chart, has ink.
      const titleInk = await page.evaluate(async b64 => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.naturalWidth
        c.height = 100
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        const px = ctx.getImageData(0, 0, c.width, c.height).data
        const bg = [px[0], px[1], px[2]]
        let n = 0
        for (let i = 0; i < px.length; i += 4)
          n += Math.abs(px[i] - bg[0]) + Math.abs(px[i + 1] - bg[1]) + Math.abs(px[i + 2] - bg[2]) > 200 ? 1 : 0
        return n
      }, png.toString('base64'))
      expect(titleInk, 'pixels of title text in the PNG').toBeGreaterThan(500)

      // The CSV follows the state too.
      await expect(frame.locator('a[download$=".csv"]')).toHaveAttribute('download', `${name}.csv`)
      expect(watch.problems).toEqual([])
      expect(watch.external).toEqual([])
    })
  }

  test('a hidden series leaves the CSV and the file names', async ({ page }) => {
    const slide = slideOf('speed')
    await page.goto(`${BASE}${slide.no}?hide.speed=Chainer,CNTK`)
    const frame = page.locator(`.slidev-page-${slide.no} figure[data-chart="speed"]`)
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    const csvLink = frame.locator('a[download$=".csv"]')
    await expect(csvLink).toHaveAttribute('download', 'speed_no-Chainer-CNTK_en.csv')
    const csv = decodeURIComponent((await csvLink.getAttribute('href'))!.replace(/^data:text\/csv;charset=utf-8,/, ''))
    const frameworks = new Set(data.speed.map(r => r.framework))
    for (const fw of frameworks) {
      if (fw === 'Chainer' || fw === 'CNTK') expect(csv).not.toContain(`,${fw},`)
      else expect(csv).toContain(`,${fw},`)
    }
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator('button[data-download="svg"]').click(),
    ])
    expect(svgDownload.suggestedFilename()).toBe('speed_no-Chainer-CNTK_en.svg')
  })
})
