import type { Locator, Page } from '@playwright/test'
import type { Cursor, Explore, ExploreKey } from '../../lib/explore/model'
import type { Locale } from '../../lib/i18n'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { chartSpec } from '../../lib/charts'
import { loadDeckData } from '../../lib/data/load'
import { announce, moveCursor } from '../../lib/explore/model'
import { translator } from '../../lib/i18n'
import { palettes } from '../../lib/palette'
import { chartSlides, slideShowing } from './charts-helpers'
import { EDITIONS, watchPage } from './deck'
import { readUrl } from './read'

// Issue 22: a keyboard user walks a chart's data, on the slide and in the reading view, and hears each point in the
// edition's language, while the clicker (PageDown/PageUp) still moves the talk and Escape gives the arrows back.
// What the live region must say is worked out here from the chart's data model, the same for both views.
const data = loadDeckData(resolve(import.meta.dirname, '../../data'))
const slides = await chartSlides()
const trend = slideShowing(slides, 'trend')

function exploreOf(name: string, locale: Locale, props: Record<string, number | boolean>, conference = 'all') {
  const env = { locale, t: translator(locale), palette: palettes.light }
  return chartSpec(name).model(props, data, env, { conference }).explore
}

/** What the live region should say after each key, pressed from no cursor. */
function expected(explore: Explore, keys: ExploreKey[], locale: Locale): string[] {
  let c: Cursor | undefined
  return keys.map(k => {
    c = moveCursor(explore, c, k)
    return announce(explore, c!, translator(locale))
  })
}

/** Presses Tab until `target` has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate(el => el === document.activeElement)) return
  }
  throw new Error(`Tab did not reach ${String(target)} in ${max} presses`)
}

const said = (region: Locator) => region.evaluate(el => (el.textContent ?? '').replace(/\u00A0$/, ''))
const KEYS: ExploreKey[] = ['ArrowRight', 'ArrowRight', 'ArrowDown', 'Home', 'End', 'ArrowUp']

for (const edition of EDITIONS) {
  const { locale } = edition
  const t = translator(locale)

  test(`${locale} slide: the trend chart is walked by keyboard, the clicker still moves the talk`, async ({ page }) => {
    const watch = watchPage(page)
    // Every click revealed (both frameworks), CVPR picked: the walk follows what the slide draws.
    await page.goto(`${edition.base}${trend.no}?clicks=${trend.clicks}&conf=CVPR`)
    const slide = page.locator(`.slidev-page-${trend.no}`)
    const chart = slide.locator('.base-chart')
    await expect(chart.locator('.chart-drawn')).toBeVisible()
    await expect(chart).toHaveAttribute('role', 'application')
    await expect(chart).toHaveAttribute('aria-label', t('trend.title'))
    await tabTo(page, chart)

    const region = chart.locator('[data-explore-said]')
    const want = expected(exploreOf('trend', locale, { from: 2017, to: 2019 }, 'CVPR'), KEYS, locale)
    const url = page.url()
    for (const [i, key] of KEYS.entries()) {
      await page.keyboard.press(key)
      await expect.poll(() => said(region)).toBe(want[i])
    }
    // The arrows were the chart's: the slide and its click did not move.
    expect(page.url()).toBe(url)
    // The point is shown on the chart too: ECharts' tooltip names its year.
    const year = want.at(-1)!.match(/20\d\d/)![0]
    await expect(chart.locator('div[style*="z-index: 9999999"]').first()).toContainText(year)

    // The clicker, mid-walk: back one click (the chart keeps the focus and the arrows), then forward again.
    await page.keyboard.press('PageUp')
    await expect.poll(() => new URL(page.url()).searchParams.get('clicks')).toBe(String(trend.clicks - 1))
    await page.keyboard.press('PageDown')
    await expect.poll(() => new URL(page.url()).searchParams.get('clicks')).toBe(String(trend.clicks))
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => said(region)).not.toBe(want.at(-1))
    expect(new URL(page.url()).searchParams.get('clicks')).toBe(String(trend.clicks))

    // Escape gives the arrows back: → moves the talk on to the next slide.
    await page.keyboard.press('Escape')
    await expect.poll(() => said(region)).toBe(t('explore.leave'))
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname.endsWith(`/${trend.no + 1}`)).toBe(true)

    // The clicker past the slide's last click while the chart is explored: on the next slide, → is the talk's.
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => new URL(page.url()).pathname.endsWith(`/${trend.no}`)).toBe(true)
    await tabTo(page, chart)
    await page.keyboard.press('ArrowRight')
    // A new visit starts at the first point; the slide change dropped the pick, so all conferences are drawn.
    const pooled = expected(exploreOf('trend', locale, { from: 2017, to: 2019 }), ['ArrowRight'], locale)[0]
    await expect.poll(() => said(region)).toBe(pooled)
    await page.keyboard.press('PageDown')
    await expect.poll(() => new URL(page.url()).pathname.endsWith(`/${trend.no + 1}`)).toBe(true)
    const after = page.url()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.url()).not.toBe(after)
    expect(watch.problems).toEqual([])
  })

  test(`${locale} slide: a mouse click on the chart does not take the arrows`, async ({ page }) => {
    const speed = slideShowing(slides, 'speed')
    await page.goto(`${edition.base}${speed.no}`)
    const chart = page.locator(`.slidev-page-${speed.no} .base-chart`)
    await expect(chart.locator('.chart-drawn')).toBeVisible()
    await chart.click({ position: { x: 5, y: 200 } })
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname.endsWith(`/${speed.no + 1}`)).toBe(true)
    expect(await said(chart.locator('[data-explore-said]'))).toBe('')
  })

  test(`${locale} reading view: the first chart is walked by keyboard`, async ({ page }) => {
    const watch = watchPage(page)
    await page.goto(readUrl(edition.base))
    const fig = page.locator('figure.chart').first()
    const box = fig.locator('.chart-box')
    await expect(box).toHaveAttribute('tabindex', '0')
    await expect(box).toHaveAttribute('aria-label', /./)
    await tabTo(page, box)
    const { c, p } = JSON.parse((await fig.getAttribute('data-spec'))!) as { c: string; p: Record<string, number> }
    const want = expected(exploreOf(c, locale, p), KEYS, locale)
    const region = fig.locator('[data-explore-said]')
    for (const [i, key] of KEYS.entries()) {
      await page.keyboard.press(key)
      await expect.poll(() => said(region)).toBe(want[i])
    }
    await expect(fig.locator('.chart-live div[style*="z-index: 9999999"]').first()).toBeVisible()
    await page.keyboard.press('Escape')
    await expect.poll(() => said(region)).toBe(t('explore.leave'))
    // The long description is on the page for everyone, in the figure's <details>.
    await expect(fig.locator('.chart-desc p')).toContainText(want[0].split(/[,，]/)[0])
    expect(watch.problems).toEqual([])
  })
}
