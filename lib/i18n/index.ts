// Every string a chart, its frame or the reading view shows, in the edition's language. The messages live one
// language to a file, lib/i18n/en.ts and lib/i18n/zh.ts; the Chinese file is typed by the English keys, so a key
// missing from it, or one English does not have, fails vue-tsc, and so does a misspelled key at any call.
// Keys built from a value rather than written out (`confidence.${row.confidence}`) are declared in
// lib/i18n/keys.ts, which says where their values come from.
import type { Locale } from '../locale'
import type { MessageKey, Messages } from './en'
import * as format from '../format'
import { en } from './en'
import { zh } from './zh'

export type { MessageKey } from './en'
// The formats (lib/format.ts) come through here too: one import for all that depends on the language. Bound here
// rather than re-exported, so the build keeps them in the messages' chunk: a chunk of their own would add its
// name to the entry's preload map, and slide 1 would load 30 bytes more.
export const { formatEventDate, formatList, formatMonth, formatNames, formatNumber, formatTimes, listSeparator } =
  format
export type { Locale } from '../locale'
export { isLocale } from '../locale'

export const messages: Readonly<Record<Locale, Messages>> = { en, zh }

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key)
}

export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const table = messages[locale]
  // A key the type checker never saw (built at run time, or from plain JavaScript) is named, not an undefined crash.
  if (!Object.hasOwn(table, key)) throw new Error(`no message "${key}" in lib/i18n/${locale}.ts`)
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`message ${key} (${locale}) needs a value for {${name}}`)
    return String(vars[name])
  })
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export function translator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars)
}

/** Message families whose last part is a free-text data cell (an event id, a task): see lib/i18n/keys.ts. */
export type DataKeyPrefix = 'timeline.ev.' | 'models.task.' | 'operators.unit.' | 'later.ev.'

/**
 * The key of a label that comes from a data cell. The type checker cannot see data, so the key is checked here:
 * a cell with no message stops the chart with an error naming the row, instead of showing the English cell in
 * every edition. tests/unit/i18n.test.ts checks every row of data/ in both languages before it gets this far.
 */
export function dataKey(prefix: DataKeyPrefix, cell: string, row: string): MessageKey {
  const key = `${prefix}${cell}`
  if (!isMessageKey(key)) throw new Error(`${row}: no message "${key}" in lib/i18n/en.ts and zh.ts`)
  return key
}
