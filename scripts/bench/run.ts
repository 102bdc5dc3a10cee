// `npm run bench`: builds and measures, in one run on one machine, this deck (both editions), a minimal 2-slide
// Slidev deck (the floor) and the create-slidev starter (the anti-example), then checks this deck's budgets and
// writes the results into BENCHMARKS.md (between the bench:start/bench:end markers; the text around them is kept).
// Only @slidev/cli's public CLI is used (`slidev build`, `slidev export`), no internal module.
// Knobs (env): BENCH_PORT (first of 20 ports, default 4800), BENCH_LOADS (default 3), BENCH_BUILDS (1),
// BENCH_LIGHTHOUSE_RUNS (3, medians),
// BENCH_CHART_RUNS (3), BENCH_EXPORTS (3: one ~10 s export is too noisy to judge a ratio on),
// BENCH_STARTER=1 (also build, load and compare the create-slidev starter: +3–5 min), BENCH_EXPORT_ALL=1 (also
// `slidev export` the minimal deck and the starter),
// BENCH_SKIP (comma list: build,load,chart,export,lighthouse), BENCH_WORK (temp dir).
import type { ChildProcess } from 'node:child_process'
import type { Deck } from './decks'
import type { ChartSample, LoadSample } from './measure'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { EDITIONS } from '../../lib/editions'
import { chromiumPath, quietChromiumArgs } from '../lib/chromium'
import { parseDeck } from '../lib/deck'
import { writeFirstSlide } from '../lib/first-slide'
import type { Failure } from './failures'
import { prepareDecks } from './decks'
import { verdictOf } from './failures'
import { chartSlides, measureChart, measureLoad } from './measure'
import { kb, list, mdRow, median, ms, ratio, sec } from './stats'

const repo = resolve(import.meta.dirname, '../..')
const env = process.env
const PORT = Number(env.BENCH_PORT ?? 4800)
if (PORT < 4800 || PORT + 19 > 4899) throw new Error('BENCH_PORT must leave 20 ports inside 4800–4899')
const LOADS = Number(env.BENCH_LOADS ?? 3)
const LIGHTHOUSE_RUNS = Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const BUILDS = Number(env.BENCH_BUILDS ?? 1)
const CHART_RUNS = Number(env.BENCH_CHART_RUNS ?? 3)
const EXPORTS = Number(env.BENCH_EXPORTS ?? 3)
const EXPORT_ALL = env.BENCH_EXPORT_ALL === '1'
const WITH_STARTER = env.BENCH_STARTER === '1'
const SKIP = new Set((env.BENCH_SKIP ?? '').split(',').filter(Boolean))
const BASE = '/bench/'
const work = env.BENCH_WORK ?? join(os.tmpdir(), `slidev-bench-${process.pid}`)
const cache = join(os.tmpdir(), 'slidev-bench-cache')
const cliOf = (d: Deck) => join(d.root, 'node_modules/@slidev/cli/bin/slidev.mjs')
const tsx = join(repo, 'node_modules/.bin/tsx')
const exe = chromiumPath()
if (!exe) throw new Error('no Chromium found: set CHROMIUM_PATH or apt-get install chromium')

const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a)
// Every step that did not finish; any one fails the run (scripts/bench/failures.ts).
const failedSteps: Failure[] = []

function run(
  cmd: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
  extraEnv: Record<string, string> = {},
): Promise<{ ok: boolean; ms: number; out: string }> {
  const t0 = performance.now()
  return new Promise(done => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...env, FORCE_COLOR: '0', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => (out += d))
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('close', code => {
      clearTimeout(timer)
      done({ ok: code === 0, ms: performance.now() - t0, out })
    })
  })
}

