import type { EChartsOption } from 'echarts'
import type { Locale, Translate } from '../i18n'
import type { Palette } from '../palette'
import type { ChartTable } from '../table'

/** What every option builder receives besides its data. */
export interface ChartEnv {
  locale: Locale
  t: Translate
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

export function axisStyle(p: Palette) {
  return {
    axisLine: { lineStyle: { color: p.muted } },
    axisTick: { lineStyle: { color: p.muted } },
    axisLabel: { color: p.text, fontSize: 13 },
    splitLine: { lineStyle: { color: p.grid } },
    nameTextStyle: { color: p.muted, fontSize: 13 },
  }
}

export function tooltipStyle(p: Palette) {
  return {
    backgroundColor: p.tooltipBg,
    borderColor: p.grid,
    textStyle: { color: p.text },
  }
}

export function legendStyle(p: Palette) {
  return { textStyle: { color: p.text, fontSize: 13 }, inactiveColor: p.grid }
}
