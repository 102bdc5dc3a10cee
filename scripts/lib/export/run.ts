// Print several PDFs from one build: one server, one browser, one job after another.
import type { PrintJob } from './print'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { chromium } from 'playwright-chromium'
import { quietChromiumArgs } from '../chromium'
import { parseDeck } from '../deck'
import { printPdf } from './print'
import { serveBuild } from './serve'

/** Title, info, author, canvas size and slide count of a deck file, as Slidev reads them. */
export async function deckMeta(entry: string) {
  const data = await parseDeck(entry)
  const head = data.headmatter as Record<string, unknown>
  const width = Number(head.canvasWidth ?? 980)
  const aspect = head.aspectRatio ?? 16 / 9
  const ratio =
    typeof aspect === 'number'
      ? aspect
      : Number(String(aspect).split(/[:/x]/)[0]) / Number(String(aspect).split(/[:/x]/)[1])
  if (!Number.isFinite(ratio) || ratio <= 0)
    throw new Error(`export: ${entry}: aspectRatio "${String(aspect)}" is not a number or "16/9"`)
  return {
    title: data.slides[0]?.title ?? (head.title as string | undefined),
    subject: head.info as string | undefined,
    author: head.author as string | undefined,
    width,
    height: Math.round(width / ratio),
    slides: data.slides.length,
  }
}

/** Ports this project's exports may use: EXPORT_PORT and the next 9, else 4710–4719 (the export range). */
export function exportPorts(env: NodeJS.ProcessEnv = process.env): number[] {
  const first = Number(env.EXPORT_PORT ?? 4710)
  if (!Number.isInteger(first) || first < 0 || first > 65525)
    throw new Error(`export: EXPORT_PORT must be a port number, got "${env.EXPORT_PORT}"`)
  return first === 0 ? [0] : Array.from({ length: 10 }, (_, i) => first + i)
}

export type Job = Omit<PrintJob, 'origin'>

/**
 * Serves `dir`, a build made for base path `mount` (the Chinese edition in its zh/ folder), and prints every
 * job (each job's `base` is its edition's full base path); returns each PDF's page count and time.
 */
export async function printAll(dir: string, mount: string, executablePath: string, jobs: Job[], log = console.log) {
  const served = await serveBuild(dir, mount, exportPorts())
  const browser = await chromium.launch({ executablePath, args: quietChromiumArgs })
  const done: { output: string; pages: number; ms: number }[] = []
  try {
    for (const job of jobs) {
      const t0 = Date.now()
      mkdirSync(dirname(job.output), { recursive: true })
      const { pages } = await printPdf(browser, { ...job, origin: served.url })
      done.push({ output: job.output, pages, ms: Date.now() - t0 })
      log(`export: ${job.output} (${pages} pages) in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    }
  } finally {
    await browser.close()
    await served.close()
  }
  return done
}
