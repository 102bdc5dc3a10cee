import type { BarSeriesOption, EChartsOption, YAXisComponentOption } from 'echarts'
import type { Explore } from '../explore/model'
import type { Locale, Translate } from '../i18n'
import type { Palette } from '../palette'
import type { ChartTable } from '../table'

/** What every option builder receives besides its data. */
export interface ChartEnv {
  locale: Locale
  t: Translate
  /** Colours of the theme the chart is drawn in, for its series and marks; axes, legend, tooltip and label text
   * take theirs from the ECharts theme of the same name (lib/render/theme.ts). */
  palette: Palette
}

/** What every option builder returns: the option, the sentence the chart says, and its rows. */
export interface ChartModel {
  option: EChartsOption
  aria: string
  /** The chart's title, for images of it (the slide's heading says its finding). */
  title?: string
  table: ChartTable
  /** Source ids the chart draws on, for its source line. */
  sources: string[]
  /** The chart's points as a keyboard walks them and a long description reads them (lib/explore). */
  explore: Explore
}

// Option pieces that mean the same in several charts. How axes, legends, tooltips and labels look is the
// ECharts theme's (lib/render/theme.ts); these say what an axis counts or which bars are TensorFlow's.

/** A value axis of percentages, named by its chart: its ticks read "40%". */
export function percentAxis(name: string, range: { min?: number; max?: number } = {}) {
  return { type: 'value', name, ...range, axisLabel: { formatter: '{value}%' } } satisfies YAXisComponentOption
}

/**
 * Bars have no marker shape (marks in palette.ts), so TensorFlow's bars are striped as well as coloured: the
 * two frameworks differ without colour. Other frameworks' bars get no pattern.
 */
export function tensorflowStripes(framework: string): NonNullable<BarSeriesOption['itemStyle']> | undefined {
  if (framework !== 'TensorFlow') return undefined
  return { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], color: 'rgba(255,255,255,0.35)' } }
}
