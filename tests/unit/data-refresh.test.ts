import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DataError } from '../../lib/data/load'
import { fileSource, githubSource, Offline, parseSnapshot, refresh, report } from '../../scripts/lib/refresh'
import { dataDir } from './helpers'

const fixtures = join(import.meta.dirname, '../fixtures/pypi')
// The snapshot of 2026-04-01 (commit 7ec95345 of hugovk/top-pypi-packages), cut down to five of its 15,000 rows:
// two others, and torch, tensorflow and jax with their real counts.
const APRIL = join(fixtures, '2026-04-01.min.json')
const APRIL_COMMIT = '7ec9534546eda4012c7826b6078e35eaa2c9c5f2'
// The same, with torch's count written "87k".
const MALFORMED = join(fixtures, 'malformed.min.json')
const NOBODY = 'http://127.0.0.1:4549' // a port of this project's range that nothing listens on

let dir: string
const pypiCsv = () => readFileSync(join(dir, 'pypi.csv'), 'utf8')
const realPypi = readFileSync(join(dataDir, 'pypi.csv'), 'utf8')

// A copy of data/ whose pypi.csv stops one snapshot earlier, at 2026-03-01: the April snapshot is "a new month".
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'refresh-'))
  cpSync(dataDir, dir, { recursive: true })
  writeFileSync(join(dir, 'pypi.csv'), realPypi.replace(/^2026-04-01,.*\n/m, ''))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('data:refresh', () => {
  it('adds a new month exactly as the row read by hand, and says what changes on which slide', async () => {
    const source = fileSource(APRIL, APRIL_COMMIT, 'top-pypi-packages-30-days.min.json')
    const r = await refresh({ dataDir: dir, source })
    expect(r.status).toBe('added')
    expect(pypiCsv()).toBe(realPypi)
    const text = report(r)
    // 2026-03-01: torch 68,285,989, tensorflow 19,701,649 (3.47×); 2026-04-01: 87,347,847 and 22,653,919 (3.86×).
    expect(text).toMatch(/slide \d+ "What happened next" \(en\):\n/)
    expect(text).toContain('  pypi.ptLatest: 68.3 million → 87.3 million')
    expect(text).toContain('  pypi.latest: 1 Mar 2026 → 1 Apr 2026')
    expect(text).toContain('  chart later: 51 → 52 snapshots, the last 2026-03-01 → 2026-04-01')
    expect(text).toMatch(/slide \d+ "Conclusion" \(en\):\n(  .*\n)*  pypi\.ratioLatest: 3\.5× → 3\.9×/)
    expect(text).toContain('  pypi.ptLatest: 6,829 万次 → 8,735 万次')
    // The crossing (2024-04-01) does not move, so no title changes.
    expect(text).not.toContain('title:')
  })

  it('changes nothing when the newest snapshot is already there', async () => {
    const source = fileSource(APRIL, APRIL_COMMIT)
    await refresh({ dataDir: dir, source })
    const once = pypiCsv()
    const r = await refresh({ dataDir: dir, source })
    expect(r).toEqual({ status: 'current', snapshot: '2026-04-01' })
    expect(pypiCsv()).toBe(once)
  })

  it('refuses a malformed snapshot, naming the file and the field, and writes nothing', async () => {
    const before = pypiCsv()
    const run = refresh({ dataDir: dir, source: fileSource(MALFORMED, APRIL_COMMIT) })
    await expect(run).rejects.toThrow(DataError)
    await expect(refresh({ dataDir: dir, source: fileSource(MALFORMED, APRIL_COMMIT) })).rejects.toThrow(
      `${MALFORMED} field "rows[2].download_count": expected a whole number >= 0, got "87k"`,
    )
    expect(pypiCsv()).toBe(before)
  })

  it('says so when offline, and changes nothing', async () => {
    const before = pypiCsv()
    const offline = { latest: () => Promise.reject(new Offline('api.github.com: ENOTFOUND')) }
    const r = await refresh({ dataDir: dir, source: offline })
    expect(report(r)).toBe(
      'offline: could not reach GitHub (api.github.com: ENOTFOUND); data/pypi.csv unchanged, no slide changes.',
    )
    expect(pypiCsv()).toBe(before)
    await expect(githubSource(NOBODY, NOBODY).latest()).rejects.toThrow(Offline)
  })

  it('the command: offline exits 2 with the message; a malformed file exits 1', async () => {
    const run = promisify(execFile)
    const cmd = (args: string[]) =>
      run('npx', ['tsx', 'scripts/data-refresh.ts', '--data-dir', dir, ...args], {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, DATA_REFRESH_API: NOBODY, DATA_REFRESH_RAW: NOBODY },
      }).then(
        r => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      )
    const before = pypiCsv()
    const offline = await cmd([])
    expect(offline.code).toBe(2)
    expect(offline.out).toMatch(
      /^offline: could not reach GitHub \(127\.0\.0\.1:4549: ECONNREFUSED\); data\/pypi\.csv unchanged/,
    )
    const bad = await cmd(['--snapshot', MALFORMED, '--commit', APRIL_COMMIT])
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('field "rows[2].download_count"')
    expect(pypiCsv()).toBe(before)
  }, 60_000)
})

describe('parseSnapshot', () => {
  const april = readFileSync(APRIL, 'utf8')
  it('reads the three packages and the method', () => {
    expect(parseSnapshot(april, 'f')).toEqual({
      snapshot: '2026-04-01',
      method: 'clickhouse',
      torch: 87347847,
      tensorflow: 22653919,
      jax: 19165515,
    })
    // pypinfo's files carry no "source": BigQuery.
    expect(parseSnapshot(april.replace('"source":"ClickHouse",', ''), 'f').method).toBe('bigquery')
  })
  it('names what is wrong', () => {
    expect(() => parseSnapshot('{', 'f.json')).toThrow(/^f\.json: not valid JSON/)
    expect(() => parseSnapshot(april.replace('"project":"jax"', '"project":"jaxlib"'), 'f.json')).toThrow(
      'f.json field "rows": no row for the package "jax"',
    )
    expect(() => parseSnapshot(april.replace('2026-04-01 06:34:06', 'April'), 'f.json')).toThrow(
      'f.json field "last_update": expected a time as "YYYY-MM-DD HH:MM:SS", got "April"',
    )
    expect(() => parseSnapshot(april.replace('ClickHouse', 'DuckDB'), 'f.json')).toThrow('field "source"')
  })
})
