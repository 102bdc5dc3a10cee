// Option pieces that mean the same in several charts. How axes, legends, tooltips and labels look is the
// ECharts theme's (lib/render/theme.ts); these say what an axis counts or which bars are TensorFlow's.
import type { BarSeriesOption, YAXisComponentOption } from 'echarts'

/** A value axis of percentages, named by its chart: its ticks read "40%". */
export function percentAxis(name: string, range: { min?: number; max?: number } = {}) {
  return { type: 'value', name, ...range, axisLabel: { formatter: '{value}%' } } satisfies YAXisComponentOption
}

/**
 * Bars have no marker shape (marks in palette.ts), so TensorFlow's bars are striped as well as coloured: the
 * two frameworks differ without colour. Other frameworks' bars get no pattern.
 */
export function tensorflowStripes(framework: string): NonNullable<BarSeriesOption['itemStyle']> | undefined {
  if (framework !== 'TensorFlow') return undefined
  return { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], color: 'rgba(255,255,255,0.35)' } }
}
