// `npm run data:refresh`: adds the newest monthly snapshot of hugovk/top-pypi-packages to data/pypi.csv and says,
// slide by slide, which quoted figures, titles and charts change. The snapshot comes through a SnapshotSource, so
// the same code runs against GitHub (scripts/data-refresh.ts) and against fixture files (the unit tests).
import type { DeckData, Row } from '../../lib/data/schema'
import type { Locale } from '../../lib/i18n'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chartNames, chartSpec } from '../../lib/charts'
import { DataError, loadDeckData, parseDataset } from '../../lib/data/load'
import { datasets } from '../../lib/data/schema'
import { latest } from '../../lib/domain/pypi'
import { EDITIONS } from '../../lib/editions'
import { figures, resolveFigures } from '../../lib/figures'
import { parseDeck } from './deck'

export const REPO = 'hugovk/top-pypi-packages'
/** The file the repository's README prefers (identical to top-pypi-packages-30-days.min.json, checked 2026-04-01). */
export const SNAPSHOT_FILE = 'top-pypi-packages.min.json'
const PACKAGES = ['torch', 'tensorflow', 'jax'] as const

/** One snapshot file as fetched: its text, the commit it was read at, and the file's name in the repository. */
export interface FetchedSnapshot {
  text: string
  commit: string
  file: string
  /** Where the text was read from, for messages: a URL or a local path. */
  origin: string
}

export interface SnapshotSource {
  /** The newest snapshot; throws Offline when the network cannot be reached. */
  latest(): Promise<FetchedSnapshot>
}

/** The network is not there (no DNS, refused, unreachable, timed out): nothing was read, so nothing may change. */
export class Offline extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'Offline'
  }
}

type Snapshot = Row<'pypi'>
type Counts = Pick<Snapshot, 'snapshot' | 'method' | 'torch' | 'tensorflow' | 'jax'>

/**
 * The counts of one snapshot file, or a DataError naming the file and the field that is wrong: a snapshot that
 * cannot be read exactly is refused whole, never half-added.
 */
export function parseSnapshot(text: string, file: string): Counts {
  const fail = (field: string | undefined, problem: string): never => {
    throw new DataError(file, undefined, field, problem)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return fail(undefined, `not valid JSON (${(e as Error).message})`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(undefined, 'expected a JSON object')
  const o = json as Record<string, unknown>
  const when = o.last_update
  if (typeof when !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(when))
    fail('last_update', `expected a time as "YYYY-MM-DD HH:MM:SS", got ${JSON.stringify(when)}`)
  // pypinfo's files (BigQuery) carry no "source"; the ClickHouse ones say so.
  const method =
    o.source === undefined
      ? 'bigquery'
      : o.source === 'ClickHouse'
        ? 'clickhouse'
        : fail('source', `expected "ClickHouse" or no source, got ${JSON.stringify(o.source)}`)
  if (!Array.isArray(o.rows)) return fail('rows', 'expected a list of {"download_count", "project"}')
  const counts = new Map<string, number>()
  o.rows.forEach((r: unknown, i: number) => {
    const row = (r ?? {}) as Record<string, unknown>
    if (typeof row.project !== 'string')
      fail(`rows[${i}].project`, `expected a package name, got ${JSON.stringify(row.project)}`)
    const n = row.download_count
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      fail(`rows[${i}].download_count`, `expected a whole number >= 0, got ${JSON.stringify(n)}`)
    counts.set(row.project as string, n as number)
  })
  const countOf = (p: string) => counts.get(p) ?? fail('rows', `no row for the package "${p}"`)
  const [torch, tensorflow, jax] = PACKAGES.map(countOf)
  return { snapshot: (when as string).slice(0, 10), method, torch, tensorflow, jax }
}

/** The CSV line data/pypi.csv gets for a snapshot, in the schema's column order. */
export function csvLine(c: Counts, commit: string, file: string): string {
  const row: Record<keyof Snapshot, string | number> = {
    snapshot: c.snapshot,
    method: c.method,
    torch: c.torch,
    tensorflow: c.tensorflow,
    jax: c.jax,
    denominator: 'pypi-downloads-30d',
    confidence: 'high',
    source: 'top-pypi',
    commit,
    file,
  }
  return Object.keys(datasets.pypi.row.shape)
    .map(k => String(row[k as keyof Snapshot]))
    .join(',')
}

export interface SlideChange {
  locale: Locale
  no: number
  title: string
  /** old → new, for the slide's heading and each quoted figure and chart that changes. */
  lines: string[]
}

const FIG = /<Fig k="([^"]+)"\s*\/>/g
const CHART = /<Chart\s+name="([^"]+)"/g