function serve(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(tsx, ['scripts/serve.ts', '--dir', dir, '--base', BASE, '--port', String(port)], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    child.stdout!.on('data', d => String(d).includes('deck on') && done(child))
    child.on('exit', code => fail(new Error(`serve.ts on ${port} exited with ${code}`)))
  })
}
// scripts/serve.ts wants an index.html at the top of its folder; the Chinese build has its own in zh/ (served
// at <BASE>zh/), so the top gets a one-line page pointing there.
function shellFor(r: DeckResult) {
  if (r.deck.id === 'zh' && !existsSync(join(dist(r), 'index.html')))
    writeFileSync(join(dist(r), 'index.html'), `<meta http-equiv="refresh" content="0; url=${BASE}zh/">\n`)
}

interface DeckResult {
  deck: Deck
  slides: number
  builds: number[]
  buildErrors: string[]
  loads: LoadSample[]
  /** `slidev export` (the public CLI: Vite dev server on port 12445, then Chromium), wall time of the process. */
  exports: { totalMs: number; pages: number }[]
  /** This deck only: scripts/export.ts printing the bench's own build of it (no build), wall time of the process. */
  builtExports: { totalMs: number; pages: number }[]
  exportErrors: string[]
}

const emptyResult = (deck: Deck, slides: number): DeckResult => ({
  deck,
  slides,
  builds: [],
  buildErrors: [],
  loads: [],
  exports: [],
  builtExports: [],
  exportErrors: [],
})

// ---------------------------------------------------------------------------------------------------------
mkdirSync(work, { recursive: true })
const loadStart = os.loadavg()
const startedAt = new Date()
log(`work dir ${work}; load average ${loadStart.map(x => x.toFixed(2)).join(' ')}`)
const decks = prepareDecks(repo, work, cache, WITH_STARTER)
const results: DeckResult[] = []
for (const deck of decks) {
  const data = await parseDeck(deck.entry, deck.root)
  results.push(emptyResult(deck, data.slides.length))
}
const deckClicks = (await parseDeck(EDITIONS[0].entry)).slides.map(s => Number(s.frontmatter.clicks ?? 0))
const dist = (r: DeckResult) => join(work, `dist-${r.deck.id}`)
// The Chinese edition is built as hosted, at <BASE>zh/ inside its folder, so the Lighthouse site can reuse it.
const baseOf = (r: DeckResult) => (r.deck.id === 'zh' ? `${BASE}zh/` : BASE)
const outOf = (r: DeckResult) => (r.deck.id === 'zh' ? join(dist(r), 'zh') : dist(r))

// Builds, interleaved (deck, minimal, starter, deck, …) so a change in the machine's load hits all three alike.
for (let i = 0; i < (SKIP.has('build') ? 1 : BUILDS); i++) {
  for (const r of results) {
    if (SKIP.has('build') && existsSync(join(outOf(r), 'index.html'))) continue
    rmSync(dist(r), { recursive: true, force: true })
    const b = await run(
      process.execPath,
      [...r.deck.nodeArgs, cliOf(r.deck), 'build', r.deck.entry, '--out', outOf(r), '--base', baseOf(r)],
      r.deck.root,
      600_000,
    )
    log(`build ${r.deck.id} #${i + 1}: ${sec(b.ms)}${b.ok ? '' : ' FAILED'}`)
    if (b.ok && !SKIP.has('build')) r.builds.push(b.ms)
    if (!b.ok) {
      r.buildErrors.push(b.out.slice(-2000))
      failedSteps.push({ step: `build of ${r.deck.label} #${i + 1}`, output: b.out })
    }
  }
}

// This deck as `npm run build` makes it: slide 1 drawn into index.html (scripts/lib/first-slide.ts), and into the
// 404.html that serves /bench/1 here, since a plain `slidev build` has no route copies. Not in the build time.
for (const r of results.filter(r => r.deck.id === 'deck' || r.deck.id === 'zh')) {
  const index = join(outOf(r), 'index.html')
  if (!existsSync(index)) continue
  log(`slide 1 of ${r.deck.id} into index.html: ${await writeFirstSlide(outOf(r), baseOf(r), exe)}`)
  cpSync(index, join(outOf(r), '404.html'))
}

