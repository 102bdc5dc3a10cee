import { expect, test } from '@playwright/test'
import { overlappingLabels } from './charts-helpers'
import { EDITIONS, plainText, slidesOf, watchPage } from './deck'
import { chartTags, noteParagraphs, readUrl } from './read'

for (const edition of EDITIONS) {
  const slides = await slidesOf(edition.entry)
  const charts = slides.reduce((n, s) => n + chartTags(s), 0)

  test.describe(`reading view, ${edition.locale} (${readUrl(edition.base)})`, () => {
    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false })

      test('shows every slide title, all the notes and every chart as SVG', async ({ page }) => {
        const watch = watchPage(page)
        await page.goto(readUrl(edition.base))
        // textContent, not innerText: sections far from the screen are not rendered yet (content-visibility: auto).
        const text = (await page.locator('main').textContent())!.replace(/\s+/g, ' ')
        for (const s of slides) {
          // Each slide's heading states its finding; its topic (Slidev's title) is the kicker above it.
          await expect
            .poll(async () => plainText((await page.locator(`#slide-${s.no}`).textContent()) ?? ''), `slide ${s.no}`)
            .toBe(plainText(s.heading || s.title))
          expect(
            plainText((await page.locator(`[data-slide="${s.no}"]`).textContent()) ?? ''),
            `topic of slide ${s.no}`,
          ).toContain(plainText(s.title))
          for (const p of noteParagraphs(s.note)) expect(text, `notes of slide ${s.no}`).toContain(p)
        }
        expect(charts).toBeGreaterThan(0)
        await expect(page.locator('figure.chart')).toHaveCount(charts)
        // One drawing is shown per chart (the narrow or the wide one), and it is a real SVG with text.
        const figs = page.locator('figure.chart')
        for (let i = 0; i < charts; i++) {
          await figs.nth(i).scrollIntoViewIfNeeded()
          const shown = figs.nth(i).locator('.chart-svg:visible svg')
          await expect(shown, `chart ${i + 1}`).toHaveCount(1)
          expect(await shown.locator('text').count(), `chart ${i + 1} text`).toBeGreaterThan(3)
          // The wide column is narrower than a slide: the timeline's labels once ran into each other there.
          expect(await overlappingLabels(shown), `chart ${i + 1}: labels drawn over each other`).toEqual([])
        }
        expect(watch.external).toEqual([])
        expect(watch.problems).toEqual([])
      })

      test("links the deck and the other edition's reading view", async ({ page }) => {
        await page.goto(readUrl(edition.base))
        const other = EDITIONS.find(e => e !== edition)!
        await expect(page.locator('header.top a').first()).toHaveAttribute('href', edition.base)
        await expect(page.locator(`header.top a[href="${readUrl(other.base)}"]`)).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('lang', edition.locale === 'zh' ? 'zh-CN' : 'en')
        const levels = await page.locator('h1, h2, h3, h4').evaluateAll(hs => hs.map(h => Number(h.tagName[1])))
        expect(levels[0]).toBe(1)
        levels.forEach(
          (l, i) => i && expect(l - levels[i - 1], `heading ${i + 1} skips a level`).toBeLessThanOrEqual(1),
        )
      })
    })

    test("the cover's chart stays a picture, without ECharts, until the reader reaches for it", async ({ page }) => {
      const scripts: string[] = []
      page.on('request', r => void (r.resourceType() === 'script' && scripts.push(r.url())))
      await page.goto(readUrl(edition.base))
      const box = page.locator('figure.chart').first().locator('.chart-box')
      await expect(box).toBeInViewport()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(500)
      await expect(box).not.toHaveClass(/is-live/)
      const before = scripts.length
      expect(before, "the page's own script").toBeGreaterThan(0)
      await box.hover()
      await expect(box).toHaveClass(/is-live/)
      await expect(box.locator('.chart-live svg')).toBeVisible()
      expect(scripts.length, 'ECharts and the builders, fetched on the pointer').toBeGreaterThan(before)
    })

    test('a chart scrolled into view turns live, in the same box, with tooltips', async ({ page }) => {
      const watch = watchPage(page)
      await page.goto(readUrl(edition.base))
      // The cover and the trend slide both draw this chart; the trend slide's, the second, is below the first screen.
      const fig = page.locator('figure.chart[data-chart="trend"]').nth(1)
      const box = fig.locator('.chart-box')
      await box.scrollIntoViewIfNeeded()
      const before = (await box.boundingBox())!
      await expect(box).toHaveClass(/is-live/)
      const live = box.locator('.chart-live svg')
      await expect(live).toBeVisible()
      const after = (await box.boundingBox())!
      expect(after.width).toBeCloseTo(before.width, 0)
      expect(after.height).toBeCloseTo(before.height, 0)
      const liveBox = (await live.boundingBox())!
      expect(liveBox.width).toBeCloseTo(before.width, 0)
      expect(liveBox.height).toBeCloseTo(before.height, 0)
      // Hovering the plot over the last year shows ECharts' tooltip with that year's counts.
      await page.mouse.move(liveBox.x + liveBox.width * 0.85, liveBox.y + liveBox.height * 0.5)
      await expect(box.locator('.chart-live div').filter({ hasText: '2019' }).first()).toBeVisible()
      // The picker redraws for one conference.
      await fig.locator('.picker button[data-value="CVPR"]').click()
      await expect(fig.locator('.picker button[data-value="CVPR"]')).toHaveAttribute('aria-pressed', 'true')
      // The caption, the chart's sentence, follows the pick.
      await expect(fig.locator('.chart-title')).toHaveText(/^CVPR/)
      expect(watch.external).toEqual([])
      expect(watch.problems).toEqual([])
    })

    test('every slide of the deck links to the reading view at that slide', async ({ page }) => {
      const watch = watchPage(page)
      // Through the talk as it is given (ArrowDown: the next slide, past its clicks): the link follows each move.
      await page.goto(`${edition.base}1`)
      for (const s of slides) {
        if (s.no > 1) await page.keyboard.press('ArrowDown')
        await expect(page.locator(`.slidev-page-${s.no}`)).toBeVisible()
        const link = page.locator('[data-read-link]')
        await expect(link, `slide ${s.no}`).toBeVisible()
        await expect(link).toHaveAttribute('href', `${readUrl(edition.base)}#slide-${s.no}`)
      }
      // Not hidden under the slide: it takes the click.
      await page.locator('[data-read-link]').click()
      // GitHub Pages' rules (scripts/serve.ts) add the folder's slash.
      await expect(page).toHaveURL(new RegExp(`${readUrl(edition.base)}/?#slide-${slides.length}$`))
      await expect(page.locator(`#slide-${slides.length}`)).toBeInViewport()
      await page.goto(`${edition.base}1`)
      await expect(page.locator('.slidev-page-1')).toBeVisible()
      await expect(page.locator('[data-read-offer]')).toBeHidden()
      expect(watch.external).toEqual([])
    })
  })
}
