// The exported PDFs, light and dark, checked the way a presenter would look at them: one page per slide, every
// title and every chart label as real text, fonts embedded, every chart as fully drawn as in the live deck in
// the same theme, and the dark PDF's pages dark. The light PDF is the one the build the tests serve holds
// (.e2e/dist/deck.pdf, printed by scripts/build.ts with the code of `npm run export`); the dark one is
// `npm run export -- --dark` of that build, made once per run (tests/e2e/shared.ts). DECK_EXPORT_PDF=file checks
// an existing light PDF instead.
import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { palettes } from '../../lib/palette'
import { BASE, chartsOn, slidesOf } from './deck'
import { chartTags } from './read'
import { JOBS, SERVED, shared } from './shared'

const root = resolve(import.meta.dirname, '../..')
const slides = await slidesOf()

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
/** Text compared without whitespace or typographic quotes: pdftotext splits and joins lines its own way. */
const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, '')

const GRID = 8
/**
 * Pixels close to each colour, per cell of a GRID×GRID grid over the image; counted in the browser, which decodes
 * the PNG.
 */
async function inkOf(page: Page, png: Buffer, colors: string[]): Promise<number[][]> {
  return page.evaluate(
    async ({ b64, colors, grid }) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
      const canvas = new OffscreenCanvas(img.width, img.height)
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const { data } = ctx.getImageData(0, 0, img.width, img.height)
      const rgb = colors.map(c => [1, 3, 5].map(i => Number.parseInt(c.slice(i, i + 2), 16)))
      const counts = rgb.map(() => Array.from<number>({ length: grid * grid }).fill(0))
      for (let p = 0; p < data.length; p += 4) {
        const x = (p / 4) % img.width
        const y = Math.floor(p / 4 / img.width)
        const cell = Math.floor((y * grid) / img.height) * grid + Math.floor((x * grid) / img.width)
        rgb.forEach(([r, g, b], k) => {
          if (Math.abs(data[p] - r) + Math.abs(data[p + 1] - g) + Math.abs(data[p + 2] - b) < 60) counts[k][cell]++
        })
      }
      return counts
    },
    { b64: png.toString('base64'), colors, grid: GRID },
  )
}

