import type { EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts'
import type { Row } from '../data/schema'
import type { ChartEnv, ChartModel } from './common'
import { bySnapshot, lastCrossing, latest, methodChange, PACKAGES, ratio } from '../domain/pypi'
import { dataKey, formatEventDate, formatNumber, formatTimes } from '../i18n'
import { marks } from '../palette'
import { escapeHtml } from '../table'
import type { Opt } from './narrow'
import { narrowLayout } from './narrow'
import { defineChart, tall } from './spec'

type Snapshot = Row<'pypi'>
type Event = Row<'events'>
type Framework = (typeof PACKAGES)[number]['framework']

const LINE_TYPE: Record<Framework, 'solid' | 'dashed' | 'dotted'> = {
  TensorFlow: marks.TensorFlow.lineType,
  PyTorch: marks.PyTorch.lineType,
  JAX: 'dotted',
}
// The event strip's rows: each event takes the first row where the label before it has ended (placeEvents).
const LANES = 5
// The strip's labels and the marks' notes: the half-width chart of slide 12 has room for its eight event labels in
// five rows only at this size, drawn 13 px on a 1280 px screen (the slide's canvas is 980 px). The phone layout
// (eventRows), drawn at its own size, sets them to PHONE_SMALL.
const SMALL = 10
const PHONE_SMALL = 12
// Line heights of the notes that take two lines: Inter's glyphs need 1.21 of the font size.
const SMALL_LINE = 14
const PHONE_SMALL_LINE = 17
const DAY = 86_400_000
const ts = (date: string) => Date.parse(`${date}T00:00:00Z`)

const monthsFrom = (start: number, date: string) => (ts(date) - start) / (30.44 * DAY)

/**
 * Rows of the event strip, in date order. A label goes to the right of its mark, or to the left where the right has
 * no room (another label, or the axis's end); each event takes the first row where its label fits. A label's length
 * in months is a rough measure at the slide's width: a Latin character about 0.75 of a month, a Chinese one 1.3.
 */
export function placeEvents(
  events: readonly Event[],
  labelOf: (e: Event) => string,
  axis: { min: number; max: number },
): { row: number; left: boolean; fits: boolean }[] {
  const span = monthsFrom(axis.min, new Date(axis.max).toISOString().slice(0, 10))
  const taken: [number, number][][] = Array.from({ length: LANES }, () => [])
  const free = (row: number, [a, b]: [number, number]) =>
    a >= 0 && b <= span && taken[row].every(([c, d]) => b <= c || a >= d)
  return events.map(e => {
    const at = monthsFrom(axis.min, e.date)
    const text = labelOf(e)
    const cjk = [...text].filter(c => /[\u4E00-\u9FFF]/.test(c)).length
    const length = 2 + (text.length - cjk) * 0.75 + cjk * 1.3
    const sides = [false, true].map(left => ({
      left,
      span: (left ? [at - length, at] : [at, at + length]) as [number, number],
    }))
    for (const side of sides)
      for (let row = 0; row < LANES; row++)
        if (free(row, side.span)) {
          taken[row].push(side.span)
          return { row, left: side.left, fits: true }
        }
    // Nowhere free: the right side (the left at the axis's end) of the row with the fewest labels.
    const side = sides[at + length > span ? 1 : 0]
    const row = taken.reduce((best, r, i) => (r.length < taken[best].length ? i : best), 0)
    taken[row].push(side.span)
    return { row, left: side.left, fits: false }
  })
}

/** An event's date as precise as its source; "by" dates read "by 17 May 2026". */
export function eventWhen(e: Event, env: ChartEnv): string {
  const d = formatEventDate({ date: e.date, precision: e.precision === 'month' ? 'month' : 'day' }, env.locale)
  return e.precision === 'by' ? env.t('later.by', { date: d }) : d
}

export function laterChart(pypi: Snapshot[], events: Event[], env: ChartEnv): ChartModel {
  const { locale, t, palette: p } = env
  const rows = bySnapshot(pypi)
  const sortedEvents = [...events].sort((a, b) => a.date.localeCompare(b.date))
  const day = (date: string) => formatEventDate({ date, precision: 'day' }, locale)
  const millions = (v: number) => formatNumber(locale, v / 1e6, { digits: 1 })
  const count = (v: number) => formatNumber(locale, v)
  const colour = (fw: Framework) => (fw === 'JAX' ? p.highlight : p[fw])
  const label = (e: Event) => t(dataKey('later.ev.', e.id, `data/events.csv row id=${e.id}`))
  const change = methodChange(rows)
  const crossing = lastCrossing(rows, 'torch', 'tensorflow')
  const last = latest(rows)

  // The axis spans whole years around both the snapshots and the events, the same for the lines and the strip.
  const years = [...rows.map(r => r.snapshot), ...sortedEvents.map(e => e.date)].map(d => Number(d.slice(0, 4)))
  const min = Date.UTC(Math.min(...years), 0, 1)
  const max = Date.UTC(Math.max(...years) + 1, 0, 1)
  // A gap just before the first snapshot of the new method, so no line joins counts made two different ways.
  const gapAt = change ? ts(change.snapshot) - DAY : undefined

  const aria = t('later.aria', {
    first: day(rows[0].snapshot),
    last: day(last.snapshot),
    crossing: crossing ? day(crossing.snapshot) : '—',
    change: change ? day(change.snapshot) : '—',
    pt: millions(last.torch),
    tf: millions(last.tensorflow),
    jax: millions(last.jax),
    events: sortedEvents
      .map(e => (locale === 'zh' ? `${label(e)}（${eventWhen(e, env)}）` : `${label(e)} (${eventWhen(e, env)})`))
      .join(locale === 'zh' ? '；' : '; '),
  })

  const lines = PACKAGES.map(({ column, framework }, k) => {
    const data: (number | string)[][] = []
    for (const r of rows) {
      if (change && r === change) data.push([gapAt!, '-'])
      data.push([ts(r.snapshot), r[column] / 1e6])
    }
    return {
      name: framework,
      type: 'line',
      color: colour(framework),
      xAxisIndex: 0,
      yAxisIndex: 0,
      showSymbol: false,
      connectNulls: false,
      lineStyle: { width: 2.5, type: LINE_TYPE[framework] },
      data,
      ...(k === 0 && change
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: p.muted, type: 'dashed', width: 1 },
              label: { formatter: t('later.methodChange'), color: p.muted, fontSize: SMALL, position: 'end' },
              data: [{ xAxis: gapAt! }],
            },
          }
        : {}),
      ...(framework === 'PyTorch' && crossing
        ? {
            markPoint: {
              symbol: 'circle',
              symbolSize: 9,
              itemStyle: { color: colour('PyTorch') },
              label: {
                // Above and to the left of the mark, where the lines have not yet risen.
                position: 'top',
                distance: 18,
                align: 'right',
                color: p.text,
                fontSize: SMALL,
                // Two lines: ECharts spaces them by the font size alone, which laid one on the other.
                lineHeight: SMALL_LINE,
                formatter: t('later.crossing', { date: day(crossing.snapshot) }),
              },
              data: [{ name: 'crossing', coord: [ts(crossing.snapshot), crossing.torch / 1e6] }],
            },
          }
        : {}),
    } satisfies LineSeriesOption
  })

  const placed = placeEvents(sortedEvents, label, { min, max })
  const strip = {
    name: t('later.events'),
    type: 'scatter',
    xAxisIndex: 1,
    yAxisIndex: 1,
    color: p.muted,
    symbolSize: 8,
    data: sortedEvents.map((e, i) => ({
      value: [ts(e.date), placed[i].row],
      event: e,
      // A filled mark is a day the source shows; a hollow one, a month or a "by" date.
      symbol: e.precision === 'day' ? 'circle' : 'emptyCircle',
      itemStyle: { color: e.project === 'PyTorch' || e.project === 'TensorFlow' ? p[e.project] : p.muted },
      label: {
        show: true,
        position: placed[i].left ? 'left' : 'right',
        fontSize: SMALL,
        color: p.text,
        formatter: label(e),
      },
    })),
  } satisfies ScatterSeriesOption

  const tooltip = (d: { seriesType?: string; seriesName?: string; data?: unknown; dataIndex: number }) => {
    const e = (d.data as { event?: Event } | undefined)?.event
    if (e)
      return [
        `<b>${escapeHtml(eventWhen(e, env))}</b>`,
        escapeHtml(label(e)),
        escapeHtml(`${t('timeline.col.confidence')}: ${t(`confidence.${e.confidence}`)}`),
        ...(locale === 'en' ? [`<i>${escapeHtml(e.note)}</i>`] : []),
      ].join('<br>')
    const value = d.data as [number, number | string]
    const r = rows.find(x => ts(x.snapshot) === value[0])
    if (!r) return ''
    const pkg = PACKAGES.find(x => x.framework === d.seriesName)!
    return [
      `<b>${escapeHtml(t('later.window', { date: day(r.snapshot) }))}</b>`,
      escapeHtml(`${pkg.framework} (${pkg.column}): ${count(r[pkg.column])}`),
      escapeHtml(t(`later.method.${r.method}`)),
    ].join('<br>')
  }

  const option = {
    grid: [
      // Fixed plot edges (no room made for axis labels), so the lines and the strip share their time axis exactly.
      { left: 72, right: 22, top: 54, bottom: 118, outerBoundsMode: 'none' },
      { left: 72, right: 22, height: 84, bottom: 26, outerBoundsMode: 'none' },
    ],
    legend: { top: 0, data: PACKAGES.map(x => x.framework) },
    tooltip: { trigger: 'item', formatter: tooltip as never },
    xAxis: [
      { type: 'time', gridIndex: 0, min, max, splitLine: { show: true }, axisLabel: { show: false } },
      {
        type: 'time',
        gridIndex: 1,
        min,
        max,
        splitLine: { show: true },
        axisLabel: { formatter: '{yyyy}' },
      },
    ],
    yAxis: [
      {
        type: 'value',
        gridIndex: 0,
        name: t('later.yAxis'),
        // The unit on every tick in English ("40M"); the Chinese name says 百万次 once.
        axisLabel: { formatter: (v: number) => t('later.tick', { n: formatNumber(locale, v) }) },
        min: 0,
      },
      { type: 'value', gridIndex: 1, min: -0.5, max: LANES - 0.5, inverse: true, show: false },
    ],
    series: [...lines, strip],
  } satisfies EChartsOption

  const table = {
    columns: [
      t('later.col.date'),
      t('later.col.what'),
      ...PACKAGES.map(x => `${x.framework} (${x.column})`),
      t('later.col.ratio'),
      t('timeline.col.confidence'),
    ],
    rows: [
      ...rows.map(r => [
        t('later.window', { date: day(r.snapshot) }),
        t(`later.method.${r.method}`),
        ...PACKAGES.map(x => count(r[x.column])),
        formatTimes(locale, ratio(r, 'torch', 'tensorflow')),
        t(`confidence.${r.confidence}`),
      ]),
      ...sortedEvents.map(e => [eventWhen(e, env), label(e), '', '', '', '', t(`confidence.${e.confidence}`)]),
    ],
    sources: [...rows.map(r => [r.source]), ...sortedEvents.map(e => [e.source])],
    columnSeries: [undefined, undefined, ...PACKAGES.map(x => x.framework), undefined, undefined],
  }
  // ←/→ along the monthly snapshots (or the events by date), ↑/↓ between the packages and the event strip. The line
  // data has a gap point before the method change, so a snapshot's data index is counted past it.
  const dataIndexOf = (i: number) => (change && i >= rows.indexOf(change) ? i + 1 : i)
  const explore = {
    along: t('later.col.date'),
    measure: t('later.yAxis'),
    groups: [
      ...PACKAGES.map(({ column, framework }, seriesIndex) => ({
        name: `${framework} (${column})`,
        series: framework,
        points: rows.map((r, i) => ({
          label: day(r.snapshot),
          value: count(r[column]),
          n: r[column],
          seriesIndex,
          dataIndex: dataIndexOf(i),
        })),
      })),
      {
        name: t('later.events'),
        points: sortedEvents.map((e, dataIndex) => ({
          label: eventWhen(e, env),
          value: label(e),
          seriesIndex: lines.length,
          dataIndex,
        })),
      },
    ],
  }
  const sources = [...new Set([...rows.map(r => r.source), ...sortedEvents.map(e => e.source)])]
  return { option, aria, title: t('later.title'), table, sources, explore }
}

