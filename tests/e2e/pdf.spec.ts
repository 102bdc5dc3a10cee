import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EDITIONS, slidesOf } from './deck'
import { SERVED } from './shared'

const zh = EDITIONS.find(e => e.locale === 'zh')!

// The Chinese PDF must carry real Chinese text in the deck's own font, even on a machine with no CJK
// system font (this one has none: `fc-list :lang=zh` is empty), so tofu or a fallback font fails here.
test('the Chinese PDF has the Chinese slide titles, set in Noto Sans SC', async () => {
  // The served build's Chinese PDF: scripts/build.ts prints it with the code of `npm run export:zh`
  // (scripts/lib/export/run.ts), so it is not printed a second time here.
  const pdf = join(SERVED, zh.sub, 'deck.pdf')
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
  const slides = await slidesOf(zh.entry)
  const pages = text.split('\f').filter(p => p.trim())
  expect(pages.length).toBe(slides.length)
  const unfinished = text
    .split('\f')
    .slice(0, slides.length)
    .map((p, i) => ({ no: i + 1, p }))
    .filter(({ p }) => !/[\u4E00-\u9FFF]/.test(p) || /Loading slide/.test(p))
    .map(({ no }) => no)
  expect(unfinished, 'pages without Chinese text, or still loading').toEqual([])
  // Titles are kickers, upper-cased by CSS: Latin letters in them come out as capitals. Looked for in -raw text
  // without whitespace: -layout interleaves a title's lines with a chart's beside it, and a title may wrap.
  const bare = (t: string) => t.replace(/\s+/g, '').toLowerCase()
  const raw = bare(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }))
  const missing = slides.filter(s => s.title && !raw.includes(bare(s.title))).map(s => s.title)
  expect(missing).toEqual([])
  // Chinese figures and dates, formatted for zh-CN, came through too.
  expect(text).toMatch(/\d{4}年\d{1,2}月/)

  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
  expect(fonts).toMatch(/NotoSansSC/)
  // Every font embedded: no page relies on whatever the reader's machine has.
  const rows = fonts.split('\n').slice(2).filter(Boolean)
  // Columns end: emb sub uni object-number generation.
  expect(
    rows.filter(r => r.trim().split(/\s+/).at(-5) !== 'yes'),
    'fonts not embedded',
  ).toEqual([])
})