/** Mean relative luminance (0 black … 1 white) of a PNG, decoded in the browser. */
async function luminanceOf(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async b64 => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, img.width, img.height)
    let sum = 0
    for (let p = 0; p < data.length; p += 4)
      sum += (0.2126 * data[p] + 0.7152 * data[p + 1] + 0.0722 * data[p + 2]) / 255
    return sum / (data.length / 4)
  }, png.toString('base64'))
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} PDF`, () => {
    const given = theme === 'light' && process.env.DECK_EXPORT_PDF
    const pdf = given ? resolve(given) : theme === 'light' ? resolve(SERVED, 'deck.pdf') : JOBS['dark-pdf'].path

    test.beforeAll(async () => {
      test.setTimeout(300_000)
      if (theme === 'dark') await shared('dark-pdf')
    })

    test('one page per slide', () => {
      const pages = Number(run('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)?.[1])
      expect(pages).toBe(slides.length)
    })

    test('every font in the PDF is embedded', () => {
      const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2)
      expect(rows.length).toBeGreaterThan(0)
      // Columns: name type encoding emb sub uni id gen; the name can be "[none]", the type has spaces.
      const notEmbedded = rows.filter(r => !/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r))
      expect(notEmbedded).toEqual([])
    })

    test(`every page is ${theme}`, async ({ page }) => {
      // The blank dark export had pages with no text on them; this catches that and a light page in a dark PDF.
      const text = run('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, slides.length)
      expect(
        text.flatMap((t, i) => (t.trim() ? [] : [i + 1])),
        'pages without text',
      ).toEqual([])
      for (const slide of slides) {
        const raster = execFileSync('pdftoppm', [
          '-png',
          '-r',
          '20',
          '-f',
          String(slide.no),
          '-l',
          String(slide.no),
          pdf,
        ])
        const y = await luminanceOf(page, raster)
        if (theme === 'dark') expect(y, `page ${slide.no} mean luminance`).toBeLessThan(0.35)
        else expect(y, `page ${slide.no} mean luminance`).toBeGreaterThan(0.65)
      }
    })

    const series = [palettes[theme].PyTorch, palettes[theme].TensorFlow]

    for (const slide of slides) {
      test(`page ${slide.no} (${slide.title}): title, chart labels as text, charts complete`, async ({ page }) => {
        const text = norm(run('pdftotext', ['-f', String(slide.no), '-l', String(slide.no), '-layout', pdf, '-']))
        // Rotated labels (the speed chart's, inside narrow bars) come out of -layout as scattered, reversed glyphs;
        // -raw keeps each label's glyphs in drawing order.
        const raw = norm(run('pdftotext', ['-f', String(slide.no), '-l', String(slide.no), '-raw', pdf, '-']))
        // The title is the slide's kicker, set in capitals by CSS (text-transform), so the PDF holds it upper-cased.
        // Checked in -raw text: -layout interleaves the lines of a title with those of a chart beside it (the cover).
        if (slide.title)
          expect(raw.toLowerCase(), 'slide title in the PDF text').toContain(norm(slide.title).toLowerCase())

        // A slide whose Markdown names no <Chart> has no chart to compare with the live deck, so no deck page is
        // opened for it; on a chart slide the live deck must draw as many charts as the Markdown names.
        if (!chartTags(slide)) return
        await page.emulateMedia({ colorScheme: theme })
        await page.goto(`${BASE}${slide.no}?clicks=${slide.clicks}`)
        await expect(page.locator(`.slidev-page-${slide.no}`)).toBeVisible()
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /\blight\b/)
        const charts = chartsOn(page, slide.no)
        // Waited for: a slide shows before its charts' frames have mounted.
        await expect(charts, 'charts on the slide, as its Markdown names them').toHaveCount(chartTags(slide))
        const n = chartTags(slide)
        for (let i = 0; i < n; i++) await expect(charts.nth(i).locator('.chart-drawn')).toBeVisible()
        await page.evaluate(() => document.fonts.ready)
        await page.waitForTimeout(400)

        // Every piece of text the charts draw (axis labels, names, legends, data labels) is text in the PDF:
        // the SVG renderer made it into vector text, not pixels.
        const labels = (await charts.locator('svg text').allTextContents()).map(norm).filter(Boolean)
        expect(labels.length, 'chart text in the live deck').toBeGreaterThan(5)
        expect(
          labels.filter(l => !text.includes(l) && !raw.includes(l)),
          'chart labels missing from the PDF text',
        ).toEqual([])

        // Completeness: the series colours cover as much of the PDF page as of the finished chart on screen.
        // A chart caught mid-animation (lines part-drawn, bars part-grown) or blank has clearly less.
        const shot = await page.screenshot()
        const raster = execFileSync('pdftoppm', [
          '-png',
          '-f',
          String(slide.no),
          '-l',
          String(slide.no),
          '-scale-to-x',
          '1280',
          '-scale-to-y',
          '720',
          pdf,
        ])
        const [live, printed] = [await inkOf(page, shot, series), await inkOf(page, raster, series)]
        const sum = (a: number[]) => a.reduce((x, y) => x + y, 0)
        console.log(`${theme} page ${slide.no}: series pixels live ${live.map(sum)} vs PDF ${printed.map(sum)}`)
        series.forEach((color, k) => {
          if (sum(live[k]) < 400) return
          // In total, and in every part of the slide where the finished chart has a mark (a line that stops
          // half-way, a bar that is half-grown or markers not yet scaled in leave cells short).
          expect(sum(printed[k]) / sum(live[k]), `${color} pixels, PDF page vs live chart`).toBeGreaterThan(0.85)
          const short = live[k].flatMap((n, cell) =>
            n >= 120 && printed[k][cell] < 0.7 * n ? [`cell ${cell}: ${printed[k][cell]} of ${n}`] : [],
          )
          expect(short, `${color}: parts of the chart less drawn in the PDF than live`).toEqual([])
        })
      })
    }
  })
}
