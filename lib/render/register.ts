// The one list of ECharts modules the deck uses, and its two themes (theme.ts), registered once for every way
// a chart is drawn: the live chart (lib/echarts.ts, with vue-echarts), the server-side SVG renderer
// (chart-svg.ts, Node and browser) and the reading view's live chart (read/live.ts).
// Each chart's spec names the modules it uses (`uses`, typed by the keys below); a builder that uses a module
// missing here fails tests/unit/charts/registry.test.ts, not only the browser.
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
export type EChartsModuleName = keyof typeof echartsModules

use([...Object.values(echartsModules), SVGRenderer])

for (const theme of THEMES) registerTheme(themeName(theme), chartTheme(theme))