/** Per slide of each edition: the heading, the quoted figures and the charts that read data/pypi.csv, old → new. */
export async function slideChanges(before: DeckData, after: DeckData): Promise<SlideChange[]> {
  const changes: SlideChange[] = []
  for (const edition of EDITIONS) {
    const { locale } = edition
    const [was, now] = [figures(before, locale), figures(after, locale)]
    const deck = await parseDeck(edition.entry)
    deck.slides.forEach((s, i) => {
      const lines: string[] = []
      const heading = s.content.split('\n').find(l => l.startsWith('# '))
      if (heading) {
        const [a, b] = [resolveFigures(heading, before, locale), resolveFigures(heading, after, locale)]
        if (a !== b) lines.push(`title: ${a.slice(2)} → ${b.slice(2)}`)
      }
      const keys = [...new Set([...s.content.matchAll(FIG)].map(m => m[1]))] as (keyof typeof was)[]
      for (const k of keys) if (was[k] !== now[k]) lines.push(`${k}: ${was[k]} → ${now[k]}`)
      for (const name of new Set([...s.content.matchAll(CHART)].map(m => m[1]))) {
        if (!(chartNames as string[]).includes(name)) continue
        if (!(chartSpec(name).datasets as readonly string[]).includes('pypi')) continue
        const [a, b] = [latest(before.pypi).snapshot, latest(after.pypi).snapshot]
        lines.push(`chart ${name}: ${before.pypi.length} → ${after.pypi.length} snapshots, the last ${a} → ${b}`)
      }
      if (lines.length) changes.push({ locale, no: i + 1, title: s.title ?? '', lines })
    })
  }
  return changes
}

export type RefreshResult =
  | { status: 'offline'; reason: string }
  | { status: 'current'; snapshot: string }
  | { status: 'added'; line: string; changes: SlideChange[] }

/**
 * Reads the newest snapshot and, when data/pypi.csv does not have it yet, appends its row (unless `dryRun`) and
 * returns what changes on which slide. Offline, or with a snapshot it refuses, it writes nothing.
 */
export async function refresh(opts: {
  dataDir: string
  source: SnapshotSource
  dryRun?: boolean
}): Promise<RefreshResult> {
  const before = loadDeckData(opts.dataDir)
  let fetched: FetchedSnapshot
  try {
    fetched = await opts.source.latest()
  } catch (e) {
    if (e instanceof Offline) return { status: 'offline', reason: e.message }
    throw e
  }
  const counts = parseSnapshot(fetched.text, fetched.origin)
  const newest = latest(before.pypi)
  if (before.pypi.some(r => r.commit === fetched.commit) || counts.snapshot <= newest.snapshot)
    return { status: 'current', snapshot: newest.snapshot }

  const path = join(opts.dataDir, datasets.pypi.file)
  const text = readFileSync(path, 'utf8')
  const line = csvLine(counts, fetched.commit, fetched.file)
  const next = `${text.endsWith('\n') ? text : `${text}\n`}${line}\n`
  // The new file must pass the same checks as every data file before anything is written.
  const after = { ...before, pypi: parseDataset('pypi', next) }
  const changes = await slideChanges(before, after)
  if (!opts.dryRun) writeFileSync(path, next)
  return { status: 'added', line, changes }
}

/** What the command prints for a result. */
export function report(r: RefreshResult, dataFile = 'data/pypi.csv'): string {
  if (r.status === 'offline')
    return `offline: could not reach GitHub (${r.reason}); ${dataFile} unchanged, no slide changes.`
  if (r.status === 'current') return `${dataFile} already has the newest snapshot (${r.snapshot}); nothing to change.`
  const out = [`added to ${dataFile}: ${r.line}`]
  if (!r.changes.length) out.push('no figure, title or chart on any slide changes.')
  for (const c of r.changes) {
    out.push(`slide ${c.no} "${c.title}" (${c.locale}):`)
    for (const l of c.lines) out.push(`  ${l}`)
  }
  return out.join('\n')
}

/** The newest snapshot on GitHub: the last commit that touched the file, and the file at that commit. */
export function githubSource(
  api = 'https://api.github.com',
  raw = 'https://raw.githubusercontent.com',
): SnapshotSource {
  const get = async (url: string) => {
    let res: Response
    try {
      res = await fetch(url, {
        headers: { 'user-agent': 'tf-vs-pytorch data:refresh' },
        signal: AbortSignal.timeout(20_000),
      })
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } }
      const code = err.cause?.code ?? err.name
      throw new Offline(`${new URL(url).host}: ${code}`)
    }
    if (!res.ok) throw new Error(`${url}: GitHub answered ${res.status} ${res.statusText}`)
    return res
  }
  return {
    async latest() {
      const commits = (await (await get(`${api}/repos/${REPO}/commits?path=${SNAPSHOT_FILE}&per_page=1`)).json()) as {
        sha?: string
      }[]
      const commit = commits[0]?.sha
      if (!commit || !/^[0-9a-f]{40}$/.test(commit))
        throw new Error(`${api}: no commit found for ${REPO}/${SNAPSHOT_FILE}`)
      const url = `${raw}/${REPO}/${commit}/${SNAPSHOT_FILE}`
      return { text: await (await get(url)).text(), commit, file: SNAPSHOT_FILE, origin: url }
    },
  }
}

/** A snapshot file on disk, read as if fetched at `commit` (for a snapshot taken by hand, and for the tests). */
export function fileSource(path: string, commit: string, file = SNAPSHOT_FILE): SnapshotSource {
  return {
    latest: async () => ({ text: readFileSync(path, 'utf8'), commit, file, origin: path }),
  }
}
