// The notes data/ keeps in English beside a source or a model, in the edition's language: the Sources slide and
// the appendix (their Vue components and the reading view) show them through here.
import type { Locale } from './locale'
import { zhModelNotes, zhSourceNotes } from './i18n/zh'

const TABLES = {
  source: { zh: zhSourceNotes, file: 'data/sources.csv' },
  model: { zh: zhModelNotes, file: 'data/models.csv' },
} as const

/** A note as the edition shows it; a Chinese edition without its translation stops, naming the row. */
export function noteIn(locale: Locale, kind: keyof typeof TABLES, key: string, note: string | undefined) {
  if (note === undefined || locale === 'en') return note
  const table = TABLES[kind]
  const text = table.zh[kind === 'source' ? key : note]
  if (text === undefined) throw new Error(`${table.file} ${key}: its note has no translation in lib/i18n/zh.ts`)
  return text
}
