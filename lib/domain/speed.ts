import type { Row } from '../data/schema'
import { BENCH_FRAMEWORKS } from '../data/fields'

type Cell = Row<'speed'>
export type BenchFramework = Cell['framework']

export { BENCH_FRAMEWORKS }

/** Models in the order of the paper's table. */
export function modelsIn(rows: Cell[]): string[] {
  return [...new Set(rows.map(r => r.model))]
}

export function cellOf(rows: Cell[], model: string, fw: BenchFramework): Cell {
  const cell = rows.find(r => r.model === model && r.framework === fw)
  if (!cell) throw new Error(`data/speed.csv has no row for ${fw} on ${model}`)
  return cell
}

/** The fastest measured framework for a model; N/A cells never win. */
export function fastestOf(rows: Cell[], model: string): Cell {
  const measured = rows.filter(r => r.model === model && r.throughput !== undefined)
  if (measured.length === 0) throw new Error(`data/speed.csv has no measured throughput for ${model}`)
  return measured.reduce((a, b) => (b.throughput! > a.throughput! ? b : a))
}

/** Throughput as a percent of the fastest framework on the same model; undefined where the paper has N/A. */
export function relativeSpeed(rows: Cell[], model: string, fw: BenchFramework): number | undefined {
  const t = cellOf(rows, model, fw).throughput
  return t === undefined ? undefined : (100 * t) / fastestOf(rows, model).throughput!
}

/** How many times faster `a` is than `b` on a model. */
export function speedRatio(rows: Cell[], model: string, a: BenchFramework, b: BenchFramework): number {
  const [x, y] = [cellOf(rows, model, a).throughput, cellOf(rows, model, b).throughput]
  if (x === undefined || y === undefined)
    throw new Error(`data/speed.csv: no ratio of ${a} to ${b} on ${model}, one of them is N/A`)
  return x / y
}

/** The spread as printed in the paper: "± 316" or "± 4.8%". */
export function spreadText(cell: Cell, format: (n: number) => string): string {
  if (cell.plus_minus === undefined) return ''
  return `± ${format(cell.plus_minus)}${cell.plus_minus_type === 'pct' ? '%' : ''}`
}

/** Models on which only these frameworks were measured: a win there is a win over them alone. */
export function modelsMeasuredOnly(rows: Cell[], frameworks: BenchFramework[]): string[] {
  return modelsIn(rows).filter(m => {
    const measured = rows.filter(r => r.model === m && r.status === 'ok').map(r => r.framework)
    return measured.length === frameworks.length && frameworks.every(f => measured.includes(f))
  })
}
