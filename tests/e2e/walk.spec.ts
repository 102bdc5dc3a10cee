import { expect, test } from '@playwright/test'
import { BASE, chartsOn, slidesOf, watchPage } from './deck'

const slides = await slidesOf()

test('the deck has the outline\'s sections', () => {
  const titles = slides.map(s => s.title)
  for (const t of ['TensorFlow or PyTorch?', 'Research usage: the trend', 'Research usage: the growth', 'Conclusion', 'What happened next', 'Sources'])
    expect(titles).toContain(t)
})

test('every slide has speaker notes', () => {
  const silent = slides.filter(s => s.note.trim().length < 80).map(s => `${s.no} ${s.title}`)
  expect(silent).toEqual([])
})

for (const slide of slides) {
  test(`slide ${slide.no} (${slide.title}) renders cleanly, charts drawn and labelled`, async ({ page }) => {
    const watch = watchPage(page)
    // Start at the last click so the whole story is on screen.
    await page.goto(`${BASE}${slide.no}?clicks=${slide.clicks}`)
    const current = page.locator(`.slidev-page-${slide.no}`)
    await expect(current).toBeVisible()
    if (slide.title)
      await expect(current.getByRole('heading', { level: 1 })).toContainText(slide.title)

    const charts = chartsOn(page, slide.no)
    for (let i = 0; i < await charts.count(); i++) {
      const chart = charts.nth(i)
      const drawn = chart.locator('.chart-drawn')
      await expect(drawn).toBeVisible()
      const box = (await drawn.boundingBox())!
      expect(box.width, 'chart width').toBeGreaterThan(200)
      expect(box.height, 'chart height').toBeGreaterThan(150)
      // Drawn marks: lines or bars are SVG paths with a non-empty d attribute.
      const marks = await drawn.locator('svg path[d]').count()
      expect(marks, 'drawn SVG paths').toBeGreaterThan(5)
      const img = chart.locator('[role="img"][aria-label]').first()
      await expect(img).toHaveAttribute('aria-label', /^.{40,}$/)
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
    await page.goto(`${BASE}${path}`)
    await expect(page.locator('.slidev-page:visible').first()).toBeVisible()
    if (path.startsWith('presenter/3'))
      await expect(page.locator('.slidev-page-3 .chart-drawn').first()).toBeVisible()
    await page.waitForTimeout(500)
    expect(watch.problems).toEqual([])
    expect(watch.external).toEqual([])
  })
}
