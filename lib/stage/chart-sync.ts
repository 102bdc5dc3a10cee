// What travels from the presenter to the audience besides Slidev's slide and click: the chart state of the slide
// the presenter is on, as the URL spells it (lib/chart-state.ts). Pure functions; composables/useChartSync.ts
// sends and applies them through Slidev's sync.
import type { Query } from '../chart-state'
import { isChartParam, withoutChartState } from '../chart-state'

export interface ChartSync {
  /** The slide the state belongs to: a window on another slide leaves it alone. */
  page: number
  /** The chart parameters of that slide's URL (`conf`, `hide.<chart>`), nothing else. */
  params: Record<string, string>
  /** The window that set it, so a window never re-applies its own state. */
  by: string
}

export const NO_CHART_SYNC: ChartSync = { page: 0, params: {}, by: '' }

/** The chart parameters of a query, keys sorted, so two spellings of one state compare equal. */
export function chartParamsOf(query: Query): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(query).filter(isChartParam).sort()) {
    const v = query[key]
    const s = Array.isArray(v) ? v[0] : v
    if (typeof s === 'string' && s !== '') out[key] = s
  }
  return out
}

export function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every(k => a[k] === b[k])
}

/** `query` with its chart parameters replaced by `params`; Slidev's own (clicks, password…) kept. */
export function withChartParams(query: Query, params: Record<string, string>): Query {
  return { ...withoutChartState(query), ...params }
}

/**
 * The query an audience window should move to on receiving `sync`, or undefined when it should stay: the state
 * is for another slide, came from this window, or is what the window shows already.
 */
export function queryToApply(sync: ChartSync, page: number, query: Query, self: string): Query | undefined {
  if (sync.by === self || sync.page !== page) return undefined
  if (sameParams(chartParamsOf(query), sync.params)) return undefined
  return withChartParams(query, sync.params)
}
