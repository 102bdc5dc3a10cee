import type { EChartsOption } from 'echarts'
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
}
