// `npm run bench:trace [-- --dir dist] [--path 1] [--port 4552] [--runs 1]`: where slide 1's time goes before the
// first paint. Loads a page of an existing build (served gzip-compressed, as hosts do) in Chromium with
// Lighthouse's mobile conditions applied for real (4× CPU slow-down; slow 4G: 562.5 ms request latency,
// 1.47 Mb/s down), records a performance trace, and prints: first paint, first contentful paint and the
// largest contentful paint; every request with when it ended; and every main-thread task over 50 ms with the
// scripts that ran in it (compile and evaluate, per file), marked before or after the first contentful paint.
// Builds nothing. Timings are relative to the navigation's start.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { chromiumPath, quietChromiumArgs } from '../lib/chromium'
import { serveGzipped } from './lighthouse'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: Record<string, unknown>; [k: string]: unknown }
}

export interface Trace {
  fp?: number
  fcp?: number
  lcp?: number
  requests: Array<{ url: string; start: number; end: number; bytes: number }>
  tasks: Array<{ start: number; dur: number; scripts: Array<{ url: string; what: string; ms: number }> }>
}

/** A trace of one load of `url`, under Lighthouse's mobile conditions. */
export async function traceLoad(url: string, executablePath = chromiumPath()): Promise<Trace> {
  const browser = await chromium.launch({ executablePath, args: quietChromiumArgs })
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1474.56 * 1024) / 8,
      uploadThroughput: (675 * 1024) / 8,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'loading',
        'blink.user_timing',
        'toplevel',
      ],
    })
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForTimeout(3000)
    const buffer = await browser.stopTracing()
    return analyse((JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents)
  } finally {
    await browser.close()
  }
}

function analyse(events: TraceEvent[]): Trace {
  const nav = events.find(
    e => e.name === 'navigationStart' && (e.args?.data as { isLoadingMainFrame?: boolean })?.isLoadingMainFrame,
  )
  const t0 = nav?.ts ?? Math.min(...events.filter(e => e.ts > 0).map(e => e.ts))
  const ms = (ts: number) => (ts - t0) / 1000
  const mark = (name: string) => events.filter(e => e.name === name && e.ts >= t0).map(e => ms(e.ts))
  const main = events.find(
    e => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain' && e.pid === nav?.pid,
  )
  const onMain = (e: TraceEvent) => !main || (e.pid === main.pid && e.tid === main.tid)

  const sent = new Map<string, { url: string; start: number }>()
  const requests: Trace['requests'] = []
  for (const e of events) {
    const d = e.args?.data as { requestId?: string; url?: string; encodedDataLength?: number } | undefined
    if (!d?.requestId) continue
    if (e.name === 'ResourceSendRequest' && d.url) sent.set(d.requestId, { url: d.url, start: ms(e.ts) })
    if (e.name === 'ResourceFinish') {
      const s = sent.get(d.requestId)
      if (s) requests.push({ ...s, end: ms(e.ts), bytes: d.encodedDataLength ?? 0 })
    }
  }

  // Script work nested in a task: compiling and evaluating modules and classic scripts, and calls into them.
  const scriptish = events.filter(
    e =>
      e.ph === 'X' &&
      onMain(e) &&
      [
        'v8.compileModule',
        'v8.evaluateModule',
        'EvaluateScript',
        'v8.compile',
        'FunctionCall',
        'v8.produceModuleCache',
      ].includes(e.name),
  )
  const urlOf = (e: TraceEvent) => {
    const a = e.args as { fileName?: string; data?: { url?: string; fileName?: string } } | undefined
    return a?.fileName ?? a?.data?.url ?? a?.data?.fileName ?? ''
  }
  const tasks = events
    .filter(e => e.name === 'RunTask' && e.ph === 'X' && onMain(e) && (e.dur ?? 0) > 50_000 && e.ts >= t0)
    .map(task => {
      const end = task.ts + task.dur!
      const inside = scriptish.filter(s => s.ts >= task.ts && s.ts + (s.dur ?? 0) <= end)
      // Only the outermost script event per file and kind: nested calls are inside their parent's time.
      const per = new Map<string, { url: string; what: string; ms: number }>()
      for (const s of inside) {
        const parent = inside.find(
          p => p !== s && p.ts <= s.ts && p.ts + (p.dur ?? 0) >= s.ts + (s.dur ?? 0) && urlOf(p),
        )
        if (parent && urlOf(parent)) continue
        const key = `${urlOf(s)} ${s.name}`
        const row = per.get(key) ?? { url: urlOf(s), what: s.name, ms: 0 }
        row.ms += (s.dur ?? 0) / 1000
        per.set(key, row)
      }
      return { start: ms(task.ts), dur: task.dur! / 1000, scripts: [...per.values()].sort((a, b) => b.ms - a.ms) }
    })
  const lcps = mark('largestContentfulPaint::Candidate')
  return {
    fp: mark('firstPaint')[0],
    fcp: mark('firstContentfulPaint')[0],
    lcp: lcps.at(-1),
    requests: requests.sort((a, b) => a.start - b.start),
    tasks,
  }
}

/** The trace as text: what a reader needs to see where slide 1's time went. */
export function formatTrace(t: Trace, origin: string): string {
  const f = (x?: number) => (x === undefined ? '—' : `${x.toFixed(0)} ms`)
  const short = (u: string) => u.replace(origin, '')
  const when = (x: number, end = x) => (t.fcp !== undefined && end <= t.fcp ? 'before FCP' : 'after FCP ')
  const pad = (x: number, n: number, d = 0) => x.toFixed(d).padStart(n)
  const lines = [
    `first paint ${f(t.fp)}, first contentful paint ${f(t.fcp)}, largest contentful paint ${f(t.lcp)}`,
    '',
    'requests (start → end, bytes on the wire):',
    ...t.requests.map(
      r =>
        `  ${pad(r.start, 6)} → ${pad(r.end, 6)} ms ${pad(r.bytes / 1024, 7, 1)} KB  ${when(r.start, r.end)}  ` +
        short(r.url),
    ),
    '',
    'main-thread tasks over 50 ms (start, duration; the scripts in them):',
    ...t.tasks.flatMap(k => [
      `  ${pad(k.start, 6)} ms ${pad(k.dur, 5)} ms ${when(k.start)}`,
      ...k.scripts
        .slice(0, 6)
        .map(s => `      ${s.ms.toFixed(0).padStart(5)} ms  ${s.what.padEnd(18)} ${short(s.url) || '(no file)'}`),
    ]),
    '',
    `long tasks before FCP: ${t.tasks
      .filter(k => t.fcp !== undefined && k.start < t.fcp)
      .reduce((a, k) => a + k.dur, 0)
      .toFixed(0)} ms; ` +
      `after FCP, blocking time over 50 ms each: ${t.tasks
        .filter(k => t.fcp !== undefined && k.start >= t.fcp)
        .reduce((a, k) => a + k.dur - 50, 0)
        .toFixed(0)} ms`,
  ]
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      path: { type: 'string', default: '1' },
      port: { type: 'string', default: '4420' },
      base: { type: 'string' },
      runs: { type: 'string', default: '1' },
    },
  })
  const built = readFileSync(`${values.dir}/index.html`, 'utf8').match(/src="([^"]*\/)assets\//)?.[1]
  const base = values.base ?? (built?.startsWith('/') ? built : '/')
  const { server, origin } = await serveGzipped(values.dir!, base, Number(values.port))
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      const url = `${origin}${base}${values.path}`
      console.log(`\n${url} (run ${i + 1})`)
      console.log(formatTrace(await traceLoad(url), `${origin}`))
    }
  } finally {
    server.close()
  }
}
