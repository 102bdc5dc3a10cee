import { expect, test } from '@playwright/test'
import { chartSlides, liveTexts, slideShowing } from './charts-helpers'
import { BASE, watchPage } from './deck'

// Chart state in the slide URL: ?conf= for the trend chart's conference, ?hide.<chart>= for series switched off.
const slides = await chartSlides()
const trendSlide = slideShowing(slides, 'trend')
const pairSlide = slides.find(s => s.charts.includes('trend') && s.charts.includes('later'))!

test.describe('chart state in the URL', () => {
  test('a picked conference goes into the URL and survives a reload', async ({ page }) => {
    const watch = watchPage(page)
    const no = trendSlide.no
    await page.goto(`${BASE}${no}?clicks=${trendSlide.clicks}`)
    const frame = page.locator(`.slidev-page-${no} figure[data-chart="trend"]`)
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    await frame.locator('.picker').getByRole('button', { name: 'CVPR', exact: true }).click()
    await expect(page).toHaveURL(/[?&]conf=CVPR(&|$)/)
    expect(new URL(page.url()).searchParams.get('clicks')).toBe(String(trendSlide.clicks))

    await page.reload()
    await expect(frame.locator('.picker').getByRole('button', { name: 'CVPR', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(frame.locator('.picker').getByRole('button', { name: 'All', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    // The chart itself is CVPR's: its aria label names the scope, and its axis holds CVPR's years only.
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    await expect(frame.locator('.base-chart > p[id]').first()).toHaveText(/^CVPR/)
    expect(watch.problems).toEqual([])
  })

  test('a hidden series goes into the URL and stays hidden after a reload', async ({ page }) => {
    const watch = watchPage(page)
    const no = trendSlide.no
    await page.goto(`${BASE}${no}?clicks=${trendSlide.clicks}`)
    const frame = page.locator(`.slidev-page-${no} figure[data-chart="trend"]`)
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    const shown = await liveTexts(frame)
    // A mouse click on the legend entry, as the audience would.
    await frame
      .locator('.chart-drawn svg text', { hasText: /^PyTorch$/ })
      .first()
      .click()
    await expect(page).toHaveURL(/[?&]hide\.trend=PyTorch(&|$)/)
    const toggle = frame.locator('.series-toggles button', { hasText: 'PyTorch' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    const hidden = await liveTexts(frame)
    expect(hidden.length).toBeLessThan(shown.length)

    await page.reload()
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(await liveTexts(frame)).toEqual(hidden)

    // The keyboard toggle brings it back and clears the parameter.
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(page).not.toHaveURL(/hide\.trend/)
    expect(watch.problems).toEqual([])
  })

  test('a bad value falls back to the default without errors', async ({ page }) => {
    const watch = watchPage(page)
    const no = trendSlide.no
    await page.goto(`${BASE}${no}?clicks=${trendSlide.clicks}&conf=NOPE&hide.trend=Nothing`)
    const frame = page.locator(`.slidev-page-${no} figure[data-chart="trend"]`)
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    await expect(frame.locator('.picker').getByRole('button', { name: 'All', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    for (const b of await frame.locator('.series-toggles button').all())
      await expect(b).toHaveAttribute('aria-pressed', 'true')
    await page.waitForTimeout(300)
    expect(watch.problems).toEqual([])
  })

  test('arrow keys still step through clicks and slides; the state stays on its slide', async ({ page }) => {
    const no = trendSlide.no
    await page.goto(`${BASE}${no}?conf=CVPR`)
    const frame = page.locator(`.slidev-page-${no} figure[data-chart="trend"]`)
    await expect(frame.locator('.chart-drawn')).toBeVisible()
    await expect(frame.locator('.picker').getByRole('button', { name: 'CVPR', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    for (let click = 1; click <= trendSlide.clicks; click++) {
      await page.keyboard.press('ArrowRight')
      await expect(page).toHaveURL(new RegExp(`/${no}\\?.*clicks=${click}`))
      expect(new URL(page.url()).searchParams.get('conf')).toBe('CVPR')
    }
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(new RegExp(`/${no + 1}(\\?|$)`))
    expect(new URL(page.url()).searchParams.has('conf')).toBe(false)
    await page.keyboard.press('ArrowLeft')
    await expect(page).toHaveURL(new RegExp(`/${no}(\\?|$)`))
    expect(new URL(page.url()).searchParams.has('conf')).toBe(false)
    await expect(frame.locator('.picker').getByRole('button', { name: 'All', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  test('two charts on one slide keep their own state', async ({ page }) => {
    const watch = watchPage(page)
    const no = pairSlide.no
    await page.goto(`${BASE}${no}?clicks=${pairSlide.clicks}`)
    const trend = page.locator(`.slidev-page-${no} figure[data-chart="trend"]`)
    const later = page.locator(`.slidev-page-${no} figure[data-chart="later"]`)
    await expect(trend.locator('.chart-drawn')).toBeVisible()
    await expect(later.locator('.chart-drawn')).toBeVisible()
    await later
      .locator('.chart-drawn svg text', { hasText: /^TensorFlow$/ })
      .first()
      .click()
    await expect(page).toHaveURL(/[?&]hide\.later=TensorFlow(&|$)/)
    await trend.locator('.picker').getByRole('button', { name: 'CVPR', exact: true }).click()
    await expect(page).toHaveURL(/[?&]conf=CVPR(&|$)/)
    await page.reload()
    await expect(later.locator('.series-toggles button', { hasText: 'TensorFlow' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await expect(trend.locator('.series-toggles button', { hasText: 'TensorFlow' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(trend.locator('.picker').getByRole('button', { name: 'CVPR', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(watch.problems).toEqual([])
  })
})
