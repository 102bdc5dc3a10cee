import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { messages } from '../../lib/i18n'
import { chartsOn, EDITIONS, slidesOf } from './deck'

// What a chart frame says, to eyes and to screen readers: visible text, SVG text, the hidden table, aria labels.
async function frameText(page: Page, no: number): Promise<string> {
  return chartsOn(page, no).evaluateAll(frames =>
    frames
      .map(f => {
        const labels = [...f.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label'))
        return [f.textContent, ...labels].join('\n')
      })
      .join('\n'),
  )
}

const CJK = /[\u3400-\u9FFF\uFF00-\uFFEF]/
// Names the Chinese edition keeps in their own spelling (folder names such as official/ among them), from the one
// list tests/unit/zh-text.test.ts reads too: taken out of a frame's text before looking for English messages.
const latinNames = readFileSync(new URL('../../data/latin-names.txt', import.meta.url), 'utf8')
  .split('\n')
  .map(l => l.trim())
  .filter(l => l && !l.startsWith('#'))
  .sort((a, b) => b.length - a.length)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// The fixed English parts of every English message: the text between placeholders that has a word of its own
// (not just a framework or source name). Matched as whole words, so "low" is not found in "TensorFlow" nor
// "and" in the folder name cognitive_mapping_and_planning.
const NAMES = /TensorFlow|PyTorch|torchvision|arXiv|O'Reilly|CSV|He\b/g
// Messages that are the same in both languages are names (tf.compat.v1, …), not English text.
const chinese = new Map(Object.entries(messages.zh))
const englishFragments = [
  ...new Set(
    Object.entries(messages.en)
      .filter(([key, m]) => chinese.get(key) !== m)
      .flatMap(([, m]) => m.split(/\{\w+\}/))
      .map(f => f.trim().replace(/^[\s:,.;()]+|[\s:,.;()]+$/g, ''))
      .filter(f => /[a-z]{3,}/i.test(f.replace(NAMES, ''))),
  ),
]
// The fixed Chinese parts of every Chinese message that contain Chinese characters.
const chineseFragments = [
  ...new Set(
    Object.values(messages.zh)
      .flatMap(m => m.split(/\{\w+\}/))
      .map(f => f.trim())
      .filter(f => CJK.test(f)),
  ),
]

test('the message tables give the checks something to find', () => {
  expect(englishFragments.length).toBeGreaterThan(30)
  expect(chineseFragments.length).toBeGreaterThan(30)
})

for (const edition of EDITIONS) {
  const slides = await slidesOf(edition.entry)
  const language = edition.locale === 'zh' ? 'Chinese' : 'English'
  test(`${edition.locale} edition: chart frames use only ${language} messages`, async ({ page }) => {
    let checked = 0
    for (const slide of slides) {
      await page.goto(`${edition.base}${slide.no}?clicks=${slide.clicks}`)
      await expect(page.locator(`.slidev-page-${slide.no}`)).toBeVisible()
      if ((await chartsOn(page, slide.no).count()) === 0) continue
      await expect(chartsOn(page, slide.no).locator('.chart-drawn').first()).toBeVisible()
      const text = await frameText(page, slide.no)
      checked++
      if (edition.locale === 'zh') {
        const prose = latinNames.reduce((t, name) => t.split(name).join(' '), text)
        const leaked = englishFragments.filter(f => new RegExp(`(?<![A-Za-z_])${escape(f)}(?![A-Za-z_])`).test(prose))
        expect(leaked, `English messages on slide ${slide.no}`).toEqual([])
        expect(text, `slide ${slide.no} speaks Chinese`).toMatch(CJK)
      } else {
        const leaked = chineseFragments.filter(f => text.includes(f))
        expect(leaked, `Chinese messages on slide ${slide.no}`).toEqual([])
        expect(text.match(new RegExp(CJK.source, 'g')) ?? [], `CJK characters on slide ${slide.no}`).toEqual([])
      }
    }
    expect(checked, 'slides with charts').toBeGreaterThanOrEqual(3)
  })
}
