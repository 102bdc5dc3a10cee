import { expect, test } from '@playwright/test'
import { resolve } from 'node:path'
import { loadDeckData } from '../../lib/data/load'
import { chartsOn, EDITIONS, plainText, slideContents, slidesOf, watchPage } from './deck'
import { chartTags } from './read'
import { overlappingLabels } from './charts-helpers'

// The talk as the audience sees it: with the charts' entry animations (playwright.config.ts turns them off).
test.use({ reducedMotion: 'no-preference' })

// The sections each edition must have, by title, in its own language.
const SECTIONS = {
  en: [
    'TensorFlow or PyTorch?',
    'Research usage: the trend',
    'Research usage: the growth',
    'Conclusion',
    'What happened next',
    'Sources',
  ],
  zh: ['TensorFlow 还是 PyTorch？', '学术界的使用率：趋势', '学术界的使用率：增长', '结论', '此后的发展', '参考资料'],
}

const english = await slidesOf(EDITIONS[0].entry)

for (const edition of EDITIONS) {
  const slides = edition.locale === 'en' ? english : await slidesOf(edition.entry)
  const { base, locale } = edition

  test.describe(`${locale} edition (${base})`, () => {
    test("has the outline's sections", () => {
      const titles = slides.map(s => s.title)
      for (const t of SECTIONS[locale]) expect(titles).toContain(t)
    })

    test('every slide has speaker notes', () => {
      // Chinese carries more per character: the same content is about half as many characters.
      const min = locale === 'zh' ? 40 : 80
      const silent = slides.filter(s => s.note.trim().length < min).map(s => `${s.no} ${s.title}`)
      expect(silent).toEqual([])
    })

    if (locale === 'zh') {
      test('follows the English outline slide for slide, with notes in Chinese', () => {
        expect(slides.map(s => s.clicks)).toEqual(english.map(s => s.clicks))
        const english3 = slides.filter(s =>
          /[a-z]{3,}(?: [a-z]{3,}){3}/i.test(s.note.replace(/[A-Z]\w+(?: [A-Z]\w+)*/g, '')),
        )
        expect(
          english3.map(s => s.no),
          'notes with runs of English words',
        ).toEqual([])
      })
    }

    for (const slide of slides) {
      test(`slide ${slide.no} (${slide.title}) renders cleanly, charts drawn and labelled`, async ({ page }) => {
        const watch = watchPage(page)
        // Start at the last click so the whole story is on screen.
        await page.goto(`${base}${slide.no}?clicks=${slide.clicks}`)
        const current = page.locator(`.slidev-page-${slide.no}`)
        await expect(current).toBeVisible()
        // The topic (Slidev's title) is on the slide, and the heading reads as the Markdown says, figures filled in.
        if (slide.title) await expect(current).toContainText(slide.title)
        // Markdown's typographer curls the quotes; compare the words.
        if (slide.heading)
          await expect
            .poll(async () => plainText(await current.getByRole('heading', { level: 1 }).innerText()))
            .toBe(plainText(slide.heading))

        // As many charts as the Markdown names, waited for: a slide shows before its charts' frames have mounted.
        const charts = chartsOn(page, slide.no)
        await expect(charts).toHaveCount(chartTags(slide))
        for (let i = 0; i < chartTags(slide); i++) {
          const chart = charts.nth(i)
          const drawn = chart.locator('.chart-drawn')
          await expect(drawn).toBeVisible()
          const box = (await drawn.boundingBox())!
          expect(box.width, 'chart width').toBeGreaterThan(200)
          expect(box.height, 'chart height').toBeGreaterThan(150)
          // Drawn marks: lines or bars are SVG paths with a non-empty d attribute.
          const marks = await drawn.locator('svg path[d]').count()
          expect(marks, 'drawn SVG paths').toBeGreaterThan(5)
          // Slide 12 once laid its crossing note over the axis name, and a two-line note's lines over each other.
          expect(await overlappingLabels(drawn), 'labels drawn over each other').toEqual([])
          // A short alt, and a long description the alt points to.
          const host = chart.locator('.base-chart').first()
          await expect(host).toHaveAttribute('aria-label', /^.{10,}$/)
          const described = (await host.getAttribute('aria-describedby'))!
          await expect(page.locator(`[id="${described}"]`)).toHaveText(/^.{60,}$/)
          await expect(chart.locator('.chart-source')).toContainText(/\S/)
        }
        await page.waitForTimeout(200)
        expect(watch.problems).toEqual([])
        expect(watch.external).toEqual([])
      })
    }

    for (const path of ['presenter/1', 'presenter/3', 'overview']) {
      test(`/${path} renders without errors`, async ({ page }) => {
        const watch = watchPage(page)
        await page.goto(`${base}${path}`)
        await expect(page.locator('.slidev-page:visible').first()).toBeVisible()
        if (path.startsWith('presenter/3'))
          await expect(page.locator('.slidev-page-3 .chart-drawn').first()).toBeVisible()
        await page.waitForTimeout(500)
        expect(watch.problems).toEqual([])
        expect(watch.external).toEqual([])
      })
    }

    test('each factor card opens the slide titled on it, keeping the query string', async ({ page }) => {
      const contents = await slideContents(edition.entry)
      const at = contents.findIndex(c => c.includes('<FactorCard'))
      expect(at, 'a slide with factor cards').toBeGreaterThanOrEqual(0)
      const targets = [...contents[at].matchAll(/<FactorCard to="([^"]+)"/g)].map(m => m[1])
      expect(targets).toHaveLength(4)
      for (const title of targets) {
        const target = slides.find(s => s.title === title)!
        // All four cards are revealed after four clicks.
        await page.goto(`${base}${at + 1}?clicks=4&probe=1`)
        await page.locator(`.slidev-page-${at + 1} [data-factor="${title}"]`).click()
        await expect(page).toHaveURL(new RegExp(`${base}${target.no}\\?(.*&)?probe=1`))
        await expect(page.locator(`.slidev-page-${target.no}`)).toContainText(title)
      }
    })

    test('the title slide links to the other edition, under the sub-path', async ({ page }) => {
      const other = EDITIONS.find(e => e !== edition)!
      await page.goto(`${base}1`)
      const link = page.locator('[data-lang-switch]')
      await expect(link).toHaveAttribute('href', `${other.base}1`)
      await link.click()
      await expect(page).toHaveURL(new RegExp(`${other.base}1$`))
      await expect(page.locator('.slidev-page-1').getByRole('heading', { level: 1 })).toContainText(
        SECTIONS[other.locale][0],
      )
      await expect(page.locator('html')).toHaveAttribute('lang', other.locale === 'zh' ? 'zh-CN' : 'en')
    })
  })
}

