// `npm run build` prints each edition's PDF into the build when it finds a Chromium (the build these tests serve
// was made on this machine, which has one), and links it; without a Chromium it still builds, says the PDFs
// were skipped and links none. downloads.json is how the reading view learns which PDFs exist.
import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readDownloads } from '../../scripts/lib/export/downloads'
import { serveBuild } from '../../scripts/lib/export/serve'
import { BASE, EDITIONS, slidesOf } from './deck'
import { NO_CHROMIUM, SERVED, shared } from './shared'

/** Slidev's download button, shown with the rest of the nav bar when the pointer is near it. */
async function downloadButton(page: Page) {
  await page.mouse.move(30, 700)
  await page.waitForTimeout(300)
  return page.locator('.slidev-nav button[title="Download as PDF"], button[title="Download as PDF"]')
}

test("the build holds each edition's PDF, listed in downloads.json, and each listed file is served", async ({
  request,
}) => {
  const downloads = readDownloads(SERVED)
  for (const e of EDITIONS) {
    const listed = downloads[e.locale]
    expect(listed?.deck, `${e.locale} deck PDF in downloads.json`).toBe('deck.pdf')
    const sub = e.base.slice(BASE.length)
    for (const file of Object.values(listed ?? {})) {
      const path = join(SERVED, sub, file)
      expect(existsSync(path), `${path} exists`).toBe(true)
      const res = await request.get(`${e.base}${file}`)
      expect(res.status(), `${e.base}${file}`).toBe(200)
      expect(res.headers()['content-type']).toContain('pdf')
    }
    // The reading view links exactly the PDFs the build lists.
    const read = readFileSync(join(SERVED, sub, 'read/index.html'), 'utf8')
    const linked = [...read.matchAll(/<a href="([^"]+)" type="application\/pdf" data-pdf>/g)].map(m => m[1])
    expect(linked, `${e.locale} reading view's PDF links`).toEqual(
      Object.values(listed ?? {}).map(f => `${e.base}${f}`),
    )
    // The PDF is this edition's deck: one page per slide, its first slide's title on page 1.
    const slides = await slidesOf(e.entry)
    const pdf = join(SERVED, sub, 'deck.pdf')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(Number(info.match(/^Pages:\s+(\d+)/m)?.[1])).toBe(slides.length)
    // Tagged, so a screen reader gets headings, lists and figures rather than loose text.
    expect(info, `${e.locale} deck.pdf`).toMatch(/^Tagged:\s+yes/m)
    // -raw keeps the title's lines together (the cover's chart sits beside it); the title may wrap.
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', pdf, '-'], { encoding: 'utf8' })
    expect(page1.replace(/\s+/g, ' ')).toContain(slides[0].title.replace(/\s+/g, ' '))

    // The handout is the printed reading view: A4, every slide title in it, every font embedded.
    expect(listed?.handout, `${e.locale} handout in downloads.json`).toBe('handout.pdf')
    const handout = join(SERVED, sub, 'handout.pdf')
    expect(execFileSync('pdfinfo', [handout], { encoding: 'utf8' })).toMatch(/^Page size:.*\(A4\)/m)
    const text = execFileSync('pdftotext', [handout, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(
      slides.filter(s => s.title && !text.includes(s.title.replace(/\s+/g, ' '))).map(s => s.title),
      'slide titles missing from the handout',
    ).toEqual([])
    const fonts = execFileSync('pdffonts', [handout], { encoding: 'utf8' }).trim().split('\n').slice(2)
    expect(
      fonts.filter(r => r.trim().split(/\s+/).at(-5) !== 'yes'),
      'fonts not embedded in the handout',
    ).toEqual([])
  }
})

for (const e of EDITIONS) {
  test(`the ${e.locale} deck's download button fetches its PDF`, async ({ page }) => {
    await page.goto(`${e.base}2`)
    const button = await downloadButton(page)
    await expect(button).toHaveCount(1)
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    const file = await download.path()
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  })
}

test('a build with no Chromium succeeds, says the PDFs were skipped, and links no PDF', async ({ browser }) => {
  test.setTimeout(600_000)
  // The build for "/" that Netlify and Vercel make, with no Chromium, once per run, maybe in the background while
  // other specs run (tests/e2e/shared.ts).
  const r = await shared('root')
  const out = r.path
  expect(r.status, `build failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0)
  expect(r.stdout).toContain(`PDFs skipped (CHROMIUM_PATH=${NO_CHROMIUM} does not exist)`)
  expect(r.stdout).toContain('slide 1 not drawn into index.html')
  for (const dir of [out, join(out, 'zh')]) {
    expect(readdirSync(dir).filter(f => f.endsWith('.pdf'))).toEqual([])
    expect(readFileSync(join(dir, 'read/index.html'), 'utf8'), 'the reading view links no PDF').not.toContain(
      'application/pdf',
    )
  }
  expect(readDownloads(out)).toEqual({ en: {}, zh: {} })

  // And the deck built that way has no download button.
  const server = await serveBuild(out, '/', [Number(process.env.E2E_PORT ?? 4319) + 10])
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  try {
    await page.goto(`${server.url}/2`)
    await expect(page.locator('.slidev-page-2')).toBeVisible()
    const nav = page.locator('button[title="Go to next slide"]')
    await page.mouse.move(30, 700)
    await expect(nav).toHaveCount(1) // the nav bar is there…
    await expect(await downloadButton(page)).toHaveCount(0) // …without a PDF button
  } finally {
    await page.close()
    await server.close()
  }
})
