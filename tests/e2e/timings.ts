// A Playwright reporter that says where the suite's time goes: per spec file, the time its tests took (as
// Playwright counts a test: beforeAll hooks, such as a spec waiting for its own build, are not in it), and from
// its first test's start to its last test's end (they are in that); before that,
// the time until the first test started (the shared builds and prints of tests/e2e/global-setup.ts and the
// web server). It also samples the load average, because on a shared machine the same suite takes twice as long
// when another job runs. It reports, and never fails a run: a timing is not a test (issue 21).
// The table goes to stdout at the end of the run, and to .e2e/timings.json for the bench.
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { relative, resolve } from 'node:path'

interface FileTime {
  tests: number
  failed: number
  /** Sum of the tests' durations (beforeAll hooks not included). */
  ms: number
  first: number
  last: number
}

export interface Timings {
  /** From the reporter's start to the first test's start: global setup and the web server. */
  setupMs: number
  totalMs: number
  workers: number
  /** One-minute load averages: at the start, the end, and the mean of one sample every 5 s. */
  load: { start: number; end: number; mean: number; max: number }
  files: Array<{ file: string; tests: number; failed: number; ms: number; spanMs: number }>
}

const root = resolve(import.meta.dirname, '../..')

export default class TimingReporter implements Reporter {
  private readonly started = Date.now()
  private firstTest = 0
  private workers = 1
  private readonly files = new Map<string, FileTime>()
  private readonly loads: number[] = [loadavg()[0]]
  private readonly timer = setInterval(() => this.loads.push(loadavg()[0]), 5000).unref()

  onBegin(config: FullConfig) {
    this.workers = config.workers
  }

  onTestBegin(test: TestCase) {
    const now = Date.now()
    this.firstTest ||= now
    const file = relative(root, test.location.file)
    const f = this.files.get(file) ?? { tests: 0, failed: 0, ms: 0, first: now, last: now }
    this.files.set(file, f)
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const f = this.files.get(relative(root, test.location.file))!
    f.tests++
    f.ms += result.duration
    f.last = Date.now()
    if (result.status !== 'passed' && result.status !== 'skipped') f.failed++
  }

  onEnd() {
    clearInterval(this.timer)
    this.loads.push(loadavg()[0])
    const now = Date.now()
    const t: Timings = {
      setupMs: (this.firstTest || now) - this.started,
      totalMs: now - this.started,
      workers: this.workers,
      load: {
        start: this.loads[0],
        end: this.loads.at(-1)!,
        mean: this.loads.reduce((a, b) => a + b, 0) / this.loads.length,
        max: Math.max(...this.loads),
      },
      files: [...this.files]
        .map(([file, f]) => ({ file, tests: f.tests, failed: f.failed, ms: f.ms, spanMs: f.last - f.first }))
        .sort((a, b) => b.ms - a.ms),
    }
    mkdirSync(resolve(root, '.e2e'), { recursive: true })
    writeFileSync(resolve(root, '.e2e/timings.json'), `${JSON.stringify(t, null, 2)}\n`)
    console.log(formatTimings(t))
  }

  printsToStdio() {
    return false
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The table the reporter prints (and the bench can quote). */
export function formatTimings(t: Timings): string {
  const w = Math.max(...t.files.map(f => f.file.length), 'setup (shared builds, web server)'.length)
  const rows = [
    `\nWhere the time went (${t.workers} worker${t.workers === 1 ? '' : 's'}; load average ` +
      `${t.load.start.toFixed(2)} at the start, ${t.load.end.toFixed(2)} at the end, mean ${t.load.mean.toFixed(2)}, ` +
      `max ${t.load.max.toFixed(2)}):`,
    `${'spec file'.padEnd(w)}  tests  ${'test time'.padStart(9)}  ${'first→last'.padStart(10)}`,
    `${'setup (shared builds, web server)'.padEnd(w)}  ${''.padStart(5)}  ${s(t.setupMs).padStart(9)}`,
    ...t.files.map(
      f =>
        `${f.file.padEnd(w)}  ${String(f.tests).padStart(5)}  ${s(f.ms).padStart(9)}  ${s(f.spanMs).padStart(10)}` +
        (f.failed ? `  (${f.failed} failed)` : ''),
    ),
    `${'total (wall clock)'.padEnd(w)}  ${String(t.files.reduce((a, f) => a + f.tests, 0)).padStart(5)}  ` +
      s(t.totalMs).padStart(9),
  ]
  return rows.join('\n')
}
