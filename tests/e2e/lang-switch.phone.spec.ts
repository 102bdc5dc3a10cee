// On a phone held upright the slide is a strip: the language switch is drawn above it in real CSS pixels,
// big enough to read and tap, and still keeps the slide number and the query string.
import { expect, test } from '@playwright/test'
import { BASE, watchPage } from './deck'

test('the language switch is readable and tappable on a phone, and keeps slide and query', async ({ page }) => {
  const watch = watchPage(page)
  await page.goto(`${BASE}3?x=1`)
  await expect(page.locator('.slidev-page-3')).toBeVisible()
  await expect(page.locator('[data-lang-switch]'), 'the in-slide switch would be a few pixels high').toBeHidden()
  const phone = page.locator('[data-lang-switch-phone]')
  await expect(phone).toBeVisible()
  const box = (await phone.boundingBox())!
  expect(box.height, 'a tap target').toBeGreaterThanOrEqual(24)
  expect(Number.parseFloat(await phone.evaluate(el => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14)
  // Set in the deck's fonts, so 中文 has glyphs on a phone without a Chinese system font.
  expect(await phone.evaluate(el => getComputedStyle(el).fontFamily)).toContain('Noto Sans SC')
  // It does not cover the slide.
  const slide = (await page.locator('#slide-content').boundingBox())!
  expect(box.y + box.height).toBeLessThanOrEqual(slide.y)
  await phone.tap()
  await expect(page).toHaveURL(`${BASE}zh/3?x=1`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.waitForTimeout(300)
  expect(watch.problems).toEqual([])
})
