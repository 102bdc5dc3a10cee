// How each edition writes numbers, percents, ratios, lists and dates. Every figure a chart, a slide or the reading
// view prints goes through here, so one number cannot come out in two formats; messages (lib/i18n/index.ts) hold words.
import type { Locale } from './locale'

// Numbers in en-US (8,363), dates in en-GB (31 Oct 2018): the day before the month, as the talk writes them.
const NUMBER_TAG: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' }
const DATE_TAG: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' }

// Building an Intl formatter costs far more than using one, and a chart formats hundreds of ticks and labels while
// its slide mounts (a tenth of a second of a phone's start-up went here), so each kind is built once.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()
function once<T>(made: Map<string, T>, key: string, make: () => T): T {
  let f = made.get(key)
  if (f === undefined) made.set(key, (f = make()))
  return f
}

/**
 * Numbers in the locale's own format; `signed` adds + to growth figures, `percent` a % sign. A negative number
 * takes the minus sign (−5%), not Intl's hyphen-minus.
 */
export function formatNumber(
  locale: Locale,
  n: number,
  opts: { digits?: number; percent?: boolean; signed?: boolean } = {},
): string {
  const digits = opts.digits ?? 0
  const signed = !!opts.signed
  const s = once(
    numberFormats,
    `${locale} ${digits} ${signed}`,
    () =>
      new Intl.NumberFormat(NUMBER_TAG[locale], {
        maximumFractionDigits: digits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      }),
  )
    .format(n)
    .replace('-', '\u2212')
  return opts.percent ? `${s}%` : s
}

/** A ratio: "1.8×" in English, "1.8 倍" in Chinese. */
export function formatTimes(locale: Locale, v: number): string {
  const n = formatNumber(locale, v, { digits: 1 })
  return locale === 'zh' ? `${n} 倍` : `${n}×`
}

// Chinese text puts a space between a Han character and a Latin letter or digit ("GNMTv2 和 NCF"); Intl's
// zh-CN list format does not.
const LATIN_END = /[A-Za-z0-9%)]$/
const LATIN_START = /^[A-Za-z0-9(]/

/** "a, b, and c" / "a、b 和 c" (a space beside 和 only where it meets a Latin word or a number). */
export function formatList(locale: Locale, items: string[]): string {
  if (locale === 'en' || items.length < 2) return new Intl.ListFormat(NUMBER_TAG[locale]).format(items)
  const head = items.slice(0, -1).join('、')
  const last = items[items.length - 1]
  return `${head}${LATIN_END.test(head) ? ' ' : ''}和${LATIN_START.test(last) ? ' ' : ''}${last}`
}

/** Names in a table cell or a tooltip, without "and": "ACL, CVPR" / "ACL、CVPR". */
export function formatNames(locale: Locale, items: string[]): string {
  return items.join(locale === 'zh' ? '、' : ', ')
}

/** What separates the parts of a citation: a full-width comma in Chinese. */
export function listSeparator(locale: Locale): string {
  return locale === 'zh' ? '，' : ', '
}

/** A date (YYYY-MM-DD, or YYYY-MM) printed to its precision: "31 Oct 2018" for a day, "Oct 2018" for a month. */
export function formatEventDate(e: { date: string; precision: 'day' | 'month' }, locale: Locale): string {
  const date = new Date(`${e.date.length === 7 ? `${e.date}-01` : e.date}T00:00:00Z`)
  const day = e.precision === 'day'
  return once(
    dateFormats,
    `${locale} ${day}`,
    () =>
      new Intl.DateTimeFormat(DATE_TAG[locale], {
        year: 'numeric',
        month: 'short',
        day: day ? 'numeric' : undefined,
        timeZone: 'UTC',
      }),
  ).format(date)
}

/** A month (YYYY-MM): "Oct 2018" / "2018年10月". */
export function formatMonth(locale: Locale, month: string): string {
  return formatEventDate({ date: month, precision: 'month' }, locale)
}
