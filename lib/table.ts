import type { Row } from './data/schema'
import { stringify } from 'csv-stringify/browser/esm/sync'

export type Cell = string | number
/** What a chart shows, as rows: the table view, the CSV download and the tests all read this. */
export interface ChartTable {
  columns: string[]
  rows: Cell[][]
  /** Source id of each row, parallel to `rows`. */
  sources: string[][]
  /** The legend series a row belongs to, parallel to `rows` (undefined: none), so hiding a series drops its rows. */
  rowSeries?: (string | undefined)[]
  /** The legend series a column belongs to, parallel to `columns`, so hiding a series drops its columns. */
  columnSeries?: (string | undefined)[]
}

/** The table as the chart shows it with `hidden` series switched off: what the CSV download holds. */
export function visibleTable(table: ChartTable, hidden: readonly string[]): ChartTable {
  if (!hidden.length) return table
  const off = (s: string | undefined) => s !== undefined && hidden.includes(s)
  const keepCol = table.columns.map((_, j) => !off(table.columnSeries?.[j]))
  const keepRow = table.rows.map((_, i) => !off(table.rowSeries?.[i]))
  const cols = <T>(xs: T[]) => xs.filter((_, j) => keepCol[j])
  const rows = <T>(xs: T[]) => xs.filter((_, i) => keepRow[i])
  return {
    columns: cols(table.columns),
    rows: rows(table.rows).map(cols),
    sources: rows(table.sources),
    rowSeries: table.rowSeries && rows(table.rowSeries),
    columnSeries: table.columnSeries && cols(table.columnSeries),
  }
}

type Source = Row<'sources'>

export function cite(s: Source): string {
  return [s.publisher, `"${s.title}"`, s.date, s.url].filter(Boolean).join(', ')
}

/** CSV of the table with, on every row, the full citation of the sources behind it. */
export function tableToCsv(table: ChartTable, sources: Source[], sourceHeader = 'Source'): string {
  const byId = new Map(sources.map(s => [s.id, s]))
  const rows = table.rows.map((row, i) => [
    ...row,
    table.sources[i]
      .map(id => {
        const s = byId.get(id)
        if (!s) throw new Error(`table row ${i + 1} cites unknown source id "${id}"`)
        return cite(s)
      })
      .join(' | '),
  ])
  return stringify([[...table.columns, sourceHeader], ...rows])
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
