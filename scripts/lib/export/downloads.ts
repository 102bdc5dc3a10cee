// Which PDFs a build offers, in `<out>/downloads.json`, written by scripts/build.ts before the reading view is
// generated and before printing (the handout is printed from the reading view, so the links are decided first;
// a failed print fails the build, so nothing links a PDF that is not there). Paths are relative to each
// edition's base: { "en": { "deck": "deck.pdf", "handout": "handout.pdf" }, "zh": { … } }; an edition or a
// kind that is absent has no PDF (no Chromium on the build machine, or `--no-pdf`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export type Locale = 'en' | 'zh'
export interface EditionDownloads {
  deck?: string
  handout?: string
}
export type Downloads = Partial<Record<Locale, EditionDownloads>>

export const DOWNLOADS_FILE = 'downloads.json'

/** The PDFs of the build in `out` (the folder holding the English edition and zh/), {} when it has none. */
export function readDownloads(out: string): Downloads {
  const file = join(out, DOWNLOADS_FILE)
  if (!existsSync(file)) return {}
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown
  if (typeof parsed !== 'object' || parsed === null)
    throw new Error(`${file}: expected an object like {"en":{"deck":"deck.pdf"}}`)
  return parsed as Downloads
}

export function writeDownloads(out: string, downloads: Downloads) {
  writeFileSync(join(out, DOWNLOADS_FILE), `${JSON.stringify(downloads, null, 2)}\n`)
}