const servers: ChildProcess[] = []
const browser = await chromium.launch({ executablePath: exe, args: quietChromiumArgs })
const chromiumVersion = browser.version()
const urls = new Map<DeckResult, string>()
const chartRuns = new Map<number, { cold: ChartSample[]; warm: ChartSample[]; reduced: ChartSample[] }>()
let withCharts: number[] = []
try {
  for (const [i, r] of results.entries()) {
    if (!existsSync(join(outOf(r), 'index.html'))) {
      if (!r.buildErrors.length)
        failedSteps.push({ step: `load of ${r.deck.label}`, output: `no build in ${outOf(r)} to serve` })
      continue
    }
    shellFor(r)
    servers.push(await serve(dist(r), PORT + i))
    urls.set(r, `http://127.0.0.1:${PORT + i}${baseOf(r)}`)
  }

  // Time to slide 1 and bytes: one warm-up load per deck (discarded: it pays for disk cache and JIT), then
  // LOADS loads per deck, interleaved, each in a fresh browser context with the cache off.
  if (!SKIP.has('load')) {
    for (let i = -1; i < LOADS; i++) {
      for (const [r, url] of urls) {
        const s = await measureLoad(browser, url)
        if (i >= 0) r.loads.push(s)
        log(
          `load ${r.deck.id} ${i < 0 ? 'warm-up' : `#${i + 1}`}: visible ${ms(s.visibleMs)}, ` +
            `${kb(s.gzip)} gzip before slide 1, ${s.blocked.length} blocked`,
        )
      }
    }
  }

  // Charts: which slides have them, then CHART_RUNS runs per chart slide (after one warm-up per slide).
  const deckResult = results[0]
  const deckUrl = urls.get(deckResult)
  if (!SKIP.has('chart') && deckUrl) {
    withCharts = await chartSlides(browser, deckUrl, deckResult.slides)
    log(`chart slides: ${withCharts.join(', ')}`)
    if (!withCharts.length) failedSteps.push({ step: 'chart slides', output: `no slide of ${deckUrl} drew a chart` })
    // Every slide after the first, the text slides too: each is reached by ArrowRight from the one before.
    for (let no = 2; no <= deckResult.slides; no++) chartRuns.set(no, { cold: [], warm: [], reduced: [] })
    for (let i = -1; i < CHART_RUNS; i++) {
      for (const no of chartRuns.keys()) {
        const { cold, warm } = await measureChart(browser, deckUrl, no, deckClicks[no - 2] ?? 0)
        const reduced = (await measureChart(browser, deckUrl, no, deckClicks[no - 2] ?? 0, true)).cold
        if (i >= 0) {
          const c = chartRuns.get(no)!
          c.cold.push(cold)
          c.warm.push(warm!)
          c.reduced.push(reduced)
        }
        log(
          `chart slide ${no} ${i < 0 ? 'warm-up' : `#${i + 1}`}: cold drawn ${ms(cold.drawnMs)} ` +
            `(first paint ${ms(cold.firstPaintMs)}), warm drawn ${ms(warm!.drawnMs)}, ` +
            `reduced motion ${ms(reduced.drawnMs)}`,
        )
      }
    }
  }
} finally {
  await browser.close()
  for (const s of servers) s.kill('SIGTERM')
}

