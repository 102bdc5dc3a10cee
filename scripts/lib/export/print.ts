// Prints a built, served deck to PDF with Playwright's Chromium, the way `slidev export` prints its dev server
// (same route `<base>print?print=true|clicks`, same page size = the slide canvas, backgrounds on, margins 0,
// same PDF metadata), but it waits for what the deck itself says is ready instead of network idle: every slide
// rendered, no "Loading slide", every `[data-waitfor]` element's selector present (BaseChart: `.chart-drawn`,
// ECharts' `finished`), the Chinese font CSS in (`html[data-cjk=loaded]`, set by setup/main.ts) and
// `document.fonts.ready`. The handout prints the reading view (`<base>read`), A4, the page's own print CSS.
import type { Browser } from 'playwright-chromium'
import { readFileSync, writeFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'

export interface DeckMeta {
  title?: string
  subject?: string
  author?: string
  /** The slide canvas, as Slidev's config has it (canvasWidth, canvasWidth / aspectRatio). */
  width: number
  height: number
  slides: number
}

export interface PrintJob {
  /** Origin of the server, e.g. http://127.0.0.1:4710 */
  origin: string
  /** The edition's base path on that server: "/" or "/zh/". */
  base: string
  kind: 'deck' | 'handout'
  dark?: boolean
  clicks?: boolean
  /** Slidev's range syntax ("3-5,7"), deck only. */
  range?: string
  output: string
  meta: DeckMeta
  timeoutMs?: number
}

// A page script (a string: tsx would wrap a function in a `__name` helper the page lacks). True once the
// print view has every slide it will have, all rendered and settled.
const READY = (minSlides: number) => `(() => {
  const root = document.documentElement
  const slides = document.querySelectorAll('.print-slide-container')
  if (slides.length < ${minSlides} || document.querySelector('.slidev-slide-loading'))
    return false
  if (root.dataset.cjk !== 'loaded')
    return false
  for (const el of document.querySelectorAll('[data-waitfor]')) {
    if (!el.querySelector(el.getAttribute('data-waitfor')))
      return false
  }
  // The clicks edition adds a page per click as each slide learns its click count: wait until that stops.
  const count = slides.length
  const w = window
  if (w.__printCount !== count) {
    w.__printCount = count
    w.__printSince = performance.now()
    return false
  }
  return performance.now() - w.__printSince > ${200}
})()`

/** Slidev's range syntax ("1,3-5") to slide numbers, as `slidev export --range` reads it. */
export function parseRange(total: number, range?: string): number[] {
  if (!range) return Array.from({ length: total }, (_, i) => i + 1)
  const out: number[] = []
  for (const part of range
    .split(/[,;]/)
    .map(s => s.trim())
    .filter(Boolean)) {
    const m = part.match(/^(\d+)(?:-(\d+))?$/)
    if (!m) throw new Error(`export: --range "${range}": "${part}" is not a slide number or a range like 3-5`)
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])]
    const outside = a < 1 || b > total || a > b
    if (outside) throw new Error(`export: --range "${range}": ${part} is outside slides 1–${total}`)
    for (let i = a; i <= b; i++) out.push(i)
  }
  return [...new Set(out)]
}

export async function printPdf(browser: Browser, job: PrintJob): Promise<{ pages: number }> {
  let slidePages = 0
  const { meta } = job
  const timeout = job.timeoutMs ?? 120_000
  const deck = job.kind === 'deck'
  const pages = deck ? parseRange(meta.slides, job.range) : []
  const context = await browser.newContext({
    // The colour scheme is the browser's from the start: switching it after load (what `slidev export --dark`
    // does) makes every chart redraw after the export has seen it drawn. See docs/export.md.
    colorScheme: job.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
    viewport: deck ? { width: meta.width, height: meta.height * pages.length } : { width: 794, height: 1123 },
    deviceScaleFactor: 2,
  })
  // The PDF is offline by construction: nothing but this server may be asked for anything.
  await context.route('**/*', route =>
    route.request().url().startsWith(job.origin) || /^(?:data|blob):/.test(route.request().url())
      ? route.continue()
      : route.abort('blockedbyclient'),
  )
  try {
    const page = await context.newPage()
    // As `slidev export`: the slides are laid out for the screen (print media rules would add pages).
    if (deck) await page.emulateMedia({ media: 'screen' })
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    const query = new URLSearchParams({ print: job.clicks ? 'clicks' : 'true' })
    if (job.range) query.set('range', job.range)
    // `read?print` keeps each chart a picture with its alt (lib/read/client.ts), for the tagged PDF's figures.
    const url = deck ? `${job.origin}${job.base}print?${query}` : `${job.origin}${job.base}read?print`
    const response = await page.goto(url, { waitUntil: 'load', timeout })
    if (!response?.ok())
      throw new Error(
        `export: ${url} answered ${response?.status() ?? 'nothing'}` +
          (deck ? '' : ' (is the reading view built? npm run build writes <out>/read/index.html)'),
      )
    if (deck) {
      await page.waitForFunction(READY(pages.length), null, { timeout, polling: 50 }).catch((e: Error) => {
        throw new Error(
          `export: the print view of ${url} did not settle within ${timeout / 1000} s ` +
            `(${e.message.split('\n')[0]})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
        )
      })
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    if (deck) slidePages = await page.locator('.print-slide-container').count()
    await page.pdf(
      deck
        ? {
            path: job.output,
            width: `${meta.width}px`,
            height: `${meta.height}px`,
            margin: { top: 0, right: 0, bottom: 0, left: 0 },
            printBackground: true,
            preferCSSPageSize: true,
            // A structure tree (each chart a figure with its alt text) and bookmarks from the slides' headings.
            outline: true,
            tagged: true,
          }
        : {
            path: job.output,
            format: 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            outline: true,
            tagged: true,
          },
    )
  } finally {
    await context.close()
  }
  // The metadata `slidev export` writes (title, subject = info, author).
  const doc = await PDFDocument.load(readFileSync(job.output), { updateMetadata: false })
  // Each slide is one page-sized box (canvas 980 × 552 px, Slidev's ceil of 980 / (16/9)), yet Chromium ends
  // this print view with one more, blank page, from the build or the dev server alike (`slidev export` does
  // not: see docs/export.md). The slide boxes say how many pages there are.
  while (deck && slidePages > 0 && doc.getPageCount() > slidePages) doc.removePage(doc.getPageCount() - 1)
  if (meta.title) doc.setTitle(meta.title)
  if (meta.subject) doc.setSubject(meta.subject)
  if (meta.author) doc.setAuthor(meta.author)
  doc.setCreator('scripts/export.ts (Chromium via Playwright)')
  writeFileSync(job.output, await doc.save())
  return { pages: doc.getPageCount() }
}
