import type { Row } from '../data/schema'

type Snapshot = Row<'pypi'>

/** The three packages the PyPI series follows, each with the framework it installs, in legend order. */
export const PACKAGES = [
  { column: 'tensorflow', framework: 'TensorFlow' },
  { column: 'torch', framework: 'PyTorch' },
  { column: 'jax', framework: 'JAX' },
] as const
export type PackageColumn = (typeof PACKAGES)[number]['column']

export function bySnapshot(rows: readonly Snapshot[]): Snapshot[] {
  return [...rows].sort((a, b) => a.snapshot.localeCompare(b.snapshot))
}

/**
 * The first snapshot counted by a different method than the one before it (BigQuery → ClickHouse), or undefined.
 * The counts on either side of it are not comparable: every package jumps there at once.
 */
export function methodChange(rows: readonly Snapshot[]): Snapshot | undefined {
  const sorted = bySnapshot(rows)
  return sorted.find((r, i) => i > 0 && r.method !== sorted[i - 1].method)
}

/**
 * The snapshot from which `a` stays ahead of `b` in every later snapshot, when `b` led before it; undefined when `a`
 * is not ahead at the end or never trailed. A single month ahead followed by a fall back is not a crossing.
 */
export function lastCrossing(rows: readonly Snapshot[], a: PackageColumn, b: PackageColumn): Snapshot | undefined {
  const sorted = bySnapshot(rows)
  let i = sorted.length
  while (i > 0 && sorted[i - 1][a] > sorted[i - 1][b]) i--
  return i === sorted.length || i === 0 ? undefined : sorted[i]
}

export function latest(rows: readonly Snapshot[]): Snapshot {
  const last = bySnapshot(rows).at(-1)
  if (!last) throw new Error('data/pypi.csv has no snapshots')
  return last
}

/** How many times `a`'s downloads are `b`'s in one snapshot. */
export function ratio(row: Snapshot, a: PackageColumn, b: PackageColumn): number {
  return row[a] / row[b]
}
