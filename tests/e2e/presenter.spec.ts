import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { palettes } from '../../lib/palette'
import { chartSlides, slideShowing } from './charts-helpers'
import { BASE, watchPage } from './deck'

// The slides are found by the chart they draw, not by number, so adding or moving a slide cannot break these.
const slides = await chartSlides()
const only = (chart: string) => slideShowing(slides, chart).no
const T = only('trend')
const G = only('growth')

// Text drawn inside a slide's chart SVG (legend, labels, markers), as the audience sees it.
const svgText = (page: Page, no: number) => page.locator(`.slidev-page-${no} .chart-drawn svg`).first().locator('text')

async function waitDrawn(page: Page, no: number) {
  await expect(page.locator(`.slidev-page-${no} .chart-drawn`).first()).toBeVisible()
}

test('click steps drive the trend chart forward and back', async ({ page }) => {
  await page.goto(`${BASE}${T}?clicks=0`)
  await waitDrawn(page, T)
  const texts = svgText(page, T)
  await expect(texts.filter({ hasText: /^TensorFlow$/ })).toHaveCount(1)
  await expect(texts.filter({ hasText: /^PyTorch$/ })).toHaveCount(0)

  await page.keyboard.press('ArrowRight')
  await expect(texts.filter({ hasText: /^PyTorch$/ })).toHaveCount(1)
  await expect(texts.filter({ hasText: 'PyTorch passes TensorFlow' })).toHaveCount(0)

  await page.keyboard.press('ArrowRight')
  await expect(texts.filter({ hasText: 'PyTorch passes TensorFlow' })).toHaveCount(1)
  await expect(page).toHaveURL(new RegExp(`/${T}\\?clicks=2$`))

  await page.keyboard.press('ArrowLeft')
  await expect(texts.filter({ hasText: 'PyTorch passes TensorFlow' })).toHaveCount(0)
  await page.keyboard.press('ArrowLeft')
  await expect(texts.filter({ hasText: /^PyTorch$/ })).toHaveCount(0)
})

test('click steps on the growth chart: PyTorch first, then TensorFlow', async ({ page }) => {
  await page.goto(`${BASE}${G}?clicks=0`)
  await waitDrawn(page, G)
  await expect(svgText(page, G).filter({ hasText: /^TensorFlow$/ })).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(svgText(page, G).filter({ hasText: /^TensorFlow$/ })).toHaveCount(1)
})

test('the conference picker and the series toggles work from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(`${BASE}${T}?clicks=2`)
  await waitDrawn(page, T)
  // The chart's long description (aria-describedby) says its scope.
  const chart = page.locator(`.slidev-page-${T} .base-chart > p[id]`).first()
  await expect(chart).toHaveText(/^All conferences pooled/)

  const cvpr = page.locator(`.slidev-page-${T}`).locator('.picker').getByRole('button', { name: 'CVPR', exact: true })
  await cvpr.focus()
  await page.keyboard.press('Enter')
  await expect(cvpr).toHaveAttribute('aria-pressed', 'true')
  await expect(chart).toHaveText(/^CVPR: in 2017/)

  const toggle = page.locator(`.slidev-page-${T} .series-toggles`).getByRole('button', { name: 'PyTorch' })
  await toggle.focus()
  await expect(toggle).toBeVisible()
  // Everything drawn in PyTorch's colour: its line, its markers and its legend icon.
  const pytorchMarks = page.locator(`.slidev-page-${T} .chart-drawn svg path[stroke="${palettes.light.PyTorch}"]`)
  await expect.poll(() => pytorchMarks.count()).toBeGreaterThanOrEqual(2)
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(() => pytorchMarks.count()).toBe(0)
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => pytorchMarks.count()).toBeGreaterThanOrEqual(2)
})

test('toggling dark mode mid-talk re-themes the chart without a reload', async ({ page }) => {
  const watch = watchPage(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(`${BASE}${T}?clicks=2`)
  await waitDrawn(page, T)
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
  const frame = page.locator(`.slidev-page-${T} .base-chart`)
  await expect(frame).toHaveAttribute('data-theme', 'light')
  const axisLabel = svgText(page, T)
    .filter({ hasText: /^2018$/ })
    .first()
  await expect(axisLabel).toHaveAttribute('fill', palettes.light.text)

  await page.keyboard.press('d')
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect(frame).toHaveAttribute('data-theme', 'dark')
  await expect(axisLabel).toHaveAttribute('fill', palettes.dark.text)
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
  expect(watch.problems).toEqual([])
})

test('no animation under prefers-reduced-motion; animation otherwise', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${BASE}${T}`)
  await expect(page.locator(`.slidev-page-${T} .base-chart`)).toHaveAttribute('data-animation', 'off')
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto(`${BASE}${G}`)
  await expect(page.locator(`.slidev-page-${G} .base-chart`)).toHaveAttribute('data-animation', 'on')
})

test('charts follow the window size', async ({ page }) => {
  await page.goto(`${BASE}${T}`)
  await waitDrawn(page, T)
  const svg = page.locator(`.slidev-page-${T} .chart-drawn svg`).first()
  const before = (await svg.boundingBox())!.width
  await page.setViewportSize({ width: 1600, height: 900 })
  // Slidev scales the whole slide, so on screen the chart grows with the window…
  await expect.poll(async () => (await svg.boundingBox())!.width).toBeGreaterThan(before * 1.2)
  // …and the SVG still fills its box exactly (no stale size from before the resize).
  const box = await page.locator(`.slidev-page-${T} .base-chart`).evaluate(el => el.clientWidth)
  await expect.poll(async () => Math.abs(Number(await svg.getAttribute('width')) - box)).toBeLessThan(2)
})

test("the presenter view shows notes, the current chart and the next slide's chart", async ({ page }) => {
  const watch = watchPage(page)
  await page.goto(`${BASE}presenter/${T - 1}`)
  // The slide before the trend chart's: the preview of the next slide: the preview must draw it too.
  // Hidden neighbour slides are laid out invisibly (styles/deck.css), so look for the drawn chart that shows.
  await expect(page.locator(`.slidev-page-${T} .chart-drawn`).filter({ visible: true }).first()).toBeVisible()
  await expect(page.getByText('A year earlier, it says')).toBeVisible()
  await page.goto(`${BASE}presenter/${G}`)
  await expect(page.locator(`.slidev-page-${G} .chart-drawn`).filter({ visible: true }).first()).toBeVisible()
  await page.waitForTimeout(300)
  expect(watch.problems).toEqual([])
  expect(watch.external).toEqual([])
})

test('the overview draws every chart without errors', async ({ page }) => {
  const watch = watchPage(page)
  await page.goto(`${BASE}overview`)
  // Hidden neighbour slides are laid out invisibly (styles/deck.css), so look for the drawn chart that shows.
  await expect(page.locator(`.slidev-page-${T} .chart-drawn`).filter({ visible: true }).first()).toBeVisible()
  await expect(page.locator(`.slidev-page-${G} .chart-drawn`).filter({ visible: true }).first()).toBeVisible()
  await page.waitForTimeout(300)
  expect(watch.problems).toEqual([])
})