// PDF export: `slidev export` of this deck through its public CLI, and scripts/export.ts printing the build
// measured above, interleaved, EXPORTS runs each; the minimal deck and the starter with BENCH_EXPORT_ALL=1.
const pagesOf = async (file: string) => (await PDFDocument.load(readFileSync(file))).getPageCount()
if (!SKIP.has('export')) {
  for (let i = 0; i < EXPORTS; i++) {
    for (const [k, r] of results.entries()) {
      if (r.deck.id === 'zh' || (r.deck.id !== 'deck' && !EXPORT_ALL) || (r.deck.id === 'starter' && i > 0)) continue
      const out = join(work, `export-${r.deck.id}-${i}.pdf`)
      rmSync(out, { force: true })
      const e = await run(
        process.execPath,
        [
          ...r.deck.nodeArgs,
          cliOf(r.deck),
          'export',
          r.deck.entry,
          '--output',
          out,
          '--executable-path',
          exe,
          '--timeout',
          '120000',
        ],
        r.deck.root,
        300_000,
      )
      if (e.ok && existsSync(out)) {
        const pages = await pagesOf(out)
        r.exports.push({ totalMs: e.ms, pages })
        log(`slidev export ${r.deck.id} #${i + 1}: ${sec(e.ms)} for ${pages} pages (${sec(e.ms / pages)}/page)`)
      } else {
        r.exportErrors.push(e.out.slice(-1500))
        failedSteps.push({ step: `slidev export of ${r.deck.label} #${i + 1}`, output: e.out })
        log(`slidev export ${r.deck.id} #${i + 1}: FAILED after ${sec(e.ms)}`)
      }
      if (r.deck.id !== 'deck' || !existsSync(join(dist(r), 'index.html'))) continue
      const built = join(work, `export-built-${i}.pdf`)
      const b = await run(tsx, ['scripts/export.ts', '--dist', dist(r), '--output', built], repo, 300_000, {
        EXPORT_PORT: String(PORT + 10 + k),
      })
      if (b.ok && existsSync(built)) {
        const pages = await pagesOf(built)
        r.builtExports.push({ totalMs: b.ms, pages })
        log(`built-deck export #${i + 1}: ${sec(b.ms)} for ${pages} pages`)
      } else {
        r.exportErrors.push(b.out.slice(-1500))
        failedSteps.push({ step: `npm run export of the built ${r.deck.label} #${i + 1}`, output: b.out })
        log(`built-deck export #${i + 1}: FAILED after ${sec(b.ms)}`)
      }
    }
  }
}

// Lighthouse (the reading view's module, scripts/bench/lighthouse.ts, when present): mobile scores of slide 1
// of the minimal deck and of each edition, and of both reading views, written into the bench's builds first.
const lighthouseRows: string[] = []
/** Each page's medians, by its row label: the slide 1 budgets compare this deck with the minimal deck's. */
const lighthouseMedians = new Map<string, { performance: number; fcp: number; lcp: number; tbt: number }>()
const lighthouseModule = join(repo, 'scripts/bench/lighthouse.ts')
if (!SKIP.has('lighthouse') && existsSync(lighthouseModule)) {
  try {
    lighthouseRows.push(...(await lighthouseReport(lighthouseModule)))
  } catch (e) {
    lighthouseRows.push(`Lighthouse failed: ${(e as Error).message.split('\n')[0]}`)
    failedSteps.push({ step: 'lighthouse', output: (e as Error).stack ?? String(e) })
  }
  log('lighthouse done')
}

