import type { Row } from '../data/schema'
import { FRAMEWORKS } from '../data/frameworks'

type Paper = Row<'trend'>
export { FRAMEWORKS }
export type Framework = (typeof FRAMEWORKS)[number]

export interface ShareRow {
  year: number
  pytorch: number
  tensorflow: number
  total: number
  conferences: string[]
  /** The conferences of this row counted from their submissions rather than their accepted papers. */
  submissions: string[]
}

export const yearOf = (r: Paper) => Number(r.month.slice(0, 4))

export function conferencesIn(rows: Paper[]): string[] {
  return [...new Set(rows.map(r => r.conference))].sort()
}

/** Counts per year for one conference, or pooled over every conference held that year ('all'). */
export function countsByYear(rows: Paper[], conference: string | 'all', from = -Infinity, to = Infinity): ShareRow[] {
  const byYear = new Map<number, ShareRow>()
  for (const r of rows) {
    const year = yearOf(r)
    if (year < from || year > to || (conference !== 'all' && r.conference !== conference)) continue
    const acc = byYear.get(year) ?? { year, pytorch: 0, tensorflow: 0, total: 0, conferences: [], submissions: [] }
    acc.pytorch += r.pytorch_only
    acc.tensorflow += r.tensorflow_only
    acc.total += r.total
    acc.conferences.push(r.conference)
    if (r.population === 'submissions') acc.submissions.push(r.conference)
    byYear.set(year, acc)
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

export type Population = 'accepted' | 'submissions' | 'mixed'

/**
 * What a year's counts are of. ICLR 2021 and 2022 were scraped from the submissions under review, the rest from
 * accepted papers; a pooled year holding both kinds of row mixes two populations and is not comparable with the
 * years before it.
 */
export function populationOf(row: Pick<ShareRow, 'conferences' | 'submissions'>): Population {
  if (row.submissions.length === 0) return 'accepted'
  return row.submissions.length === row.conferences.length ? 'submissions' : 'mixed'
}

/** Percent of all papers that mention only this framework. */
export function shareOfAll(row: ShareRow, fw: Framework): number {
  return row.total === 0 ? 0 : (100 * (fw === 'PyTorch' ? row.pytorch : row.tensorflow)) / row.total
}

/** He's headline metric: PyTorch's percent of the papers that mention exactly one of the two. */
export function pytorchShareOfEither(row: Pick<ShareRow, 'pytorch' | 'tensorflow'>): number | undefined {
  const either = row.pytorch + row.tensorflow
  return either === 0 ? undefined : (100 * row.pytorch) / either
}

/** First year in which PyTorch's share of all papers passes TensorFlow's, if it does. */
export function crossoverYear(series: ShareRow[]): number | undefined {
  return series.find(r => r.pytorch > r.tensorflow)?.year
}

export interface Growth {
  from: number
  to: number
  conferences: string[]
  pytorch: { before: number; after: number; percent: number }
  tensorflow: { before: number; after: number; percent: number }
}

const pct = (before: number, after: number) => (before === 0 ? Number.NaN : (100 * (after - before)) / before)

/**
 * Year-over-year growth of papers mentioning each framework, over the conferences held in both years only,
 * so that a conference appearing in one year (ECCV, ICCV alternate) does not count as growth.
 */
export function yoyGrowth(rows: Paper[], from: number, to: number): Growth {
  const held = (y: number) => new Set(rows.filter(r => yearOf(r) === y).map(r => r.conference))
  const inFrom = held(from)
  const both = [...held(to)].filter(c => inFrom.has(c)).sort()
  if (both.length === 0) throw new Error(`no conference has data for both ${from} and ${to}`)
  const sum = (y: number, key: 'pytorch_only' | 'tensorflow_only') =>
    rows.filter(r => yearOf(r) === y && both.includes(r.conference)).reduce((s, r) => s + r[key], 0)
  const make = (key: 'pytorch_only' | 'tensorflow_only') => {
    const before = sum(from, key)
    const after = sum(to, key)
    return { before, after, percent: pct(before, after) }
  }
  return { from, to, conferences: both, pytorch: make('pytorch_only'), tensorflow: make('tensorflow_only') }
}

/** O'Reilly's arXiv growth for one framework (data/growth.csv), 2018H1 → 2019H1. */
export function arxivGrowth(arxiv: Row<'growth'>[], fw: Framework): Row<'growth'> {
  const row = arxiv.find(r => r.framework === fw && r.measure === 'yoy_growth')
  if (!row || row.value === undefined) throw new Error(`data/growth.csv has no yoy_growth value for ${fw}`)
  return row
}
