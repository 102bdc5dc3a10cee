// What the deck adds to every builder's option before ECharts sees it, shared by the live chart
// (BaseChart.vue) and the SVG renderer (chart-svg.ts) so that the two cannot drift apart. Colours and the
// styles every chart shares are not here but in the ECharts theme both draw with (theme.ts).
// No ECharts runtime here: BaseChart imports this on every slide, and ECharts must stay out of slide 1's chunk.
import type { EChartsOption } from 'echarts'
import { chartFont } from '../palette'

export interface OptionExtras {
  /**
   * A label for ECharts to put on its own element (role img). Left out where the element around the chart carries
   * the chart's name and description itself (the slide's BaseChart, the reading view's box), so there is one.
   */
  label?: string
  /** Series switched off in the legend. */
  hidden?: Iterable<string>
  animate?: boolean
  /** Font stack for chart text; the deck's own fonts unless a standalone image needs fallbacks. */
  fontFamily?: string
}

/**
 * The series a reader can switch off, read from the series: in a chart with a legend, each named series of its
 * main plot, once, in the series' order. A strip of annotations on a grid of its own (the later chart's events)
 * is not one, and a chart without a legend (one series) has none.
 */
export function seriesNamesOf(option: EChartsOption): string[] {
  if (!option.legend) return []
  const series = [option.series ?? []].flat() as { name?: unknown; xAxisIndex?: number }[]
  const names = series.filter(s => typeof s.name === 'string' && !s.xAxisIndex).map(s => String(s.name))
  return [...new Set(names)]
}

export function deckOption(option: EChartsOption, extras: OptionExtras): EChartsOption {
  const hidden = new Set(extras.hidden ?? [])
  const animate = extras.animate ?? false
  return {
    ...option,
    legend: option.legend && {
      ...(option.legend as object),
      selected: Object.fromEntries(seriesNamesOf(option).map(n => [n, !hidden.has(n)])),
    },
    textStyle: { fontFamily: extras.fontFamily ?? chartFont },
    animation: animate,
    animationDuration: 500,
    animationDurationUpdate: 300,
    aria:
      extras.label === undefined
        ? { enabled: true, label: { enabled: false } }
        : { enabled: true, label: { description: extras.label } },
  }
}