async function lighthouseReport(module: string): Promise<string[]> {
  const { LIGHTHOUSE_HEAD, lighthouseRow, runLighthouse, serveGzipped } = (await import(
    module
  )) as typeof import('./lighthouse')
  const { writeReadingViews } = await import('../lib/reading-view')
  // One folder as hosted: this deck at /bench/, its Chinese edition at /bench/zh/, the reading views beside them.
  const site = join(work, 'site')
  rmSync(site, { recursive: true, force: true })
  const [me, zh, min] = ['deck', 'zh', 'minimal'].map(id => results.find(r => r.deck.id === id)!)
  cpSync(dist(me), site, { recursive: true })
  cpSync(outOf(zh), join(site, 'zh'), { recursive: true })
  await writeReadingViews({ out: site, base: BASE, editions: EDITIONS, all: EDITIONS })
  const rows = [...LIGHTHOUSE_HEAD]
  const targets: [string, string, string][] = [
    ['minimal deck, slide 1', dist(min), `${BASE}1`],
    ['this deck, slide 1', site, `${BASE}1`],
    ['this deck (zh), slide 1', site, `${BASE}zh/1`],
    ['reading view', site, `${BASE}read`],
    ['reading view (zh)', site, `${BASE}zh/read`],
  ]
  // LIGHTHOUSE_RUNS runs of each page, interleaved (minimal, deck, zh, …, minimal, …), so that a change in the
  // machine's load hits the floor and the deck alike; each number in the table is the median of its runs.
  const runs = new Map<string, Awaited<ReturnType<typeof runLighthouse>>[]>()
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const [label, dir, path] of targets) {
      const { server, origin } = await serveGzipped(dir, BASE, PORT + 15)
      try {
        const r = await runLighthouse(`${origin}${path}`, exe)
        runs.set(label, [...(runs.get(label) ?? []), r])
        log(
          `lighthouse ${label} #${i + 1}: performance ${r.performance.toFixed(2)}, FCP ${ms(r.fcp)}, ` +
            `LCP ${ms(r.lcp)}, TBT ${ms(r.tbt)}, CLS ${r.cls.toFixed(3)}`,
        )
      } finally {
        server.close()
      }
    }
  }
  for (const [label] of targets) {
    const rs = runs.get(label) ?? []
    if (!rs.length) continue
    const mid = (f: (r: (typeof rs)[number]) => number) => median(rs.map(f))
    lighthouseMedians.set(label, {
      performance: mid(r => r.performance),
      fcp: mid(r => r.fcp),
      lcp: mid(r => r.lcp),
      tbt: mid(r => r.tbt),
    })
    rows.push(
      lighthouseRow(
        label,
        {
          ...rs[0],
          performance: mid(r => r.performance),
          accessibility: mid(r => r.accessibility),
          bestPractices: mid(r => r.bestPractices),
          seo: mid(r => r.seo),
          fcp: mid(r => r.fcp),
          lcp: mid(r => r.lcp),
          tbt: mid(r => r.tbt),
          cls: mid(r => r.cls),
          bytes: mid(r => r.bytes),
        },
        ms,
        kb,
      ),
    )
  }
  return rows
}
const loadEnd = os.loadavg()

// ---------------------------------------------------------------------------------------------------------
// Report
const [me, minimal] = results
const starter: DeckResult =
  results.find(r => r.deck.id === 'starter') ??
  emptyResult(
    {
      id: 'starter',
      label: 'starter (not run: BENCH_STARTER=1)',
      root: '',
      entry: '',
      origin: 'not run',
      nodeArgs: [],
    },
    Number.NaN,
  )
const zhDeck = results.find(r => r.deck.id === 'zh')!
const m = {
  build: (r: DeckResult) => median(r.builds),
  visible: (r: DeckResult) => median(r.loads.map(l => l.visibleMs)),
  gzip: (r: DeckResult) => median(r.loads.map(l => l.gzip)),
  raw: (r: DeckResult) => median(r.loads.map(l => l.raw)),
  requests: (r: DeckResult) => median(r.loads.map(l => l.requests)),
  settled: (r: DeckResult) => median(r.loads.map(l => l.settledGzip)),
  blocked: (r: DeckResult) => median(r.loads.map(l => l.blocked.length)),
  exportPage: (r: DeckResult) => median(r.exports.map(e => e.totalMs / e.pages)),
  exportTotal: (r: DeckResult) => median(r.exports.map(e => e.totalMs)),
  builtTotal: (r: DeckResult) => median(r.builtExports.map(e => e.totalMs)),
  builtPage: (r: DeckResult) => median(r.builtExports.map(e => e.totalMs / e.pages)),
}
const row = (name: string, f: (r: DeckResult) => number, fmt: (x: number) => string) =>
  mdRow(
    name,
    ...[me, zhDeck, minimal, starter].map(r => fmt(f(r))),
    ratio(f(me), f(minimal)),
    ratio(f(zhDeck), f(minimal)),
    ratio(f(me), f(starter)),
  )
const num = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : 'n/a')

