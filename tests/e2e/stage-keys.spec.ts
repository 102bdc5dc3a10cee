import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { chartSlides, slideShowing } from './charts-helpers'
import { EDITIONS, watchPage } from './deck'

// The talk as the audience sees it: with the charts' entry animations (playwright.config.ts turns them off).
test.use({ reducedMotion: 'no-preference' })

// A clicker sends PageDown/PageUp; speakers press ←/→ and Space. Whatever control of a chart has the focus, and
// after a mouse pick, the talk moves (issue 18: picking CVPR used to freeze the clicker until a click elsewhere).
const slides = await chartSlides()
const trend = slideShowing(slides, 'trend')

const clicksOf = (page: Page) => Number(new URL(page.url()).searchParams.get('clicks') ?? 0)
const slideOf = (page: Page) => Number(/\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1])

for (const edition of EDITIONS) {
  for (const view of ['audience', 'presenter'] as const) {
    test(`${edition.locale} ${view}: chart controls never stop the talk's keys`, async ({ page }) => {
      const watch = watchPage(page)
      const no = trend.no
      await page.goto(`${edition.base}${view === 'presenter' ? 'presenter/' : ''}${no}`)
      // The presenter view shows the slide twice (current, and the next-slide preview): the current one is first.
      const slide = page.locator(`.slidev-page-${no}`).first()
      await expect(slide.locator('.chart-drawn')).toBeVisible()
      const picker = slide.locator('.picker')
      const cvpr = picker.locator('button[data-value="CVPR"]')

      // A mouse pick, then the clicker: on to click 1; and Space, which the picked button must not swallow.
      await cvpr.click()
      await expect(cvpr).toHaveAttribute('aria-pressed', 'true')
      await page.keyboard.press('PageDown')
      await expect.poll(() => clicksOf(page)).toBe(1)
      expect(new URL(page.url()).searchParams.get('conf')).toBe('CVPR')
      await page.keyboard.press('Space')
      await expect.poll(() => clicksOf(page)).toBe(2)
      await expect(cvpr).toHaveAttribute('aria-pressed', 'true')

      // The keyboard user: Tab reaches the picker, Enter picks, and ←/→ and PageUp/PageDown still move the talk.
      const iclr = picker.locator('button[data-value="ICLR"]')
      await iclr.focus()
      await page.keyboard.press('Enter')
      await expect(iclr).toHaveAttribute('aria-pressed', 'true')
      await expect(cvpr).toHaveAttribute('aria-pressed', 'false')
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => clicksOf(page)).toBe(1)
      await page.keyboard.press('PageUp')
      await expect.poll(() => clicksOf(page)).toBe(0)
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => clicksOf(page)).toBe(1)

      // A series toggle and the table/download links, focused, do not hold the talk either.
      await slide.locator('.series-toggles button').first().focus()
      await page.keyboard.press('PageDown')
      await expect.poll(() => clicksOf(page)).toBe(2)
      await slide.locator('.chart-actions a').first().focus()
      await page.keyboard.press('PageUp')
      await expect.poll(() => clicksOf(page)).toBe(1)
      await slide.locator('.chart-actions button').first().click()
      await expect(slide.locator('.chart-table').first()).toBeVisible()
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => clicksOf(page)).toBe(2)
      // Past the last click: to the next slide, whose arrival drops the trend chart's state (setup/main.ts).
      await page.keyboard.press('PageDown')
      await expect.poll(() => slideOf(page)).toBe(no + 1)
      expect(new URL(page.url()).searchParams.has('conf')).toBe(false)
      // And the focus left behind on the hidden slide does not swallow the next key.
      await page.keyboard.press('PageUp')
      await expect.poll(() => slideOf(page)).toBe(no)
      expect(watch.problems).toEqual([])
    })
  }
}

test('the picker says what it is: a group of toggle buttons, one pressed', async ({ page }) => {
  await page.goto(`${EDITIONS[0].base}${trend.no}?conf=CVPR`)
  const group = page.locator(`.slidev-page-${trend.no}`).getByRole('group', { name: 'Conference' })
  await expect(group.getByRole('button', { pressed: true })).toHaveText('CVPR')
  await expect(group.getByRole('button', { pressed: false })).toHaveCount((await group.getByRole('button').count()) - 1)
  await expect(
    page.locator(`.slidev-page-${trend.no} [role="radio"], .slidev-page-${trend.no} [role="radiogroup"]`),
  ).toHaveCount(0)
})
