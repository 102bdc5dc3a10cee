import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { palettes } from '../../lib/palette'
import { BASE, watchPage } from './deck'

// Text drawn inside a slide's chart SVG (legend, labels, markers), as the audience sees it.
const svgText = (page: Page, no: number) => page.locator(`.slidev-page-${no} .chart-drawn svg`).first().locator('text')

async function waitDrawn(page: Page, no: number) {
  await expect(page.locator(`.slidev-page-${no} .chart-drawn`).first()).toBeVisible()
}

test('click steps drive the trend chart forward and back', async ({ page }) => {
  await page.goto(`${BASE}3?clicks=0`)
  await waitDrawn(page, 3)
  const texts = svgText(page, 3)
  await expect(texts.filter({ hasText: /^TensorFlow$/ })).toHaveCount(1)
  await expect(texts.filter({ hasText: /^PyTorch$/ })).toHaveCount(0)

  await page.keyboard.press('ArrowRight')
  await expect(texts.filter({ hasText: /^PyTorch$/ })).toHaveCount(1)
  await expect(texts.filter({ hasText: 'PyTorch passes TensorFlow' })).toHaveCount(0)

  await page.keyboard.press('ArrowRight')
  await expect(texts.filter({ hasText: 'PyTorch passes TensorFlow' })).toHaveCount(1)
  await expect(page).toHaveURL(/\/3\?clicks=2$/)

  await page.keyboard.press('ArrowLeft')
  await expect(texts.filter({ hasText: 'PyTorch passes TensorFlow' })).toHaveCount(0)
  await page.keyboard.press('ArrowLeft')
  await expect(texts.filter({ hasText: /^PyTorch$/ })).toHaveCount(0)
})

test('click steps on the growth chart: PyTorch first, then TensorFlow', async ({ page }) => {
  await page.goto(`${BASE}4?clicks=0`)
  await waitDrawn(page, 4)
  await expect(svgText(page, 4).filter({ hasText: /^TensorFlow$/ })).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(svgText(page, 4).filter({ hasText: /^TensorFlow$/ })).toHaveCount(1)
})

test('the conference picker and the series toggles work from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(`${BASE}3?clicks=2`)
  await waitDrawn(page, 3)
  const chart = page.locator('.slidev-page-3 [role="img"][aria-label]').first()
  await expect(chart).toHaveAttribute('aria-label', /^All conferences pooled/)

  const cvpr = page.locator('.slidev-page-3').getByRole('radio', { name: 'CVPR' })
  await cvpr.focus()
  await page.keyboard.press('Enter')
  await expect(cvpr).toHaveAttribute('aria-checked', 'true')
  await expect(chart).toHaveAttribute('aria-label', /^CVPR: in 2017/)

  const toggle = page.locator('.slidev-page-3 .series-toggles').getByRole('button', { name: 'PyTorch' })
  await toggle.focus()
  await expect(toggle).toBeVisible()
  // Everything drawn in PyTorch's colour: its line, its markers and its legend icon.
  const pytorchMarks = page.locator(`.slidev-page-3 .chart-drawn svg path[stroke="${palettes.light.PyTorch}"]`)
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
  await page.goto(`${BASE}3?clicks=2`)
  await waitDrawn(page, 3)
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
  const frame = page.locator('.slidev-page-3 .base-chart')
  await expect(frame).toHaveAttribute('data-theme', 'light')
  const axisLabel = svgText(page, 3)
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
  await page.goto(`${BASE}3`)
  await expect(page.locator('.slidev-page-3 .base-chart')).toHaveAttribute('data-animation', 'off')
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto(`${BASE}4`)
  await expect(page.locator('.slidev-page-4 .base-chart')).toHaveAttribute('data-animation', 'on')
})

test('charts follow the window size', async ({ page }) => {
  await page.goto(`${BASE}3`)
  await waitDrawn(page, 3)
  const svg = page.locator('.slidev-page-3 .chart-drawn svg').first()
  const before = (await svg.boundingBox())!.width
  await page.setViewportSize({ width: 1600, height: 900 })
  // Slidev scales the whole slide, so on screen the chart grows with the window…
  await expect.poll(async () => (await svg.boundingBox())!.width).toBeGreaterThan(before * 1.2)
  // …and the SVG still fills its box exactly (no stale size from before the resize).
  const box = await page.locator('.slidev-page-3 .base-chart').evaluate(el => el.clientWidth)
  await expect.poll(async () => Math.abs(Number(await svg.getAttribute('width')) - box)).toBeLessThan(2)
})

test("the presenter view shows notes, the current chart and the next slide's chart", async ({ page }) => {
  const watch = watchPage(page)
  await page.goto(`${BASE}presenter/2`)
  // Slide 2's next slide is the trend chart: the preview must draw it too.
  // Hidden neighbour slides are laid out invisibly (styles/deck.css), so look for the drawn chart that shows.
  await expect(page.locator('.slidev-page-3 .chart-drawn').filter({ visible: true }).first()).toBeVisible()
  await expect(page.getByText('A year earlier, it says')).toBeVisible()
  await page.goto(`${BASE}presenter/4`)
  await expect(page.locator('.slidev-page-4 .chart-drawn').filter({ visible: true }).first()).toBeVisible()
  await page.waitForTimeout(300)
  expect(watch.problems).toEqual([])
  expect(watch.external).toEqual([])
})

test('the overview draws every chart without errors', async ({ page }) => {
  const watch = watchPage(page)
  await page.goto(`${BASE}overview`)
  // Hidden neighbour slides are laid out invisibly (styles/deck.css), so look for the drawn chart that shows.
  await expect(page.locator('.slidev-page-3 .chart-drawn').filter({ visible: true }).first()).toBeVisible()
  await expect(page.locator('.slidev-page-4 .chart-drawn').filter({ visible: true }).first()).toBeVisible()
  await page.waitForTimeout(300)
  expect(watch.problems).toEqual([])
})
