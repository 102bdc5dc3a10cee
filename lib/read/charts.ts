// The reading view's layout of a chart for the width it is drawn at. What each chart draws comes from its spec
// (lib/charts/index.ts), as on the slides.
import { NARROW } from '../charts/spec'
import { monthSpan } from '../domain/timeline'

/**
 * The option re-laid out for the width it is drawn at. The builders lay a chart out for a slide (about 900 px
 * wide); below NARROW px the legend wraps onto more lines, so the plot starts lower, category labels wrap or
 * turn into rows, and the timeline gives each event its own row. Text keeps its size: the chart gets taller.
 */
export { NARROW }

type Opt = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

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

export function fitToWidth<O extends object>(option: O, width: number): O {
  if (width >= NARROW) return option
  const o = { ...option } as Opt
  const names: string[] = o.legend?.data ?? []
  const lines = legendLines(names, width)
  // Only a legend the chart has: a new one would list its single series over the axis labels (models).
  if (o.legend) o.legend = { ...o.legend, left: 'center', width: width - 8, itemGap: 12, itemWidth: 18, itemHeight: 12 }
  // A chart of stacked grids (later: lines over an event strip) keeps its margins; only the top grid moves down
  // for the legend's lines. Its strip of events gets a row per event on a phone, each label on the side of its
  // mark with more room, since the slide's packing of labels into a few rows assumes the slide's width.
  if (Array.isArray(o.grid)) {
    const top = lines * 22 + (o.yAxis?.[0]?.name ? 26 : 8)
    const strip = (o.series as Opt[]).find(s => s.type === 'scatter' && s.data?.[0]?.event)
    const rows: number = strip?.data.length ?? 0
    const ROW = 15
    const stripGrid: Opt = o.grid[1] ?? {}
    o.grid = o.grid.map((g: Opt, i: number) => ({
      ...g,
      right: Math.min(g.right ?? 16, 16),
      ...(i === 0 ? { top, ...(strip ? { bottom: g.bottom - stripGrid.height + rows * ROW } : {}) } : {}),
      ...(i === 1 && strip ? { height: rows * ROW } : {}),
    }))
    if (strip) {
      const axis = o.xAxis[strip.xAxisIndex]
      const middle = axis.min / 2 + axis.max / 2
      o.yAxis = o.yAxis.map((y: Opt, i: number) => (i === strip.yAxisIndex ? { ...y, max: rows - 0.5 } : y))
      o.series = (o.series as Opt[]).map(s =>
        s !== strip
          ? s
          : {
              ...s,
              data: s.data.map((d: Opt, row: number) => ({
                ...d,
                value: [d.value[0], row],
                label: { ...d.label, position: d.value[0] > middle ? 'left' : 'right' },
              })),
            },
      )
    }
    return o as O
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
    return toHorizontalBars(o) as O
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
  if (o.xAxis?.type === 'time' && (o.series as Opt[]).some(s => s.type === 'scatter' && s.data?.[0]?.event))
    return timelineRows(o, width) as O
  return o as O
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
    xAxis: { ...y, name: y.name, nameLocation: 'middle', nameGap: 26, splitNumber: 4, axisLabel: { ...y.axisLabel } },
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

// The timeline at phone width: each event on its own row (lanes stacked), labelled towards the middle of the
// plot, so no two labels share a line.
function timelineRows(o: Opt, width: number): Opt {
  const scatters = (o.series as Opt[]).filter(s => s.type === 'scatter')
  const lanes = scatters.map(s => s.name as string)
  const centre: Record<string, number> = {}
  const rowOf = new Map<unknown, number>()
  let row = 0
  for (const s of scatters) {
    const items = [...(s.data as Opt[])].sort((a, b) => String(a.value[0]).localeCompare(String(b.value[0])))
    const first = row
    for (const d of items) rowOf.set(d.event, row++)
    centre[s.name] = (first + row - 1) / 2
    row += 0.6
  }
  const mid = new Date(o.xAxis.min).getTime() / 2 + new Date(o.xAxis.max).getTime() / 2
  const band = (o.series as Opt[]).find(s => s.type === 'line')
  const monthOnly = scatters.flatMap(s => s.data as Opt[]).filter(d => d.event.precision === 'month')
  return {
    ...o,
    grid: { ...o.grid, left: 8, right: 8, bottom: 28 },
    // One label a year: month names at this width would run into each other.
    xAxis: {
      ...o.xAxis,
      minInterval: 365 * 24 * 3600 * 1000,
      axisLabel: { ...o.xAxis.axisLabel, formatter: '{yyyy}', hideOverlap: true },
    },
    yAxis: {
      ...o.yAxis,
      inverse: true,
      min: -0.8,
      max: row - 0.6 + 0.2,
      axisLabel: {
        ...o.yAxis.axisLabel,
        fontSize: 12,
        customValues: lanes.map(l => centre[l]),
        formatter: (v: number) => lanes.find(l => Math.abs(centre[l] - v) < 1e-9) ?? '',
      },
    },
    series: (o.series as Opt[]).map(s => {
      if (s === band) {
        return {
          ...s,
          lineStyle: { ...s.lineStyle, width: 14 },
          data: monthOnly.flatMap(d => [...monthSpan(d.event.date).map(x => [x, rowOf.get(d.event)]), [null, null]]),
        }
      }
      if (s.type !== 'scatter') return s
      return {
        ...s,
        data: (s.data as Opt[]).map(d => ({
          ...d,
          value: [d.value[0], rowOf.get(d.event)],
          // Half the plot at most (the lane names take ~100 px): a longer event name wraps onto a second line
          // rather than running off the drawing's edge.
          label: {
            position: new Date(d.value[0]).getTime() < mid ? 'right' : 'left',
            width: Math.round(0.5 * (width - 100)),
            overflow: 'break',
          },
        })),
      }
    }),
  }
}
