// Slide 1 is in index.html as static HTML (scripts/lib/first-slide.ts), shown before any of the app's code has
// loaded, exactly where the app will draw it; the app takes it away once its own slide 1 is on screen
// (lib/first-slide.ts), with nothing moving. Everywhere else (another slide, the presenter, the print view) it is
// gone before the first paint.
import type { Browser, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { EDITIONS, slidesOf, watchPage } from './deck'

const STATIC = '#deck-first-slide'

/** The page with the app's code kept from loading: what a reader sees before it arrives. */
async function withoutApp(page: Page) {
  await page.route(/\/assets\/.*\.js$/, r => r.abort())
}

/** Box of slide 1's heading: in the static copy, or in the app's slide. */
async function headingBox(page: Page, inStatic: boolean) {
  const h1 = inStatic ? page.locator(`${STATIC} h1`) : page.locator('.slidev-page-1 h1')
  await expect(h1).toBeVisible()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return (await h1.boundingBox())!
}

const VIEWS = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 720 } } },
  {
    name: 'phone',
    options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  },
] as const

async function open(browser: Browser, view: (typeof VIEWS)[number], colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ ...view.options, colorScheme, serviceWorkers: 'block' })
  return { context, page: await context.newPage() }
}

for (const e of EDITIONS) {
  const slides = await slidesOf(e.entry)
  test.describe(`${e.locale} edition`, () => {
    for (const view of VIEWS) {
      test(`${view.name}: slide 1 shows before the app, where the app draws it`, async ({ browser }) => {
        for (const scheme of ['light', 'dark'] as const) {
          const still = await open(browser, view, scheme)
          await withoutApp(still.page)
          await still.page.goto(`${e.base}1`)
          await expect(still.page.locator(`${STATIC} h1`)).toHaveText(slides[0].heading)
          const before = await headingBox(still.page, true)
          const html = await still.page.locator('html').getAttribute('class')
          expect(html ?? '', `${scheme} theme before the app`).toMatch(scheme === 'dark' ? /\bdark\b/ : /\blight\b/)
          await still.context.close()

          const live = await open(browser, view, scheme)
          await live.page.goto(`${e.base}1`)
          // The slide goes once the app is up; on a phone its offer to read the talk as an article stays, the only one.
          await expect(live.page.locator(`${STATIC} h1`), 'taken away once the app is up').toHaveCount(0)
          await expect(live.page.locator(STATIC)).toHaveCount(view.name === 'phone' ? 1 : 0)
          if (view.name === 'phone') await expect(live.page.locator('[data-read-offer]')).toHaveCount(1)
          const after = await headingBox(live.page, false)
          await live.context.close()
          for (const k of ['x', 'y', 'width', 'height'] as const)
            expect(Math.abs(before[k] - after[k]), `${scheme}: heading ${k}, static vs app`).toBeLessThanOrEqual(1)
        }
      })
    }

    test('the swap moves nothing, and the app runs without an error', async ({ page }) => {
      const watch = watchPage(page)
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number }
        w.__shift = 0
        new PerformanceObserver(list => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!entry.hadRecentInput) w.__shift += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(`${e.base}1`)
      await expect(page.locator('.slidev-page-1')).toBeVisible()
      await expect(page.locator(STATIC)).toHaveCount(0)
      await page.waitForTimeout(1500)
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift)
      expect(shift, 'cumulative layout shift').toBeLessThanOrEqual(0.02)
      expect(watch.problems).toEqual([])
    })

    for (const view of VIEWS)
      test(`${view.name}: the largest paint is the static copy's, none comes with the app`, async ({ browser }) => {
        // A text the app draws again, in a new element, larger by a pixel (a glyph from a font that came later),
        // would be a new largest contentful paint seconds after the first one.
        const { context, page } = await open(browser, view, 'light')
        await page.addInitScript(() => {
          const w = window as unknown as { __lcp: number[]; __app: number }
          w.__lcp = []
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) w.__lcp.push(entry.startTime)
          }).observe({ type: 'largest-contentful-paint', buffered: true })
          new MutationObserver((_, observer) => {
            if (!document.querySelector('#app .slidev-page-1')) return
            w.__app = performance.now()
            observer.disconnect()
          }).observe(document, { childList: true, subtree: true })
        })
        await page.goto(`${e.base}1`)
        await expect(page.locator(`${STATIC} h1`)).toHaveCount(0)
        // Messages, and with them the app's links, come 1 s after the load event.
        await page.waitForTimeout(2000)
        const { lcp, app } = await page.evaluate(() => {
          const w = window as unknown as { __lcp: number[]; __app: number }
          return { lcp: w.__lcp, app: w.__app }
        })
        expect(app, 'the app drew its slide 1').toBeGreaterThan(0)
        expect(lcp.length, 'a largest contentful paint').toBeGreaterThan(0)
        expect(
          lcp.filter(t => t >= app),
          'largest paints after the app drew slide 1',
        ).toEqual([])
        await context.close()
      })

    test("slide 1's chart is the build's picture, without ECharts, until reached for; dark: live at once", async ({
      browser,
    }) => {
      for (const scheme of ['light', 'dark'] as const) {
        const { context, page } = await open(browser, VIEWS[0], scheme)
        const watch = watchPage(page)
        let echarts = false
        page.on('response', async r => {
          // ECharts' core names its DOM nodes with this attribute; the string survives minification.
          if (
            r.request().resourceType() === 'script' &&
            (await r.text().catch(() => '')).includes('_echarts_instance_')
          )
            echarts = true
        })
        await page.goto(`${e.base}1`)
        const chart = page.locator('.slidev-page-1 .base-chart')
        await expect(page.locator(`${STATIC} h1`)).toHaveCount(0)
        if (scheme === 'dark') {
          // The copy's picture is in the light theme's colours: the dark deck draws its own chart.
          await expect(chart.locator('.chart-drawn svg')).toBeVisible()
          await expect(chart.locator('.chart-picture')).toHaveCount(0)
          await expect.poll(() => echarts, 'ECharts loaded').toBe(true)
        } else {
          await expect(chart.locator('.chart-picture svg')).toBeVisible()
          expect(await chart.locator('.chart-picture svg path[d]').count(), 'drawn marks').toBeGreaterThan(5)
          await page.waitForLoadState('networkidle')
          expect(echarts, 'ECharts loaded before anyone reached for the chart').toBe(false)
          await chart.hover()
          await expect(chart.locator('.chart-picture')).toHaveCount(0)
          await expect(chart.locator('.chart-drawn svg')).toBeVisible()
          await expect.poll(() => echarts, 'ECharts loaded once reached for').toBe(true)
        }
        expect(watch.problems).toEqual([])
        await context.close()
      }
    })

    test("the audience's picture of slide 1's chart follows the presenter's pick", async ({ context }) => {
      // One browser, two windows (Slidev syncs them over a BroadcastChannel): the audience opened the deck's link,
      // so its slide 1 chart is the static copy's picture; the presenter picks a conference on it.
      const audience = await context.newPage()
      await audience.goto(`${e.base}1`)
      await expect(audience.locator('.slidev-page-1 .chart-picture')).toHaveCount(1)
      const presenter = await context.newPage()
      await presenter.goto(`${e.base}presenter/1`)
      const pick = presenter.locator('.slidev-page-1 .picker button').nth(2)
      const conference = (await pick.textContent())!.trim()
      await pick.click()
      await expect(audience.locator('.slidev-page-1 .chart-picture')).toHaveCount(0)
      await expect(audience.locator('.slidev-page-1 .chart-drawn svg')).toBeVisible()
      await expect(audience.locator('.slidev-page-1 .picker button[aria-pressed="true"]')).toHaveText(conference)
    })

    test('a deep link, the presenter and the print view never show it', async ({ page }) => {
      await withoutApp(page)
      for (const path of ['5', '5/', 'presenter/1', 'overview', '1?print=true']) {
        await page.goto(`${e.base}${path}`)
        await expect(page.locator(STATIC), path).toHaveCount(0)
      }
      // And slide 1 under each address it has.
      for (const path of ['', '1', '1/']) {
        await page.goto(`${e.base}${path}`)
        await expect(page.locator(STATIC), path || '(base)').toHaveCount(1)
      }
    })
  })
}

test('the static slide is in the served index.html of each edition, and nothing else is a second deck', async ({
  request,
}) => {
  for (const e of EDITIONS) {
    const html = await (await request.get(`${e.base}1`)).text()
    expect(html).toContain('id="deck-first-slide"')
    const copy = html.slice(html.indexOf('id="deck-first-slide"'))
    // Tests and the app find the deck by these; the copy must not answer for it. Nor does it hold slide 2.
    expect(copy).not.toMatch(/\bslidev-page-\d|data-lang-switch|id="slide-content"/)
    expect(copy.match(/<h1\b/g) ?? []).toHaveLength(1)
  }
})