const table = [
  mdRow(
    'measure (median)',
    ...['this deck', 'this deck (zh)', 'minimal', 'starter'],
    ...['deck / minimal', 'zh / minimal', 'deck / starter'],
  ),
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  row('slides', r => r.slides, num),
  row('build time (`slidev build`)', m.build, sec),
  row('time to slide 1 visible', m.visible, ms),
  row('bytes before slide 1, gzip', m.gzip, kb),
  row('bytes before slide 1, raw', m.raw, kb),
  row('requests before slide 1', m.requests, num),
  row('bytes once settled (1.5 s idle), gzip', m.settled, kb),
  row('non-loopback requests (blocked)', m.blocked, num),
  row('PDF, `slidev export` (CLI), total', m.exportTotal, sec),
  row('PDF, `slidev export` (CLI), per page', m.exportPage, sec),
  row('PDF, `npm run export` of the build, total', m.builtTotal, sec),
  row('PDF, `npm run export` of the build, per page', m.builtPage, sec),
]

const chartRows = [
  mdRow(
    ...['slide', 'slide shown', 'first chart paint', 'every mark present (cold)'],
    ...[
      '`.chart-drawn` (cold)',
      '`.chart-drawn` (warm)',
      '`.chart-drawn`, reduced motion',
      'frames to complete (warm)',
    ],
  ),
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
]
let worstDrawn = Number.NaN
let worstComplete = Number.NaN
let worstTextFrames = Number.NaN
const worse = (a: number, b: number) => (Number.isFinite(a) ? Math.max(a, b) : b)
for (const [no, c] of chartRuns) {
  const chart = withCharts.includes(no)
  const cold = median(c.cold.map(s => s.drawnMs))
  const complete = median(c.cold.map(s => s.completeMs))
  const frames = median(c.warm.map(s => s.frames))
  if (chart) {
    worstDrawn = worse(worstDrawn, cold)
    worstComplete = worse(worstComplete, complete)
  } else worstTextFrames = worse(worstTextFrames, frames)
  const ifChart = (x: string) => (chart ? x : 'text')
  chartRows.push(
    mdRow(
      no,
      ms(median(c.cold.map(s => s.activeMs))),
      ifChart(ms(median(c.cold.map(s => s.firstPaintMs)))),
      ms(complete),
      ifChart(ms(cold)),
      ifChart(ms(median(c.warm.map(s => s.drawnMs)))),
      ifChart(ms(median(c.reduced.map(s => s.drawnMs)))),
      String(frames),
    ),
  )
}

// Slide 1 at or above the floor (issue 21): Lighthouse's performance score no lower than the minimal deck's in the
// same run, its first and largest contentful paints no later, its total blocking time no higher (medians).
const floor = lighthouseMedians.get('minimal deck, slide 1')
const lighthouseBudgets: [string, string, boolean][] = floor
  ? (['this deck, slide 1', 'this deck (zh), slide 1'] as const).flatMap(label => {
      const l = lighthouseMedians.get(label)
      if (!l) return []
      const checks = [
        ['performance', l.performance.toFixed(2), floor.performance.toFixed(2), l.performance >= floor.performance],
        ['FCP', ms(l.fcp), ms(floor.fcp), l.fcp <= floor.fcp],
        ['LCP', ms(l.lcp), ms(floor.lcp), l.lcp <= floor.lcp],
        ['TBT', ms(l.tbt), ms(floor.tbt), l.tbt <= floor.tbt],
      ] as const
      return [
        [
          `Lighthouse, ${label.replace(', slide 1', '')}'s slide 1 ≥ the minimal deck's (score, FCP, LCP, TBT)`,
          checks.map(([k, a, b, ok]) => `${k} ${a} vs ${b}${ok ? '' : ' ✗'}`).join('; '),
          checks.every(c => c[3]),
        ] as [string, string, boolean],
      ]
    })
  : []

