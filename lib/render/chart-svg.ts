// PROVISIONAL stand-in for the `charts` branch's renderer (same exported signature), so the reading view can be
// built before that branch lands. Take the `charts` version when merging.
import type { ChartModel } from '../charts/common'
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { chartFont } from '../palette'

use([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent, TooltipComponent, SVGRenderer])

export function chartSvg(model: ChartModel, opts: { width: number, height: number, theme: 'light' | 'dark' }): string {
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: opts.width, height: opts.height })
  try {
    chart.setOption({ ...model.option, animation: false, backgroundColor: 'transparent', textStyle: { fontFamily: chartFont } })
    return chart.renderToSVGString()
  }
  finally {
    chart.dispose()
  }
}
