// Builds and PDFs that more than one test needs, or that take long: each is made once per `playwright test` run
// (E2E_RUN_ID, set in playwright.config.ts) and then reused by every worker and every spec that asks for it.
// The build the tests serve (.e2e/dist, both editions at BASE, with their PDFs) is the web server's
// (playwright.config.ts); this file lists the others. tests/e2e/global-setup.ts starts the ones the run's spec files
// need in the background, one after another, while the first tests run; a spec awaits `shared(name)` in its
// `beforeAll` and gets the finished result, waiting if it is still being made, making it if nobody started it
// (a spec run on its own). One process makes each: the others wait on a lock directory. See docs/testing.md.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '../..')
export const PORT = Number(process.env.E2E_PORT ?? 4319)
/** The build the web server serves, both editions at BASE: the one most specs test. */
export const SERVED = resolve(root, '.e2e/dist')
const STATE = resolve(root, '.e2e/shared')
/** Outside the project: a copy of the project inside it would be found by the project's own tools. */
const SCRATCH = join(tmpdir(), `deck-e2e-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`)

export interface Made {
  /** Where the result is: a build's folder, or a PDF. */
  path: string
  /** The command's exit status and output (a test of the build itself reads them). */
  status: number | null
  stdout: string
  stderr: string
  ms: number
}

interface Job {
  /** The spec files that use it: the global setup makes it in advance only when one of them runs. */
  usedBy: string[]
  path: string
  /** A non-zero exit is the result being tested, not a failure to make it. */
  mayFail?: boolean
  /** Prepares the inputs; returns the command (run with node, from `cwd`) and its environment. */
  command: () => { args: string[]; env?: Record<string, string>; cwd?: string }
}

/**
 * `scripts/build.ts` of the project at `from` (this one, or a copy of it: the script builds the project it is
 * in), run with node and tsx as scripts/export.ts runs it: no npx start-up per build.
 */
const buildIn = (from: string, ...args: string[]) => ['--import', 'tsx', resolve(from, 'scripts/build.ts'), ...args]
const build = (...args: string[]) => buildIn(root, ...args)

/**
 * A copy of the deck with a marker under the cover's title, for the offline spec's two deploys: the same
 * deck, told apart on screen and by its chunks' hashes.
 */
