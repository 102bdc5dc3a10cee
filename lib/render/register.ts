// The one list of ECharts modules the deck uses, and its two themes (theme.ts), registered once for every way
// a chart is drawn: the live chart (lib/echarts.ts, with vue-echarts), the server-side SVG renderer
// (chart-svg.ts, Node and browser) and the reading view's live chart (read/live.ts).
// A chart whose option (with any attributes a slide gives it, in either language) needs a module missing here
// fails tests/unit/charts/registry.test.ts, naming the module, not only the browser.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components'
import { registerTheme, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { chartTheme, THEMES, themeName } from './theme'

/** By the name the option uses: a series `type`, or a component's option key. */
export const echartsModules = {
  bar: BarChart,
  line: LineChart,
  scatter: ScatterChart,
  aria: AriaComponent,
  grid: GridComponent,
  legend: LegendComponent,
  markLine: MarkLineComponent,
  markPoint: MarkPointComponent,
  tooltip: TooltipComponent,
}

use([...Object.values(echartsModules), SVGRenderer])

for (const theme of THEMES) registerTheme(themeName(theme), chartTheme(theme))
