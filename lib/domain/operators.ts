// TensorFlow's "All symbols" listing: which version the post means, and how much of it is aliases.
import type { Row } from '../data/schema'

/** TF 1.14 was the current release in mid-2019, when the post was written (TF 1.15 and 2.0 came after). */
export const POST_TF_VERSION = '1.14'

export function aliasesOf(r: Row<'operators'>): number {
  return r.compat_v1_symbols + r.compat_v2_symbols
}

export function symbolsFor(rows: Row<'operators'>[], version: string): Row<'operators'> {
  const row = rows.find(r => r.tf_version === version)
  if (!row) throw new Error(`data/operators.csv has no row for TF ${version}`)
  return row
}
