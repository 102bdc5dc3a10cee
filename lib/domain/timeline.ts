// Dates of events, as precise as their source: a day, or only a month. (Printing them: lib/format.ts.)

/** The first and last day of an event's month, for events known only to the month. */
export function monthSpan(date: string): [string, string] {
  const [y, m] = date.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return [`${date.slice(0, 7)}-01`, `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`]
}
