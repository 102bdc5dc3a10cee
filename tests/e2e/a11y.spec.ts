import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { BASE, slidesOf } from './deck'
import { chartTags } from './read'

const slides = await slidesOf()

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme })
    for (const slide of slides) {
      test(`slide ${slide.no}: no serious or critical violations`, async ({ page }) => {
        await page.goto(`${BASE}${slide.no}?clicks=${slide.clicks}`)
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*\bdark\b)/)
        const current = page.locator(`.slidev-page-${slide.no}`)
        await expect(current).toBeVisible()
        // Its charts mounted and drawn first: a slide shows before its charts' frames have mounted.
        await expect(current.locator('.base-chart')).toHaveCount(chartTags(slide))
        for (const chart of await current.locator('.base-chart').all())
          await expect(chart.locator('.chart-drawn')).toBeVisible()
        const result = await new AxeBuilder({ page }).include(`.slidev-page-${slide.no}`).analyze()
        const bad = result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
        expect(bad).toEqual([])
        expect(result.passes.length, 'axe ran its checks').toBeGreaterThan(0)
      })
    }
  })
}