export const spec = defineChart({
  name: 'later',
  datasets: ['pypi', 'events'],
  model: (_p, data, env) => laterChart(data.pypi, data.events, env),
  height: tall(400, 460),
  narrow: (option, width) => eventRows(narrowLayout(option, width)),
})

// The strip of events under the lines gets a row per event on a phone, each label on the side of its mark with
// more room, since the slide's packing of labels into a few rows assumes the slide's width.
function eventRows(option: EChartsOption): EChartsOption {
  const o = { ...option } as Opt
  const strip = (o.series as Opt[]).find(s => s.xAxisIndex === 1)
  if (!strip) return o
  const rows: number = strip.data.length
  const ROW = 15
  const stripGrid: Opt = o.grid[1] ?? {}
  o.grid = o.grid.map((g: Opt, i: number) => ({
    ...g,
    ...(i === 0 ? { bottom: g.bottom - stripGrid.height + rows * ROW } : {}),
    ...(i === 1 ? { height: rows * ROW } : {}),
  }))
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
            label: { ...d.label, position: d.value[0] > middle ? 'left' : 'right', fontSize: PHONE_SMALL },
          })),
        },
  )
  // The lines' notes (the method change, the crossing) at the phone's size too.
  o.series = (o.series as Opt[]).map(s => ({
    ...s,
    ...(s.markLine ? { markLine: { ...s.markLine, label: { ...s.markLine.label, fontSize: PHONE_SMALL } } } : {}),
    ...(s.markPoint
      ? {
          markPoint: {
            ...s.markPoint,
            // Wrapped narrower than the room left of the mark, which on a phone is less than the note's lines.
            label: {
              ...s.markPoint.label,
              fontSize: PHONE_SMALL,
              lineHeight: PHONE_SMALL_LINE,
              width: 120,
              overflow: 'break',
            },
          },
        }
      : {}),
  }))
  return o
}