function deployCopy(marker: string): string {
  const copy = join(SCRATCH, `src-${marker}`)
  rmSync(copy, { recursive: true, force: true })
  cpSync(root, copy, {
    recursive: true,
    filter: src => !/\/(?:node_modules|\.e2e|dist|\.git|test-results|playwright-report|exports|\.export)$/.test(src),
  })
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
  const slides = readFileSync(join(copy, 'slides.md'), 'utf8')
  writeFileSync(
    join(copy, 'slides.md'),
    slides.replace(/^# .*$/m, title => `${title}\n\n<p data-deploy>${marker}</p>`),
  )
  return copy
}

export const DEPLOY_BASE = '/deck/'
/** A Chromium that is not there: the `root` build is made as on a host without one. */
export const NO_CHROMIUM = '/nonexistent/chromium'

/** One deploy of the English edition at DEPLOY_BASE, built in its own marked copy of the project. */
function deployJob(name: string): Job {
  const out = join(SCRATCH, `out-${name}`)
  return {
    usedBy: ['offline.spec.ts'],
    path: out,
    command: () => {
      const copy = deployCopy(name)
      return { cwd: copy, args: buildIn(copy, DEPLOY_BASE, '--out', out, '--only', 'en', '--no-pdf') }
    },
  }
}

/** `npm run export -- <flag>` of the served build, into .e2e/export/<file>. */
function servedExport(flag: string, file: string, usedBy: string[]): Job {
  const output = resolve(root, '.e2e/export', file)
  return {
    usedBy,
    path: output,
    command: () => ({
      args: ['--import', 'tsx', resolve(root, 'scripts/export.ts'), '--dist', SERVED, flag, '--output', output],
    }),
  }
}

export const JOBS = {
  /**
   * Both editions for "/" (as netlify.toml and vercel.json build), with absolute social URLs, and as those hosts
   * build without a Chromium unless one is installed (docs/hosting.md): no PDFs, no static slide 1.
   * hosting.spec.ts serves it by Netlify's and Vercel's rules; build-pdf.spec.ts checks what a build without a
   * Chromium says and links.
   */
  root: {
    usedBy: ['build-pdf.spec.ts', 'hosting.spec.ts'],
    path: resolve(root, '.e2e/root-dist'),
    command: () => ({
      args: build('/', '--out', resolve(root, '.e2e/root-dist')),
      env: { DECK_SITE_URL: `http://127.0.0.1:${PORT + 11}`, CHROMIUM_PATH: NO_CHROMIUM },
    }),
  },
  /** Two deploys of the English edition at DEPLOY_BASE, told apart by a marker on slide 1 (offline.spec.ts). */
  'deploy-one': deployJob('deploy-one'),
  'deploy-two': deployJob('deploy-two'),
  /** `npm run export:clicks` of the served build: a page per click, tagged like the others (pdf-tags.spec.ts). */
  'clicks-pdf': servedExport('--with-clicks', 'deck-clicks.pdf', ['pdf-tags.spec.ts']),
  /**
   * The dark PDF, by `npm run export -- --dark` of the served build. The light English PDF and the Chinese one
   * are the served build's own deck.pdf and zh/deck.pdf (printed by the same code when the build finds a
   * Chromium), so nothing prints them twice.
   */
  'dark-pdf': servedExport('--dark', 'deck-dark.pdf', ['export.spec.ts', 'pdf-tags.spec.ts']),
} satisfies Record<string, Job>

export type JobName = keyof typeof JOBS

const runId = () => {
  const id = process.env.E2E_RUN_ID
  if (!id) throw new Error('E2E_RUN_ID is unset: run the specs with `playwright test` (playwright.config.ts sets it)')
  return id
}
const stampOf = (name: JobName) => join(STATE, `${name}.json`)
const lockOf = (name: JobName) => join(STATE, `${name}.lock`)
const sleep = (ms: number) => new Promise(ok => setTimeout(ok, ms))

function finished(name: JobName): Made | undefined {
  try {
    const s = JSON.parse(readFileSync(stampOf(name), 'utf8')) as Made & { runId: string }
    return s.runId === runId() ? s : undefined
  } catch {
    return undefined
  }
}

/** A lock whose holder has exited (a worker torn down mid-build) is nobody's. */
function abandoned(lock: string): boolean {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'))
    process.kill(pid, 0)
    return false
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPERM') return false
    // No pid yet: only stale when the lock is old (its maker writes the pid right after making it).
    if (!existsSync(join(lock, 'pid'))) return existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10_000
    return true
  }
}

const children = new Set<ChildProcess>()
/** Ends what this process started (the global setup's teardown, when the run ends before a job does). */
export function stopAll() {
  for (const c of children) if (c.pid && c.exitCode === null) process.kill(-c.pid, 'SIGTERM')
}

async function make(name: JobName): Promise<Made> {
  const job: Job = JOBS[name]
  const started = Date.now()
  rmSync(job.path, { recursive: true, force: true })
  const { args, env, cwd } = job.command()
  const child = spawn(process.execPath, args, {
    cwd: cwd ?? root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopAll() ends the Chromium and Vite it starts too
  })
  children.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += String(d)))
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)))
  const status = await new Promise<number | null>(ok => child.on('close', code => ok(code)))
  children.delete(child)
  return { path: job.path, status, stdout, stderr, ms: Date.now() - started }
}

/**
 * The job's result for this run: made now, or waited for when another process is making it. Throws when it
 * failed, unless failing is what its test checks (`mayFail`).
 */
export async function shared(name: JobName): Promise<Made> {
  mkdirSync(STATE, { recursive: true })
  const lock = lockOf(name)
  for (;;) {
    const done = finished(name)
    if (done) return checked(name, done)
    try {
      mkdirSync(lock)
    } catch {
      if (abandoned(lock)) rmSync(lock, { recursive: true, force: true })
      else await sleep(250)
      continue
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid))
      const made = await make(name)
      writeFileSync(stampOf(name), `${JSON.stringify({ runId: runId(), ...made })}\n`)
      return checked(name, made)
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
}

function checked(name: JobName, made: Made): Made {
  const job: Job = JOBS[name]
  if (made.status !== 0 && !job.mayFail)
    throw new Error(
      `shared ${name} failed (exit ${made.status}):\n${made.stdout.slice(-3000)}\n${made.stderr.slice(-3000)}`,
    )
  return made
}
