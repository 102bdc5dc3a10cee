import type { Row } from '../data/schema'
import { BENCH_FRAMEWORKS } from '../data/frameworks'

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

/** The spread of a cell in the row's own unit: a percent spread is converted with its throughput. */
export function absoluteSpread(cell: Cell): number {
  if (cell.throughput === undefined || cell.plus_minus === undefined) return 0
  return cell.plus_minus_type === 'pct' ? (cell.plus_minus * cell.throughput) / 100 : cell.plus_minus
}

export type Outcome = 'win' | 'tie' | 'loss'

/**
 * How `a` fared against `b` on one model. A lead no larger than the wider of the two spreads is a tie: the
 * measurements cannot tell the two apart (PyTorch 1547 ± 316 against TensorFlow 1422 ± 27 on AlexNet).
 * Undefined where either cell is N/A.
 */
export function outcomeOf(rows: Cell[], model: string, a: BenchFramework, b: BenchFramework): Outcome | undefined {
  const [x, y] = [cellOf(rows, model, a), cellOf(rows, model, b)]
  if (x.throughput === undefined || y.throughput === undefined) return undefined
  const lead = x.throughput - y.throughput
  if (Math.abs(lead) <= Math.max(absoluteSpread(x), absoluteSpread(y))) return 'tie'
  return lead > 0 ? 'win' : 'loss'
}

/** The models on which `a` won, tied with and lost to `b`, in the paper's order; N/A models are in none. */
export function headToHead(rows: Cell[], a: BenchFramework, b: BenchFramework): Record<Outcome, string[]> {
  const out: Record<Outcome, string[]> = { win: [], tie: [], loss: [] }
  for (const m of modelsIn(rows)) {
    const o = outcomeOf(rows, m, a, b)
    if (o) out[o].push(m)
  }
  return out
}
