// The deck's two ECharts themes, made from the palettes: what every chart shares (axes, legend, tooltip, the
// colour list, text colours), so option builders keep only what is their chart's own. Registered once, by
// register.ts, under themeName(); the live chart (vue-echarts' `theme`), the SVG renderer (chart-svg.ts) and the
// reading view's live chart (read/live.ts) all draw with them. No ECharts runtime here: BaseChart imports
// themeName on every chart slide, before ECharts' own chunk has loaded.
import type {
  BarSeriesOption,
  LegendComponentOption,
  LineSeriesOption,
  ScatterSeriesOption,
  TooltipComponentOption,
  XAXisComponentOption,
} from 'echarts'
import type { Palette, Theme } from '../palette'
import { palettes } from '../palette'

export const THEMES = ['light', 'dark'] as const satisfies readonly Theme[]

/** The name a theme is registered under (not ECharts' own "dark", which has other colours). */
export const themeName = (theme: Theme) => `deck-${theme}` as const

type AxisTheme = Pick<XAXisComponentOption, 'axisLine' | 'axisTick' | 'axisLabel' | 'splitLine' | 'nameTextStyle'>

export interface ChartTheme {
  /** Tells ECharts the background is dark, so that labels it colours itself stay readable. */
  darkMode: boolean
  backgroundColor: string
  /** Series colours when a series names none (every series of the deck names its own). */
  color: string[]
  categoryAxis: AxisTheme
  valueAxis: AxisTheme
  timeAxis: AxisTheme
  legend: LegendComponentOption
  tooltip: TooltipComponentOption
  line: Pick<LineSeriesOption, 'label'>
  bar: Pick<BarSeriesOption, 'label'>
  scatter: Pick<ScatterSeriesOption, 'label'>
}

export function chartTheme(theme: Theme): ChartTheme {
  const p: Palette = palettes[theme]
  const axis: AxisTheme = {
    axisLine: { lineStyle: { color: p.muted } },
    axisTick: { lineStyle: { color: p.muted } },
    axisLabel: { color: p.text, fontSize: 13 },
    splitLine: { lineStyle: { color: p.grid } },
    nameTextStyle: { color: p.muted, fontSize: 13 },
  }
  // Value labels on marks: the text colour, as the axis labels.
  const label = { color: p.text }
  return {
    darkMode: theme === 'dark',
    backgroundColor: 'transparent',
    color: [p.TensorFlow, p.PyTorch, p.highlight, p.muted],
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    legend: { textStyle: { color: p.text, fontSize: 13 }, inactiveColor: p.grid },
    // Confined to the chart's box: the frame's body scrolls, and would cut a tooltip that reaches past its top.
    tooltip: { backgroundColor: p.tooltipBg, borderColor: p.grid, textStyle: { color: p.text }, confine: true },
    line: { label },
    bar: { label },
    scatter: { label },
  }
}
