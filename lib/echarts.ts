// The only place ECharts modules are registered. Imported lazily by BaseChart, so the ECharts code
// loads with the first chart slide rather than with slide 1. Only what the charts use (no MarkLine: fewer bytes
// to fetch and evaluate before the first chart draws).
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, MarkPointComponent, TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import VChart from 'vue-echarts'

use([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkPointComponent, TooltipComponent, SVGRenderer])

export default VChart
