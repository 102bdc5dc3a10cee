// Browser measurements of a built, served deck with the system Chromium. Times are taken inside the page
// (performance.now(), whose origin is the navigation start), so Playwright's own polling does not count.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { gzipSync } from 'node:zlib'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

export interface LoadSample {
  /** ms from navigation start to the first frame where slide 1 is laid out and shown. */
  visibleMs: number
  /** Responses completed before that frame: count, raw bytes, gzip bytes (zlib level 6 of each body). */
  requests: number
  raw: number
  gzip: number
  /** Everything loaded once the page settles (1.5 s without requests), same units. */
  settledRaw: number
  settledGzip: number
  /** Requests to anything but loopback, aborted by the benchmark (offline). */
  blocked: string[]
  /** Files loaded before slide 1 showed, largest first: [url path, raw, gzip]. */
  files: [string, number, number][]
  /** Whether any JS loaded by the time the page settled contains ECharts. */
  echartsLoaded: boolean
}

/** A fresh context: no cache (routing turns Chromium's HTTP cache off; CDP makes sure), offline except loopback. */
async function freshPage(browser: Browser, opts: { reducedMotion?: 'reduce' | 'no-preference' } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: opts.reducedMotion ?? 'no-preference',
  })
  const blocked: string[] = []
  await context.route('**/*', route => {
    const url = new URL(route.request().url())
    if (url.protocol.startsWith('http') && !LOOPBACK.has(url.hostname)) {
      blocked.push(`${url.host}${url.pathname}`)
      return route.abort('blockedbyclient')
    }
    return route.continue()
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  return { context, page, blocked }
}

// Runs in the page before any of its scripts: keeps every resource timing entry and records the first
// animation frame where `.slidev-page-1` has a box, is displayed and is not transparent.
// (Page scripts are strings: tsx's keepNames would wrap functions in a `__name` helper the page lacks.)
const WATCH_SLIDE_1 = `(() => {
  performance.setResourceTimingBufferSize(100000)
  const w = window
  const check = (now) => {
    const el = document.querySelector('.slidev-page-1')
    if (el) {
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      const shown = r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0
      if (shown && (el.textContent ?? '').trim()) {
        w.__benchVisible = now
        return
      }
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

async function settle(page: Page, quietMs = 1500, maxMs = 10000) {
  let last = Date.now()
  const bump = () => (last = Date.now())
  page.on('request', bump)
  page.on('requestfinished', bump)
  const start = Date.now()
  while (Date.now() - last < quietMs && Date.now() - start < maxMs) await page.waitForTimeout(100)
  page.off('request', bump)
  page.off('requestfinished', bump)
}

export async function measureLoad(browser: Browser, url: string): Promise<LoadSample> {
  const { context, page, blocked } = await freshPage(browser)
  const bodies = new Map<string, Promise<Buffer | null>>()
  page.on('response', r => {
    if (r.status() >= 200 && r.status() < 300)
      bodies.set(
        r.url(),
        r.body().catch(() => null),
      )
  })
  await page.addInitScript(WATCH_SLIDE_1)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(
    () => (window as unknown as { __benchVisible?: number }).__benchVisible !== undefined,
    null,
    { timeout: 60000, polling: 50 },
  )
  await settle(page)
  const { visibleMs, before } = await page.evaluate(() => {
    const v = (window as unknown as { __benchVisible: number }).__benchVisible
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    return {
      visibleMs: v,
      before: [nav.name, ...res.filter(e => e.responseEnd > 0 && e.responseEnd <= v).map(e => e.name)],
    }
  })
  const sizes = new Map<string, [number, number]>()
  for (const [u, p] of bodies) {
    const b = await p
    if (b) sizes.set(u, [b.length, gzipSync(b).length])
  }
  const files: [string, number, number][] = []
  let raw = 0
  let gzip = 0
  for (const u of new Set(before)) {
    const s = sizes.get(u)
    if (!s || u.startsWith('data:')) continue
    raw += s[0]
    gzip += s[1]
    files.push([new URL(u).pathname, s[0], s[1]])
  }
  files.sort((a, b) => b[2] - a[2])
  let settledRaw = 0
  let settledGzip = 0
  for (const s of sizes.values()) {
    settledRaw += s[0]
    settledGzip += s[1]
  }
  let echartsLoaded = false
  for (const [u, p] of bodies) {
    const b = await p
    if (b && /\.m?js(\?|$)/.test(u) && isEcharts(b)) echartsLoaded = true
  }
  await context.close()
  return { visibleMs, requests: files.length, raw, gzip, settledRaw, settledGzip, blocked, files, echartsLoaded }
}

/** ECharts' core marks its DOM nodes with this attribute name; the string survives minification. */
export function isEcharts(js: Buffer | string): boolean {
  return js.toString().includes('_echarts_instance_')
}

export interface ChartSample {
  /**
   * ms from the ArrowRight keydown to: the slide shown, first chart SVG marks, every chart `.chart-drawn`. On a
   * slide without a chart, paint, complete and drawn are the first frame where it is shown with its fonts in.
   */
  activeMs: number
  firstPaintMs: number
  /**
   * The first moment every chart had all the SVG elements it has when `finished` (marks, labels: complete, maybe
   * mid-animation).
   */
  completeMs: number
  drawnMs: number
  /** Animation frames from the keydown's to the one where the slide was complete (1: the next frame). */
  frames: number
}

// Installed on the page just before the ArrowRight: timestamps the keydown (capture phase, before Slidev sees
// it), the slide getting a box, the first SVG paths in every chart and `.chart-drawn` on every chart.
const WATCH_CHART = (no: number) => `(() => {
  const no = ${no}
  const b = (window.__benchChart = {})
  window.addEventListener('keydown', () => (b.key ??= performance.now()), { capture: true, once: true })
  const check = () => {
    if (b.key === undefined)
      return
    const page = document.querySelector('.slidev-page-' + no)
    if (!page)
      return
    const now = performance.now()
    if (b.active === undefined && page.getBoundingClientRect().width > 0)
      b.active = now
    const charts = [...page.querySelectorAll('.base-chart')]
    if (!charts.length) {
      if (b.active !== undefined && document.fonts.status === 'loaded') {
        b.paint = b.complete = b.drawn = now
        b.doneFrame = b.frame
        obs.disconnect()
      }
      return
    }
    if (b.paint === undefined && charts.every(c => c.querySelector('svg path[d]')))
      b.paint = now
    const marks = 'svg path, svg text, svg rect, svg circle, svg image'
    const sig = charts.map(c => c.querySelectorAll(marks).length).join(',')
    if (sig !== b.sig) {
      b.sig = sig
      b.sigAt = now
      b.sigFrame = b.frame
    }
    if (b.drawn === undefined && charts.every(c => c.querySelector('.chart-drawn'))) {
      b.drawn = now
      b.complete = b.sigAt
      b.doneFrame = b.sigFrame
      obs.disconnect()
    }
  }
  const obs = new MutationObserver(check)
  const watched = ['class', 'style', 'd']
  obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: watched })
  // Frames counted from the keydown's: the check in frame N sees what frame N will paint.
  b.frame = 0
  const frame = () => {
    if (b.key !== undefined)
      b.frame++
    check()
    if (b.drawn === undefined)
      requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`

async function arrowInto(page: Page, no: number): Promise<ChartSample> {
  await page.evaluate(WATCH_CHART(no))
  await page.keyboard.press('ArrowRight')
  await page.waitForFunction(
    () => (window as unknown as { __benchChart: { drawn?: number } }).__benchChart.drawn !== undefined,
    null,
    { timeout: 30000, polling: 50 },
  )
  const b = await page.evaluate(() => (window as unknown as { __benchChart: Record<string, number> }).__benchChart)
  return {
    activeMs: b.active - b.key,
    firstPaintMs: b.paint - b.key,
    completeMs: b.complete - b.key,
    drawnMs: b.drawn - b.key,
    frames: b.doneFrame,
  }
}

/**
 * One run for chart slide `no`: a fresh context opens slide no-1 at its last click and waits until the deck is
 * loaded and idle (Slidev has preloaded slide `no` hidden by then), then ArrowRight makes slide `no` active.
 * `cold`: the first time in this page (ECharts' chunk may still have to load); `warm`: ArrowLeft, then
 * ArrowRight again, with the chart code already in memory, as for every chart slide after the first in a talk.
 * `reduced`: the cold case with prefers-reduced-motion, where BaseChart turns the entry animation off.
 */
export async function measureChart(
  browser: Browser,
  base: string,
  no: number,
  prevClicks: number,
  reducedMotion = false,
) {
  const { context, page } = await freshPage(browser, { reducedMotion: reducedMotion ? 'reduce' : 'no-preference' })
  await page.goto(`${base}${no - 1}?clicks=${prevClicks}`)
  await page.locator(`.slidev-page-${no - 1}`).waitFor()
  await settle(page, 800)
  const cold = await arrowInto(page, no)
  let warm: ChartSample | undefined
  if (!reducedMotion) {
    await page.keyboard.press('ArrowLeft')
    await page.locator(`.slidev-page-${no - 1}`).waitFor()
    await page.waitForTimeout(800)
    warm = await arrowInto(page, no)
  }
  await context.close()
  return { cold, warm }
}

/** Which slides have charts, and each slide's click count, read from the built deck itself. */
export async function chartSlides(browser: Browser, base: string, total: number): Promise<number[]> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const found: number[] = []
  for (let n = 1; n <= total; n++) {
    await page.goto(`${base}${n}`)
    await page.locator(`.slidev-page-${n}`).waitFor()
    await page.waitForTimeout(300)
    if (await page.locator(`.slidev-page-${n} .base-chart`).count()) found.push(n)
  }
  await context.close()
  return found
}