const echartsOnSlide1 = me.loads.some(l => l.echartsLoaded)
const exportRatio = m.builtTotal(me) / m.exportTotal(me)
const budgets: [string, string, boolean][] = [
  [
    'bytes before slide 1 ≤ 1.1× minimal (English), no ECharts on slide 1',
    `${kb(m.gzip(me))} vs ${kb(m.gzip(minimal))} gzip = ${ratio(m.gzip(me), m.gzip(minimal))}; ` +
      `ECharts loaded on slide 1 (even once settled): ${echartsOnSlide1 ? 'yes' : 'no'}`,
    m.gzip(me) <= 1.1 * m.gzip(minimal) && !echartsOnSlide1,
  ],
  [
    'bytes before slide 1 ≤ 1.3× minimal (Chinese)',
    `${kb(m.gzip(zhDeck))} vs ${kb(m.gzip(minimal))} gzip = ${ratio(m.gzip(zhDeck), m.gzip(minimal))}`,
    m.gzip(zhDeck) <= 1.3 * m.gzip(minimal),
  ],
  [
    'time to slide 1 ≤ 1.1× minimal',
    `${ms(m.visible(me))} vs ${ms(m.visible(minimal))} = ${ratio(m.visible(me), m.visible(minimal))} ` +
      `(zh: ${ms(m.visible(zhDeck))} = ${ratio(m.visible(zhDeck), m.visible(minimal))})`,
    m.visible(me) <= 1.1 * m.visible(minimal),
  ],
  [
    'every chart complete (every mark present) ≤ 150 ms after the keydown, cold',
    `slowest chart slide, median: ${ms(worstComplete)}`,
    worstComplete <= 150,
  ],
  [
    'every chart `finished` ≤ 600 ms after the keydown, cold',
    `slowest chart slide, median: ${ms(worstDrawn)}`,
    worstDrawn <= 600,
  ],
  [
    "every text slide complete in the frame after the keydown's, warm",
    `slowest text slide, median: ${worstTextFrames} frame(s)`,
    worstTextFrames <= 1,
  ],
  ...lighthouseBudgets,
  ...(WITH_STARTER
    ? [
        [
          'build time ≤ 0.6× starter',
          `${sec(m.build(me))} vs ${sec(m.build(starter))} = ${ratio(m.build(me), m.build(starter))}`,
          m.build(me) <= 0.6 * m.build(starter),
        ] as [string, string, boolean],
      ]
    : []),
  [
    'PDF: `npm run export` of a fresh build ≤ 0.4× `slidev export`, same deck, same run',
    `${sec(m.builtTotal(me))} vs ${sec(m.exportTotal(me))} = ${ratio(m.builtTotal(me), m.exportTotal(me))} ` +
      `(${me.builtExports[0]?.pages ?? '?'} and ${me.exports[0]?.pages ?? '?'} pages)`,
    exportRatio <= 0.4,
  ],
]
const budgetRows = [
  '| budget | measured | result |',
  '|---|---|---|',
  ...budgets.map(([b, v, ok]) => `| ${b} | ${v} | ${ok ? 'pass' : '**miss**'} |`),
]

