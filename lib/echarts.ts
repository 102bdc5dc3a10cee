// ECharts for the live charts, imported lazily by BaseChart so that the ECharts code loads with the first
// chart slide rather than with slide 1. The modules are registered in render/register.ts, shared with the
// SVG renderer.
import VChart from 'vue-echarts'
import './render/register'

export default VChart
