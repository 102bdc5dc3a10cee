// Runs in the `phone` project (390×844, see playwright.config.ts).
import { expect, test } from '@playwright/test'
import { overlappingLabels } from './charts-helpers'
import { EDITIONS, watchPage } from './deck'
import { readUrl } from './read'

for (const edition of EDITIONS) {
  test.describe(`on a phone, ${edition.locale}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`the reading view fits the width, body text ≥ 16 px (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme })
        const watch = watchPage(page)
        await page.goto(readUrl(edition.base))
        // Lay out every section, not only those near the screen (content-visibility: auto skips the rest).
        await page.addStyleTag({ content: '.slide{content-visibility:visible!important}' })
        const m = await page.evaluate(() => {
          const inScroller = (el: Element) => {
            for (let p = el.parentElement; p; p = p.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true
            }
            return false
          }
          const wide = [...document.querySelectorAll('body *')]
            .filter(el => !inScroller(el) && el.getBoundingClientRect().right > innerWidth + 0.5)
            .map(el => `${el.tagName.toLowerCase()}.${el.className}`)
          return {
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth,
            wide,
            font: Number.parseFloat(getComputedStyle(document.body).fontSize),
            p: Number.parseFloat(getComputedStyle(document.querySelector('.notes p')!).fontSize),
          }
        })
        expect(m.innerWidth).toBe(390)
        expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth)
        expect(m.wide).toEqual([])
        expect(m.font).toBeGreaterThanOrEqual(16)
        expect(m.p).toBeGreaterThanOrEqual(16)
        // Each chart is drawn for the phone (the narrow drawing), not a slide-sized one scaled down.
        const drawings = page.locator('figure.chart .chart-svg')
        expect(await drawings.count()).toBeGreaterThan(0)
        const shown = await drawings.evaluateAll(els =>
          els.filter(e => getComputedStyle(e).display !== 'none').map(e => Number((e as HTMLElement).dataset.w)),
        )
        expect(shown.length * 2).toBe(await drawings.count())
        for (const w of shown) expect(w).toBeLessThan(420)
        expect(watch.external).toEqual([])
      })
    }

    test('every label of the drawn charts lies inside its drawing and clear of the others', async ({ browser }) => {
      // The build-time SVGs, not the live charts that replace them as they scroll into view: no scripts.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      await context.route(/\.m?js(\?.*)?$/, route => route.abort())
      const page = await context.newPage()
      await page.goto(readUrl(edition.base))
      await page.addStyleTag({ content: '.slide{content-visibility:visible!important}' })
      await page.evaluate(() => document.fonts.ready)
      const cut = await page.locator('figure.chart .chart-svg.narrow svg').evaluateAll(svgs =>
        svgs.flatMap(svg => {
          const box = svg.getBoundingClientRect()
          const chart = svg.closest('figure')?.getAttribute('data-chart')
          return [...svg.querySelectorAll('text')]
            .filter(t => {
              const r = t.getBoundingClientRect()
              return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5)
            })
            .map(t => `${chart}: "${t.textContent}"`)
        }),
      )
      expect(cut).toEqual([])
      // Nor on another label: the PyPI chart's crossing note once ran over the "40M" tick, the operators' ticks
      // over each other.
      const crossing: string[] = []
      for (const drawing of await page.locator('figure.chart .chart-svg.narrow').all()) {
        const chart = await drawing.evaluate(d => d.closest('figure')?.getAttribute('data-chart'))
        crossing.push(...(await overlappingLabels(drawing)).map(pair => `${chart}: ${pair}`))
      }
      expect(crossing).toEqual([])
      await context.close()
    })

    test('the live chart keeps the box on a phone', async ({ page }) => {
      await page.goto(readUrl(edition.base))
      const box = page.locator('figure.chart').nth(2).locator('.chart-box')
      await box.scrollIntoViewIfNeeded()
      const before = (await box.boundingBox())!
      await expect(box).toHaveClass(/is-live/)
      const live = (await box.locator('.chart-live svg').boundingBox())!
      expect(live.width).toBeCloseTo(before.width, 0)
      expect(live.height).toBeCloseTo(before.height, 0)
    })

    test('slide 1 of the deck offers the reading view', async ({ page }) => {
      await page.goto(`${edition.base}1`)
      await expect(page.locator('.slidev-page-1')).toBeVisible()
      const offer = page.locator('[data-read-offer]')
      await expect(offer).toBeVisible()
      await offer.click()
      await expect(page).toHaveURL(new RegExp(`${readUrl(edition.base)}/?$`))
      await expect(page.locator('h1')).toBeVisible()
    })
  })
}
