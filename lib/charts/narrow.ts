// A chart laid out for a phone. The builders lay a chart out for a slide (about 900 px wide); below NARROW px (the
// reading view on a phone) the legend wraps onto more lines, so the plot starts lower, category labels wrap or
// turn into rows, and text keeps its size: the chart gets taller (`tall` in spec.ts). What a chart's own shape
// needs beyond this is its spec's `narrow` (the timeline's rows, the event strip under the later chart).
import type { EChartsOption } from 'echarts'
import type { ChartSpec } from './spec'
import { seriesNamesOf } from '../render/option'
import { NARROW } from './spec'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- options are walked by shape, as ECharts reads them
export type Opt = Record<string, any>

/** The option for a chart drawn `width` px wide: as built from NARROW up, else through the spec's phone layout. */
export function fitToWidth(spec: Pick<ChartSpec, 'narrow'>, option: EChartsOption, width: number): EChartsOption {
  if (width >= NARROW) return option
  return (spec.narrow ?? narrowLayout)(option, width)
}

// A legend item's width: symbol, gap, and the text at about 0.6 em per Latin character, 1 em per CJK character.
function legendLines(names: string[], width: number, fontSize = 13): number {
  let lines = 1
  let x = 0
  for (const n of names) {
    const text = [...n].reduce((w, c) => w + (/[\u3000-\u9FFF\uFF00-\uFFEF]/.test(c) ? 1 : 0.6) * fontSize, 0)
    const item = 18 + 5 + text + 12
    if (x > 0 && x + item > width - 8) {
      lines++
      x = 0
    }
    x += item
  }
  return lines
}

/** Breaks text into lines of at most `max` characters, at spaces; its own lines and " · " parts stay apart. */
export function wrapWords(text: string, max: number): string {
  return text
    .split(/\n| · /)
    .flatMap(part => {
      const lines: string[] = []
      for (const word of part.split(' ')) {
        const last = lines.at(-1)
        if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`
        else lines.push(word)
      }
      return lines
    })
    .join('\n')
}

/** The phone layout every chart gets: legend, margins, category labels, value ticks. */
export function narrowLayout(option: EChartsOption, width: number): EChartsOption {
  const o = { ...option } as Opt
  const names = seriesNamesOf(o as EChartsOption)
  const lines = legendLines(names, width)
  // Only a legend the chart has: a new one would list its single series over the axis labels (models).
  if (o.legend) o.legend = { ...o.legend, left: 'center', width: width - 8, itemGap: 12, itemWidth: 18, itemHeight: 12 }
  // A chart of stacked grids (later: lines over an event strip) keeps its margins; only the top grid moves down
  // for the legend's lines (the chart's own `narrow` does the rest).
  if (Array.isArray(o.grid)) {
    const top = lines * 22 + (o.yAxis?.[0]?.name ? 26 : 8)
    o.grid = o.grid.map((g: Opt, i: number) => ({
      ...g,
      right: Math.min(g.right ?? 16, 16),
      ...(i === 0 ? { top } : {}),
    }))
    return o
  }
  const axisName = Boolean(o.yAxis?.name)
  o.grid = {
    ...o.grid,
    left: Math.min(o.grid?.left ?? 48, 48),
    right: Math.min(o.grid?.right ?? 16, 16),
    top: lines * 22 + (axisName ? 26 : 8),
  }
  const plot = width - o.grid.left - o.grid.right

  // Many bars side by side, or category labels of several lines, do not fit under a 300 px plot: turn them into rows.
  const manyBars =
    (o.series as Opt[]).every(s => s.type === 'bar') && o.xAxis?.data?.length * (o.series as Opt[]).length > 12
  if (o.xAxis?.type === 'category' && o.yAxis?.type === 'value' && (manyBars || o.xAxis.axisLabel?.rich))
    return toHorizontalBars(o)
  if (o.xAxis?.type === 'category') {
    const n = o.xAxis.data.length
    // A long axis name (the trend chart's note on its starred years) is set on more lines under the plot: ECharts
    // wraps axis labels but not an axis name, so the breaks are written into it (~6.5 px a character at 13 px).
    // The name is centred on its gap: half of each added line goes below the gap, half above it.
    const name = typeof o.xAxis.name === 'string' ? wrapWords(o.xAxis.name, Math.floor(plot / 6.5)) : undefined
    const extraLines = name ? name.split('\n').length - o.xAxis.name.split('\n').length : 0
    if (extraLines) o.grid = { ...o.grid, bottom: (o.grid.bottom ?? 40) + 18 * extraLines }
    o.xAxis = {
      ...o.xAxis,
      ...(extraLines ? { name, nameGap: (o.xAxis.nameGap ?? 15) + 9 * extraLines } : {}),
      axisLabel: {
        ...o.xAxis.axisLabel,
        interval: 0,
        width: Math.floor(plot / n) - 4,
        overflow: 'break',
        fontSize: Math.min(o.xAxis.axisLabel?.fontSize ?? 13, 12),
      },
    }
  }
  if (o.yAxis?.type === 'category')
    o.yAxis = { ...o.yAxis, axisLabel: { ...o.yAxis.axisLabel, width: Math.floor(width * 0.46), overflow: 'break' } }
  if (o.xAxis?.type === 'value') o.xAxis = { ...o.xAxis, splitNumber: 3 }
  return o
}

// A label moved out of its bar onto the background takes the theme's text colour (lib/render/theme.ts): the key
// must be absent, not undefined, for ECharts to fill it in from the theme.
function withoutColour(label: Opt): Opt {
  const rest = { ...label }
  delete rest.color
  return rest
}

// Categories become rows (6 models × 6 frameworks cannot share 350 px side by side); bars and points run rightwards.
function toHorizontalBars(o: Opt): Opt {
  const x = o.xAxis
  const y = o.yAxis
  return {
    ...o,
    // No containLabel: ECharts 6 keeps axis labels inside the grid's outer bounds by itself, and the legacy
    // containLabel needs a module the deck does not load (it warns and clips the labels instead).
    grid: { ...o.grid, left: 8, right: 40, bottom: 36 },
    // Three steps: four ticks like "8,000" need more than the ~170 px the rows leave them; hideOverlap is the net.
    xAxis: {
      ...y,
      name: y.name,
      nameLocation: 'middle',
      nameGap: 26,
      splitNumber: 3,
      axisLabel: { ...y.axisLabel, hideOverlap: true },
    },
    yAxis: { ...x, inverse: true, axisLabel: { ...x.axisLabel, lineHeight: 14 } },
    series: (o.series as Opt[]).map(s => ({
      ...s,
      barGap: '4%',
      label:
        s.label &&
        (s.type === 'bar'
          ? {
              ...withoutColour(s.label),
              position: 'right',
              rotate: 0,
              align: 'left',
              verticalAlign: 'middle',
              fontSize: 12,
            }
          : s.label),
    })),
  }
}