// The evidence charts: the table view is their text alternative, so it must open, list the rows, and close again.
// Each is found on the slide whose Markdown draws it, so retitling or reordering slides cannot lose it.
// Rows expected, from the data (so a new CSV row needs no edit here): one per cell, version, event or point, and
// one per TensorFlow folder list and torchvision task.
const d = loadDeckData(resolve(import.meta.dirname, '../../data'))
const torchvisionTasks = new Set(d.models.filter(m => m.framework === 'PyTorch').map(m => `${m.collection} ${m.task}`))
const tables: [chart: string, rows: number][] = [
  ['speed', d.speed.length],
  ['operators', d.operators.length + d.operatorsOthers.length],
  [
    'models',
    new Set(d.models.filter(m => m.framework === 'TensorFlow').map(m => m.collection)).size + torchvisionTasks.size,
  ],
  ['timeline', d.timeline.length],
  ['later', d.pypi.length + d.events.length],
]
const englishContent = await slideContents(EDITIONS[0].entry)

for (const [chart, rows] of tables) {
  test(`${chart}: the table view toggles and shows its ${rows} rows`, async ({ page }) => {
    const at = englishContent.findIndex(c => c.includes(`<Chart name="${chart}"`))
    expect(at, `a slide with <Chart name="${chart}">`).toBeGreaterThanOrEqual(0)
    const slide = english[at]
    await page.goto(`${EDITIONS[0].base}${slide!.no}?clicks=${slide!.clicks}`)
    const frame = page.locator(`.slidev-page-${slide!.no} figure[data-chart="${chart}"]`)
    await expect(frame.locator('.chart-drawn')).toBeVisible()

    await frame.getByRole('button', { name: 'Table' }).click()
    await expect(frame.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true')
    await expect(frame.locator('.chart-drawn')).toHaveCount(0)
    const table = frame.locator('table.chart-table:not(.sr-only)')
    await expect(table).toBeVisible()
    await expect(table.locator('tbody tr')).toHaveCount(rows)
    await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(/\S/)

    await frame.getByRole('button', { name: 'Chart' }).click()
    await expect(frame.locator('.chart-drawn')).toBeVisible()
  })
}