const version = (p: string) => JSON.parse(readFileSync(join(repo, 'node_modules', p, 'package.json'), 'utf8')).version
const cpus = os.cpus()
const machine = [
  `- date: ${startedAt.toISOString()} (run took ${((Date.now() - startedAt.getTime()) / 60000).toFixed(1)} min)`,
  `- machine: ${os.availableParallelism()} cores (${cpus[0]?.model ?? 'unknown CPU'}), ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
  `- load average (1/5/15 min) at start ${loadStart.map(x => x.toFixed(2)).join(' / ')}, ` +
    `at end ${loadEnd.map(x => x.toFixed(2)).join(' / ')}`,
  `- node ${process.version}, @slidev/cli ${version('@slidev/cli')}, vite ${version('vite')}, ` +
    `Chromium ${chromiumVersion} (${exe}), playwright-chromium ${version('playwright-chromium')}`,
  `- decks: ${results.map(r => `${r.deck.label} = ${r.deck.origin}`).join('; ')}`,
  `- runs: ${BUILDS} builds per deck, ${LOADS} page loads per deck (+1 warm-up), ` +
    `${CHART_RUNS} runs per chart slide (+1 warm-up), ` +
    `${EXPORTS} PDF exports of this deck each way${EXPORT_ALL ? ' (minimal the same, starter 1)' : ''}`,
]

const samples = [
  ...results.map(
    r =>
      `- ${r.deck.label}: builds [${list(
        r.builds.map(x => x / 1000),
        x => x.toFixed(1),
      )}] s; slide 1 visible [${list(r.loads.map(l => l.visibleMs))}] ms; gzip before slide 1 [${list(
        r.loads.map(l => l.gzip / 1024),
        x => x.toFixed(1),
      )}] KB; slidev exports [${list(
        r.exports.map(e => e.totalMs / 1000),
        x => x.toFixed(1),
      )}] s; built-deck exports [${list(
        r.builtExports.map(e => e.totalMs / 1000),
        x => x.toFixed(1),
      )}] s${r.buildErrors.length ? `; build errors: ${r.buildErrors.length}` : ''}` +
      `${r.exportErrors.length ? `; export failures: ${r.exportErrors.length}` : ''}`,
  ),
  ...[...chartRuns].map(
    ([no, c]) =>
      `- slide ${no}: cold complete [${list(c.cold.map(s => s.completeMs))}] ms, ` +
      `cold drawn [${list(c.cold.map(s => s.drawnMs))}] ms, warm [${list(c.warm.map(s => s.drawnMs))}] ms, ` +
      `reduced motion [${list(c.reduced.map(s => s.drawnMs))}] ms`,
  ),
]
const blockedHosts = [
  ...new Set(results.flatMap(r => r.loads.flatMap(l => l.blocked.map(b => `${r.deck.label}: ${b}`)))),
]
const files = (r: DeckResult) =>
  (r.loads[0]?.files ?? [])
    .slice(0, 8)
    .map(([p, raw, gz]) => `  - \`${p.replace(BASE, '')}\` ${kb(raw)} raw, ${kb(gz)} gzip`)
const failures = results.flatMap(r => [
  ...r.buildErrors.map(e => `### ${r.deck.label}: build failed\n\n\`\`\`\n${e.trim()}\n\`\`\``),
  ...r.exportErrors.slice(0, 1).map(e => `### ${r.deck.label}: export failed\n\n\`\`\`\n${e.trim()}\n\`\`\``),
])

const md = [
  '<!-- bench:start — written by `npm run bench`; edit outside these markers -->',
  '## Last run',
  '',
  ...machine,
  '',
  ...table,
  '',
  '### Slides after the first (this deck): ms from the ArrowRight keydown',
  '',
  ...chartRows,
  '',
  '### Budgets',
  '',
  ...budgetRows,
  '',
  ...(lighthouseRows.length
    ? ['### Lighthouse (mobile defaults, served gzip-compressed)', '', ...lighthouseRows, '']
    : []),
  '### Largest files before slide 1 (first measured load)',
  '',
  ...results.flatMap(r => [`- ${r.deck.label}:`, ...files(r)]),
  '',
  '### Requests blocked (not loopback)',
  '',
  ...(blockedHosts.length ? blockedHosts.map(b => `- ${b}`) : ['- none']),
  '',
  '### Samples',
  '',
  ...samples,
  '',
  ...(failures.length ? ['### Failures', '', ...failures, ''] : []),
  '<!-- bench:end -->',
].join('\n')

const verdict = verdictOf(failedSteps)
const target = verdict.exitCode ? join(work, 'BENCHMARKS.failed.md') : join(repo, 'BENCHMARKS.md')
const prev = existsSync(target) ? readFileSync(target, 'utf8') : '# Benchmarks\n\n'
const re = /<!-- bench:start[\s\S]*?<!-- bench:end -->/
writeFileSync(target, re.test(prev) ? prev.replace(re, md) : `${prev.trimEnd()}\n\n${md}\n`)
writeFileSync(join(work, 'results.json'), JSON.stringify({ results, chartRuns: [...chartRuns] }, null, 2))

console.log(`\n${machine.join('\n')}\n\n${table.join('\n')}\n\n${chartRows.join('\n')}\n\n${budgetRows.join('\n')}\n`)
log(`wrote ${target}; raw results in ${join(work, 'results.json')}`)
if (verdict.exitCode) {
  console.error(verdict.message)
  process.exitCode = verdict.exitCode
}
