// Chart state in the slide URL's query string, so a link can point at one conference or a chart with series
// switched off:  ?conf=CVPR  (the trend chart's conference)  and  ?hide.<chart>=PyTorch,TensorFlow  (series
// switched off in one chart, keyed by the chart's short key so two charts on one slide cannot collide).
// Pure functions: the composable (composables/useChartState.ts) and the router guard (setup/main.ts) use them.

export type Query = Record<string, string | null | undefined | (string | null)[]>

export const CONF_PARAM = 'conf'
const HIDE_PREFIX = 'hide.'

export const hideParam = (chart: string) => `${HIDE_PREFIX}${chart}`

/** Query parameters this module owns (Slidev's own, like `clicks`, are left alone). */
export function isChartParam(name: string): boolean {
  return name === CONF_PARAM || name.startsWith(HIDE_PREFIX)
}

function first(v: Query[string]): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  return s ?? undefined
}

/** The conference in the URL if it is one of `options`, else 'all' (a bad value falls back quietly). */
export function confFromQuery(query: Query, options: readonly string[]): string {
  const v = first(query[CONF_PARAM])
  return v !== undefined && options.includes(v) ? v : 'all'
}

/** Series hidden in one chart, as written in the URL; unknown names are dropped by `known` if given. */
export function hiddenFromQuery(query: Query, chart: string, known?: readonly string[]): string[] {
  const v = first(query[hideParam(chart)])
  if (!v) return []
  const names = [
    ...new Set(
      v
        .split(',')
        .map(s => s.trim())
        .filter(Boolean),
    ),
  ]
  return known ? names.filter(n => known.includes(n)) : names
}

/** A new query with the conference set ('all' removes the parameter); other parameters kept. */
export function withConf(query: Query, conf: string): Query {
  return { ...query, [CONF_PARAM]: conf === 'all' ? undefined : conf }
}

/** A new query with one chart's hidden series set (none removes the parameter); other parameters kept. */
export function withHidden(query: Query, chart: string, hidden: readonly string[]): Query {
  for (const name of hidden) {
    if (name.includes(','))
      throw new Error(
        `series name "${name}" contains a comma, which the ${hideParam(chart)} parameter uses to separate names`,
      )
  }
  return { ...query, [hideParam(chart)]: hidden.length ? hidden.join(',') : undefined }
}

/** The query without any chart state: what a slide change leaves, so one slide's state stays on its slide. */
export function withoutChartState(query: Query): Query {
  return Object.fromEntries(Object.entries(query).filter(([k]) => !isChartParam(k)))
}

export function hasChartState(query: Query): boolean {
  return Object.keys(query).some(k => isChartParam(k) && query[k] != null)
}

/**
 * What the audience changed in one chart, and where the talk is: the one chart state of the deck. The slide keeps
 * `conference` and `hidden` in its URL (above), builders draw `conference` and `step`, the frame leaves `hidden`
 * out of the drawing, the table, the CSV and the images, and file names name `conference` and `hidden`.
 */
export interface ChartState {
  /** The conference picked; 'all' when none is, and in a chart without a picker. */
  conference: string
  /** Series switched off, by series name. */
  hidden: readonly string[]
  /** The click step of a chart revealed click by click; undefined draws every step (print, the reading view). */
  step?: number
}

/** Every conference, every series, every step: what print and the reading view draw. */
export const FULL_CHART: ChartState = { conference: 'all', hidden: [] }
