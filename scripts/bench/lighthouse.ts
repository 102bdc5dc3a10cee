// Lighthouse 13 with its mobile defaults (simulated slow 4G, 4× CPU slow-down) on
// one URL, with the system Chromium. `serveGzipped` serves a built deck the way real hosts do: gzip-compressed
// (sirv sends the precompressed .gz files written beside each text file), with the history fallback per edition.
import type { AddressInfo } from 'node:net'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import sirv from 'sirv'
import { chromiumPath, quietChromiumArgs } from '../lib/chromium'
import { mdRow } from './stats'

export interface LighthouseScores {
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** First and largest contentful paint, ms (simulated). */
  fcp: number
  lcp: number
  /** Total blocking time, ms (simulated), and cumulative layout shift (observed). */
  tbt: number
  cls: number
  /** Bytes transferred for the page load. */
  bytes: number
  /** Audits of the four categories that did not score 1, for the report. */
  failing: string[]
}

export const LIGHTHOUSE_HEAD = [
  mdRow('page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'bytes'),
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
]

/** A row of the Lighthouse table, times and bytes written by the caller's formats. */
export function lighthouseRow(
  label: string,
  r: LighthouseScores,
  time: (ms: number) => string,
  bytes: (b: number) => string,
): string {
  const score = (x: number) => x.toFixed(2)
  const scores = [r.performance, r.accessibility, r.bestPractices, r.seo].map(score)
  return mdRow(label, ...scores, time(r.fcp), time(r.lcp), time(r.tbt), r.cls.toFixed(3), bytes(r.bytes))
}

export async function runLighthouse(
  url: string,
  chromePath = process.env.CHROME_PATH ?? chromiumPath(),
): Promise<LighthouseScores> {
  if (!chromePath)
    throw new Error('lighthouse: no Chromium found; set CHROME_PATH (or CHROMIUM_PATH), e.g. /usr/bin/chromium')
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...quietChromiumArgs],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    if (!result) throw new Error(`lighthouse: no result for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`lighthouse: ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = (id: string) => lhr.categories[id]?.score ?? Number.NaN
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    const failing = Object.values(lhr.categories).flatMap(c =>
      c.auditRefs
        .filter(r => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
        .map(r => `${c.id}: ${r.id} (${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score})`),
    )
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      bytes: numeric('total-byte-weight'),
      failing,
    }
  } finally {
    chrome.kill()
  }
}

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest|csv)$/

/** Writes `<file>.gz` beside every compressible file of `dir` that lacks an up-to-date one. */
export function precompress(dir: string): number {
  let n = 0
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name)
    if (!COMPRESSIBLE.test(file) || !statSync(file).isFile()) continue
    const gz = `${file}.gz`
    if (existsSync(gz) && statSync(gz).mtimeMs >= statSync(file).mtimeMs) continue
    writeFileSync(gz, gzipSync(readFileSync(file), { level: 9 }))
    n++
  }
  return n
}

/**
 * Serves `dir` (a build for `base`) gzip-compressed on 127.0.0.1:`port`; unknown paths fall back to the edition's
 * index.html.
 */
export async function serveGzipped(dir: string, base: string, port: number) {
  precompress(dir)
  const files = sirv(dir, { dev: false, etag: true, gzip: true, extensions: ['html'] })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.writeHead(404).end()
      return
    }
    req.url = `/${url.slice(base.length)}`
    files(req, res, () => {
      // Slidev's history routing: /zh/5 → zh/index.html, /5 → index.html.
      req.url = req.url!.startsWith('/zh/') ? '/zh/index.html' : '/index.html'
      files(req, res, () => void res.writeHead(404).end())
    })
  })
  await new Promise<void>(ok => server.listen(port, '127.0.0.1', ok))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}
