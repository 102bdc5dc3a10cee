// The one list of ECharts modules the deck uses, registered once for every way a chart is drawn: the live
// chart (lib/echarts.ts, with vue-echarts) and the server-side SVG renderer (chart-svg.ts, Node and browser).
// A builder that needs a module missing here fails the SVG unit tests, not only the browser.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, MarkPointComponent, TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([
  BarChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
  SVGRenderer,
])
