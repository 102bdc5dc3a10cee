// The one list of ECharts modules the deck uses, and its two themes (theme.ts), registered once for every way
// a chart is drawn: the live chart (lib/echarts.ts, with vue-echarts), the server-side SVG renderer
// (chart-svg.ts, Node and browser) and the reading view's live chart (read/live.ts).
// A builder that needs a module missing here fails the SVG unit tests, not only the browser.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, MarkPointComponent, TooltipComponent } from 'echarts/components'
import { registerTheme, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { chartTheme, THEMES, themeName } from './theme'

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

for (const theme of THEMES) registerTheme(themeName(theme), chartTheme(theme))
