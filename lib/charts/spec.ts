// What the deck knows about one chart besides its option builder, held beside the builder (`export const spec`
// in lib/charts/<name>.ts) and read by everything that draws it: the slide (components/Chart.vue), the reading
// view (lib/read/), the downloads (file names) and the unit tests. So a chart's name and its builder inputs live
// in one place.
import type { DatasetName, DeckData } from '../data/schema'
import type { EChartsOption } from 'echarts'
import type { ChartState } from '../chart-state'
import type { ChartEnv, ChartModel } from './common'

/** A chart tag's attributes on a slide: `:from="2017"` is a number, a bare `steps` is true. */
export type ChartProps = Readonly<Record<string, string | number | boolean>>

export interface ChartSpec<N extends string = string, D extends DatasetName = DatasetName> {
  /** The chart's one name: data file, dataset, builder file, message prefix, `?hide.<name>=`, test file. */
  name: N
  /** The datasets the builder reads; `model` and `picker` see only these. */
  datasets: readonly D[]
  /** Its download file name, before state and language; the chart's name when absent. */
  file?: (props: ChartProps) => string
  /** Builds the option; of the state it draws the conference and the click step (the frame leaves out the rest). */
  model: (
    props: ChartProps,
    data: Pick<DeckData, D>,
    env: ChartEnv,
    state: Pick<ChartState, 'conference' | 'step'>,
  ) => ChartModel
  /** Choices of the conference picker, for a chart that offers one. */
  picker?: (props: ChartProps, data: Pick<DeckData, D>) => string[]
  /** Height in the reading view, by the width it is drawn at. */
  height: (width: number) => number
  /**
   * The option re-laid out for a phone, below NARROW px (the reading view): what the chart's own shape needs
   * beyond `narrowLayout` (lib/charts/narrow.ts), which a chart without `narrow` gets.
   */
  narrow?: (option: EChartsOption, width: number) => EChartsOption
}

/** Keeps the literal name and datasets of a spec, so the registry can check them. */
export function defineChart<const N extends string, const D extends DatasetName>(spec: ChartSpec<N, D>) {
  return spec
}

/** A number attribute (`:from="2017"`), or `fallback` when the tag leaves it out. */
export function numberProp(props: ChartProps, key: string, fallback: number): number {
  const v = props[key]
  if (v === undefined) return fallback
  const n = Number(v)
  if (!Number.isFinite(n)) throw new Error(`chart attribute ${key}="${String(v)}" is not a number`)
  return n
}

/** A flag attribute: present (bare, as Vue passes `''`, or true) means on. */
export function flagProp(props: ChartProps, key: string): boolean {
  const v = props[key]
  return v === true || v === '' || v === 'true'
}

/** Below this width a chart is re-laid out for a phone (lib/read/charts.ts) and drawn taller (`tall`). */
export const NARROW = 560

/** Narrow screens get taller charts: the legend wraps and the labels need room, instead of shrinking text. */
export const tall = (wide: number, narrow: number) => (width: number) => (width < NARROW ? narrow : wide)

const slug = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^-+|-+$/g, '')

/**
 * The one name of a chart's files (CSV, SVG, PNG), e.g. trend-2017-2019_CVPR_no-PyTorch_en.png: the chart (its
 * spec's `file` for these attributes, else its name), what the audience changed, and the language.
 */
export function chartFileName(
  spec: Pick<ChartSpec, 'name' | 'file'>,
  props: ChartProps,
  state: Pick<ChartState, 'conference' | 'hidden'>,
  locale: string,
  ext: string,
): string {
  const parts = [slug(spec.file?.(props) ?? spec.name)]
  if (state.conference !== 'all') parts.push(slug(state.conference))
  if (state.hidden.length) parts.push(`no-${state.hidden.map(slug).join('-')}`)
  parts.push(locale)
  return `${parts.join('_')}.${ext}`
}
