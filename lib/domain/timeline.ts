// Dates of events, as precise as their source: a day, or only a month.
import type { Locale } from '../locale'

/** The first and last day of an event's month, for events known only to the month. */
export function monthSpan(date: string): [string, string] {
  const [y, m] = date.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return [`${date.slice(0, 7)}-01`, `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`]
}

/** A date printed to the given precision: day, or month only. */
export function formatEventDate(e: { date: string; precision: 'day' | 'month' }, locale: Locale): string {
  const date = new Date(`${e.date.length === 7 ? `${e.date}-01` : e.date}T00:00:00Z`)
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: e.precision === 'day' ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(date)
}
