import { expect, test } from '@playwright/test'
import { EDITIONS, slidesOf } from './deck'

// Slidev moves to another slide without moving focus, so the deck says where the talk went in a polite live region:
// a screen reader hears the slide's number and title (Slidev's title: frontmatter `title:`, else the first heading).
for (const e of EDITIONS) {
  test(`${e.locale}: a move by the clicker's key is announced with the slide's number and title`, async ({ page }) => {
    const slides = await slidesOf(e.entry)
    await page.goto(`${e.base}1`)
    const region = page.locator('[data-slide-announcer]')
    await expect(region).toHaveAttribute('aria-live', 'polite')
    await expect(region).toHaveText('')
    // The cover's click steps first, if it has any; then the move to slide 2.
    for (let i = 0; i <= slides[0].clicks; i++) await page.keyboard.press('PageDown')
    await expect(page).toHaveURL(new RegExp(`${e.base}2(\\?|$)`))
    const second = slides[1]
    await expect(region).toContainText(second.title)
    await expect(region).toContainText(String(slides.length))
    await expect(region).toContainText(e.locale === 'zh' ? '第 2 张' : 'Slide 2 of')
  })
}

test('the print view has no live region (a PDF is not announced)', async ({ page }) => {
  await page.goto(`${EDITIONS[0].base}print?print=true`)
  await expect(page.locator('.print-slide-container').first()).toBeVisible()
  await expect(page.locator('[data-slide-announcer]')).toHaveCount(0)
})
