import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { chromiumPath } from './browser'
import { EDITIONS, slidesOf } from './deck'

const zh = EDITIONS.find(e => e.locale === 'zh')!

// The Chinese PDF must carry real Chinese text in the deck's own font, even on a machine with no CJK
// system font (this one has none: `fc-list :lang=zh` is empty), so tofu or a fallback font fails here.
test('the Chinese PDF has the Chinese slide titles, set in Noto Sans SC', async () => {
  test.setTimeout(500_000)
  const dir = mkdtempSync(join(tmpdir(), 'deck-zh-pdf-'))
  try {
    const pdf = join(dir, 'deck.zh.pdf')
    // The same flags as `npm run export:zh`: slide by slide, each given time to settle. Exported in one piece,
    // slides with components were captured as "Loading slide..." on this loaded 2-core machine. Slidev's export
    // starts a cold dev server and gives the first slide a fixed 30 s to appear, which a busy machine can miss:
    // one retry, on a server whose dependency cache is then warm.
    const exportOnce = () => spawnSync('npx', ['slidev', 'export', zh.entry, '--per-slide', '--wait', '2000', '--timeout', '120000', '--executable-path', chromiumPath()!, '--output', pdf], {
      cwd: resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
      timeout: 240_000,
    })
    let r = exportOnce()
    if (r.status !== 0)
      r = exportOnce()
    expect(r.status, `slidev export failed:\n${r.stdout}\n${r.stderr}`).toBe(0)

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ')
    const slides = await slidesOf(zh.entry)
    const pages = text.split('\f').filter(p => p.trim())
    expect(pages.length).toBe(slides.length)
    const unfinished = text.split('\f').slice(0, slides.length).map((p, i) => ({ no: i + 1, p })).filter(({ p }) => !/[\u4E00-\u9FFF]/.test(p) || /Loading slide/.test(p)).map(({ no }) => no)
    expect(unfinished, 'pages without Chinese text, or still loading').toEqual([])
    const missing = slides.filter(s => s.title && !text.includes(s.title.replace(/[ \t]+/g, ' '))).map(s => s.title)
    expect(missing).toEqual([])
    // Chinese figures and dates, formatted for zh-CN, came through too.
    expect(text).toMatch(/\d{4}年\d{1,2}月/)

    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    expect(fonts).toMatch(/NotoSansSC/)
    // Every font embedded: no page relies on whatever the reader's machine has.
    const rows = fonts.split('\n').slice(2).filter(Boolean)
    // Columns end: emb sub uni object-number generation.
    expect(rows.filter(r => r.trim().split(/\s+/).at(-5) !== 'yes'), 'fonts not embedded').toEqual([])
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
