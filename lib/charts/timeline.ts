import type { EChartsOption, ScatterSeriesOption } from 'echarts'
import type { Row } from '../data/schema'
import type { ChartEnv, ChartModel } from './common'
import { monthSpan } from '../domain/timeline'
import { dataKey, formatEventDate } from '../i18n'
import { marks } from '../palette'
import { escapeHtml } from '../table'
import type { Opt } from './narrow'
import { narrowLayout } from './narrow'
import { defineChart, tall } from './spec'

type Event = Row<'timeline'>
type Lane = Event['framework']

// Bottom to top. Caffe2 gets its own lane: the point of the Detectron correction is that it is not PyTorch.
const LANES: Lane[] = ['PyTorch', 'Caffe2', 'TensorFlow']
const SUBROWS = 5
const LANE_SYMBOL: Record<Lane, string> = {
  TensorFlow: marks.TensorFlow.symbol,
  PyTorch: marks.PyTorch.symbol,
  Caffe2: 'triangle',
}

export interface Placed {
  event: Event
  y: number
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1

/** A label's width in Latin characters: a Chinese character or full-width bracket takes two. */
const labelWidth = (text: string) => [...text].reduce((w, c) => w + (/[\u3000-\u9FFF\uFF00-\uFFEF]/.test(c) ? 2 : 1), 0)

/**
 * Labels are written to the right of each point. Within a lane, each event takes the lowest sub-row whose
 * previous label has ended by then, judged by a rough label length in months (about 1.5 characters a month: a
 * slide fits ~1.9 at 12 px, the reading view's 720 px column less), so labels do not run into each other.
 */
export function placeEvents(
  events: Event[],
  labelOf: (e: Event) => string = e => e.event,
): { placed: Placed[]; laneCentre: Record<Lane, number> } {
  const placed: Placed[] = []
  const laneCentre = {} as Record<Lane, number>
  let base = 0
  for (const lane of LANES) {
    const inLane = events.filter(e => e.framework === lane).sort((a, b) => a.date.localeCompare(b.date))
    const freeFrom: number[] = []
    for (const event of inLane) {
      const at = monthIndex(event.date)
      let row = freeFrom.findIndex(m => m <= at)
      if (row === -1) row = freeFrom.length < SUBROWS ? freeFrom.length : freeFrom.indexOf(Math.min(...freeFrom))
      freeFrom[row] = at + 1.5 + labelWidth(labelOf(event)) / 1.5
      placed.push({ event, y: base + row })
    }
    const rows = Math.max(1, freeFrom.length)
    laneCentre[lane] = base + (rows - 1) / 2
    base += rows + 0.6
  }
  return { placed, laneCentre }
}

export function timelineChart(events: Event[], env: ChartEnv): ChartModel {
  const { locale, t, palette: p } = env
  const label = (e: Event) => t(dataKey('timeline.ev.', e.id, `data/timeline.csv row id=${e.id}`))
  // Tooltips and the table give the data file's fuller wording, which is English; other editions use the
  // translated short label so no English leaks into them.
  const describe = (e: Event) => (locale === 'en' ? e.event : label(e))
  const { placed, laneCentre } = placeEvents(events, label)
  const colour = (lane: Lane) => (lane === 'Caffe2' ? p.muted : p[lane])
  const when = (e: Event) => formatEventDate(e, locale)
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date))
  const byId = (id: string) => events.find(e => e.id === id)
  const aria = t('timeline.aria', {
    first: when(sorted[0]),
    last: when(sorted[sorted.length - 1]),
    n: events.length,
    monthOnly: events.filter(e => e.precision === 'month').length,
    maskrcnn: byId('maskrcnn-benchmark') ? when(byId('maskrcnn-benchmark')!) : '—',
    detectron2: byId('detectron2') ? when(byId('detectron2')!) : '—',
  })

  const monthOnly = placed.filter(x => x.event.precision === 'month')
  const option = {
    grid: { left: 88, right: 24, top: 36, bottom: 32 },
    legend: {
      top: 0,
      data: [...[...LANES].reverse().filter(l => events.some(e => e.framework === l)), t('timeline.monthOnly')],
    },
    tooltip: {
      trigger: 'item',
      formatter: (d: unknown) => {
        const e = (d as { data?: { event?: Event } }).data?.event
        return e
          ? [
              `<b>${escapeHtml(when(e))}</b>`,
              escapeHtml(describe(e)),
              escapeHtml(`${t('timeline.col.precision')}: ${t(`timeline.precision.${e.precision}`)}`),
            ].join('<br>')
          : ''
      },
    },
    xAxis: {
      type: 'time',
      min: '2015-07-01',
      max: '2020-07-01',
      axisLine: { onZero: false },
      splitLine: { show: true },
    },
    yAxis: {
      type: 'value',
      min: -0.8,
      max: Math.max(...placed.map(x => x.y)) + 0.8,
      splitLine: { show: false },
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        fontWeight: 'bold',
        customValues: LANES.map(l => laneCentre[l]),
        formatter: (v: number) => LANES.find(l => Math.abs(laneCentre[l] - v) < 1e-9) ?? '',
      },
    },
    series: [
      // Month-precision events: a band over the whole month says "some day in here".
      {
        name: t('timeline.monthOnly'),
        type: 'line',
        color: p.muted,
        symbol: 'none',
        silent: true,
        connectNulls: false,
        lineStyle: { width: 22, opacity: 0.35, cap: 'butt' },
        data: monthOnly.flatMap(x => [...monthSpan(x.event.date).map(d => [d, x.y]), [null, null]]),
      },
      ...LANES.filter(l => events.some(e => e.framework === l)).map(
        lane =>
          ({
            name: lane,
            type: 'scatter',
            color: colour(lane),
            symbol: LANE_SYMBOL[lane],
            symbolSize: 11,
            data: placed
              .filter(x => x.event.framework === lane)
              .map(x => ({
                value: [x.event.precision === 'month' ? `${x.event.date.slice(0, 7)}-15` : x.event.date, x.y],
                event: x.event,
                // Exact days are solid; month-only events are hollow.
                itemStyle:
                  x.event.precision === 'month'
                    ? { color: p.tooltipBg, borderColor: colour(lane), borderWidth: 2 }
                    : { color: colour(lane) },
              })),
            label: {
              show: true,
              position: 'right',
              distance: 6,
              fontSize: 12,
              formatter: (d: { data?: unknown }) => label((d.data as { event: Event }).event),
            },
          }) satisfies ScatterSeriesOption,
      ),
    ],
  } satisfies EChartsOption

  const table = {
    columns: [
      t('timeline.col.date'),
      t('timeline.col.precision'),
      t('timeline.col.framework'),
      t('timeline.col.event'),
      t('timeline.col.confidence'),
    ],
    rows: sorted.map(e => [
      when(e),
      t(`timeline.precision.${e.precision}`),
      e.framework,
      describe(e),
      t(`confidence.${e.confidence}`),
    ]),
    sources: sorted.map(e => [e.source]),
    rowSeries: sorted.map(e => e.framework),
  }
  // ←/→ along a framework's events by date, ↑/↓ between the frameworks' lanes (series 0 is the month bands).
  const lanes = LANES.filter(l => events.some(e => e.framework === l))
  const explore = {
    along: t('timeline.col.date'),
    groups: lanes.map((lane, i) => ({
      name: lane,
      series: lane,
      points: placed
        .filter(x => x.event.framework === lane)
        .map((x, dataIndex) => ({ e: x.event, dataIndex }))
        .sort((a, b) => a.e.date.localeCompare(b.e.date))
        .map(({ e, dataIndex }) => ({
          label: when(e),
          value:
            e.precision === 'month'
              ? t('explore.paren', { main: describe(e), detail: t('timeline.precision.month') })
              : describe(e),
          seriesIndex: i + 1,
          dataIndex,
        })),
    })),
  }
  const sources = [...new Set(sorted.map(e => e.source))]
  return { option, aria, title: t('timeline.title'), table, sources, explore }
}

export const spec = defineChart({
  name: 'timeline',
  datasets: ['timeline'],
  model: (_p, data, env) => timelineChart(data.timeline, env),
  height: tall(400, 520),
  narrow: (option, width) => timelineRows(narrowLayout(option, width), width),
})

// The timeline at phone width: each event on its own row (lanes stacked), labelled towards the middle of the
// plot, so no two labels share a line.
function timelineRows(option: EChartsOption, width: number): EChartsOption {
  const o = option as Opt
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
