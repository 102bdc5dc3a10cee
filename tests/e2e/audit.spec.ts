// The accessibility audit's checks that need a browser (docs/accessibility.md; the option-level ones are in
// tests/unit/audit.test.ts): chart text of at least 12 px as drawn, on the slides at 1280×720 and in the reading view
// on a 390 px phone; the reading view reflowing at 320 px; reduced motion and forced colours honoured.
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { slideBackground } from '../../lib/palette'
import { chartSlides } from './charts-helpers'
import { EDITIONS } from './deck'
import { readUrl } from './read'

/** The smallest chart text under `selector`, in CSS pixels as drawn (font size times the SVG's scale on screen). */
function smallestText(page: Page, selector: string) {
  return page.locator(selector).evaluateAll(roots => {
    const sizes: { px: number; text: string }[] = []
    for (const root of roots)
      for (const t of root.querySelectorAll<SVGTextElement>('svg text')) {
        const m = t.getScreenCTM()
        if (!m || !t.textContent?.trim() || t.getBBox().width === 0) continue
        sizes.push({ px: Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b), text: t.textContent })
      }
    return sizes.sort((a, b) => a.px - b.px)[0] ?? { px: Infinity, text: '(none)' }
  })
}

for (const edition of EDITIONS) {
  const { locale } = edition

  test(`${locale} slides at 1280×720: no chart text under 12 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    for (const s of await chartSlides(edition.entry)) {
      await page.goto(`${edition.base}${s.no}?clicks=${s.clicks}`)
      const drawn = page.locator(`.slidev-page-${s.no} .chart-drawn`)
      await expect(drawn).toHaveCount(s.charts.length)
      const min = await smallestText(page, `.slidev-page-${s.no} .chart-drawn`)
      expect(min.px, `slide ${s.no}: "${min.text}"`).toBeGreaterThanOrEqual(12)
    }
  })

  test(`${locale} reading view on a 390 px phone: no chart text under 12 px; it reflows at 320 px`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.goto(readUrl(edition.base))
    // The static pictures the page opens with (the phone's narrow drawings), before any live chart replaces them.
    const min = await smallestText(page, '.chart-svg.narrow')
    expect(min.px, `"${min.text}"`).toBeGreaterThanOrEqual(12)
    // WCAG 1.4.10: at 320 CSS px nothing but a data table scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 })
    // Sections off screen skip layout (content-visibility: auto) and keep their 390 px boxes until scrolled to:
    // lay every one out at 320 px, as a reader scrolling down would see it.
    await page.addStyleTag({ content: '*{content-visibility:visible!important}' })
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        // Inside a box that scrolls sideways by itself (a data table, a code block): allowed by 1.4.10.
        .filter(el => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
            if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return false
          return true
        })
        .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(el => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '')),
    )
    expect(wide, 'elements wider than the 320 px screen').toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await context.close()
  })
}

test('reduced motion: the slide transitions end at once and the charts do not animate', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion })
    const page = await context.newPage()
    const base = EDITIONS[0].base
    const [trend] = await chartSlides()
    await page.goto(`${base}${trend.no}`)
    // On the slide itself: index.html also holds slide 1 drawn at build time (lib/first-slide.ts) until the app mounts.
    await expect(page.locator(`.slidev-page-${trend.no} .chart-drawn`).first()).toBeVisible()
    // Slidev's fade (the deck's transition) on a probe element carrying its class.
    const fade = await page.evaluate(() => {
      const probe = document.createElement('div')
      probe.className = 'fade-enter-active'
      document.body.append(probe)
      return getComputedStyle(probe).transitionDuration
    })
    const animation = await page.locator(`.slidev-page-${trend.no} .base-chart`).first().getAttribute('data-animation')
    if (reducedMotion === 'reduce') {
      expect(fade).toBe('0s')
      expect(animation).toBe('off')
    } else {
      expect(fade).not.toBe('0s')
      expect(animation).toBe('on')
    }
    await context.close()
  }
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`forced colours (${colorScheme}): a chart keeps its checked colours on its own background`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ forcedColors: 'active', colorScheme })
    const page = await context.newPage()
    const [trend] = await chartSlides()
    await page.goto(`${EDITIONS[0].base}${trend.no}`)
    const chart = page.locator(`.slidev-page-${trend.no} .base-chart`).first()
    await expect(chart.locator('.chart-drawn')).toBeVisible()
    const style = await chart.evaluate(el => {
      const cs = getComputedStyle(el)
      return { adjust: cs.getPropertyValue('forced-color-adjust'), bg: cs.backgroundColor }
    })
    expect(style.adjust).toBe('none')
    const theme = (await chart.getAttribute('data-theme')) as 'light' | 'dark'
    const hex = slideBackground[theme]
    const rgb = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')
    expect(style.bg).toBe(`rgb(${rgb})`)
    // The picked conference differs from the others by weight as well as colour, which forced colours replace.
    const weights = await page
      .locator(`.slidev-page-${trend.no} .picker button`)
      .evaluateAll(bs => bs.map(b => [b.getAttribute('aria-pressed'), getComputedStyle(b).fontWeight]))
    const pressed = weights.filter(([p]) => p === 'true').map(([, w]) => Number(w))
    const others = weights.filter(([p]) => p === 'false').map(([, w]) => Number(w))
    expect(Math.min(...pressed)).toBeGreaterThan(Math.max(...others))
    // The reading view's charts too.
    await page.goto(readUrl(EDITIONS[0].base))
    expect(
      await page
        .locator('.chart-box')
        .first()
        .evaluate(el => getComputedStyle(el).getPropertyValue('forced-color-adjust')),
    ).toBe('none')
    await context.close()
  })
}
