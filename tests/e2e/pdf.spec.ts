import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { EDITIONS, slidesOf } from './deck'

const zh = EDITIONS.find(e => e.locale === 'zh')!

// The Chinese PDF must carry real Chinese text in the deck's own font, even on a machine with no CJK
// system font (this one has none: `fc-list :lang=zh` is empty), so tofu or a fallback font fails here.
test('the Chinese PDF has the Chinese slide titles, set in Noto Sans SC', async () => {
  test.setTimeout(500_000)
  const dir = mkdtempSync(join(tmpdir(), 'deck-zh-pdf-'))
  try {
    const pdf = join(dir, 'deck.zh.pdf')
    // `npm run export:zh`, printing the build these tests serve (.e2e/dist, the Chinese edition in zh/).
    const r = spawnSync(
      'npx',
      ['tsx', 'scripts/export.ts', '--entry', zh.entry, '--dist', '.e2e/dist', '--output', pdf],
      {
        cwd: resolve(import.meta.dirname, '../..'),
        encoding: 'utf8',
        timeout: 480_000,
      },
    )
    expect(r.status, `export failed:\n${r.stdout}\n${r.stderr}`).toBe(0)

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
    // Titles are kickers, upper-cased by CSS: Latin letters in them come out as capitals.
    const missing = slides
      .filter(s => s.title && !text.toLowerCase().includes(s.title.replace(/[ \t]+/g, ' ').toLowerCase()))
      .map(s => s.title)
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
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
