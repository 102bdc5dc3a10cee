import type { EChartsOption } from 'echarts'
import type { Row } from '../data/schema'
import type { ShareRow } from '../domain/research'
import type { ChartEnv, ChartModel } from './common'
import type { ChartProps } from './spec'
import { formatNames, formatNumber } from '../i18n'
import { marks } from '../palette'
import {
  conferencesIn,
  countsByYear,
  crossoverYear,
  FRAMEWORKS,
  populationOf,
  shareOfAll,
  yearOf,
} from '../domain/research'
import { escapeHtml } from '../table'
import { defineChart, flagProp, numberProp, tall } from './spec'
import { percentAxis } from './common'

export interface TrendInput {
  rows: Row<'trend'>[]
  conference: string | 'all'
  from: number
  to: number
  /** Click step: 0 shows TensorFlow, 1 adds PyTorch, 2 (or more) marks the crossover. */
  step?: number
  /** Half-width use: values labelled only for the last year, so labels of close points cannot collide. */
  compact?: boolean
}

/** Line height of the axis notes on the starred years, px. */
const NOTE_LINE = 16

export function trendChart(input: TrendInput, env: ChartEnv): ChartModel {
  const { locale, t, palette: p } = env
  const series = countsByYear(input.rows, input.conference, input.from, input.to)
  if (series.length === 0)
    throw new Error(`no conference data for "${input.conference}" between ${input.from} and ${input.to}`)
  const step = input.step ?? Infinity
  const shown = FRAMEWORKS.slice(0, step >= 1 ? 2 : 1)
  const cross = crossoverYear(series)
  const ringed = step >= 2 && cross !== undefined
  const pc = (n: number) => formatNumber(locale, n, { digits: 1, percent: true })
  const years = series.map(r => String(r.year))
  const byYear = new Map(series.map(r => [String(r.year), r]))

  const scope = input.conference === 'all' ? t('trend.allScope') : input.conference
  // A year is not comparable with the years before it when it counts submissions instead of accepted papers
  // (ICLR 2021 and 2022, scraped before the decisions) or pools a single conference (2022: ICLR alone). Its tick
  // is starred and the axis name says why: a note under each tick would collide in a half-width chart.
  const pooled = input.conference === 'all'
  const counted = series.filter(r => populationOf(r) !== 'accepted')
  const alone = pooled ? series.filter(r => r.conferences.length === 1) : []
  const partial = series.filter(r => counted.includes(r) || alone.includes(r))
  const tick = (year: string) => {
    if (counted.some(r => String(r.year) === year)) return `${year}*`
    const r = alone.find(x => String(x.year) === year)
    return r ? `${year}\n${t('trend.onlyConf', { conf: r.conferences[0] })}` : year
  }
  const submitted = [...new Set(counted.flatMap(r => r.submissions))].sort()
  const axisNotes = [
    ...(submitted.length ? [t('trend.markSubmissions', { conf: formatNames(locale, submitted) })] : []),
    ...alone
      .filter(r => counted.includes(r))
      .map(r => t('trend.markAlone', { year: r.year, conf: formatNames(locale, r.conferences) })),
  ]
  const [first, last] = [series[0], series[series.length - 1]]
  const aria =
    t('trend.aria', {
      scope,
      first: first.year,
      last: last.year,
      tfFirst: pc(shareOfAll(first, 'TensorFlow')),
      ptFirst: pc(shareOfAll(first, 'PyTorch')),
      tfLast: pc(shareOfAll(last, 'TensorFlow')),
      ptLast: pc(shareOfAll(last, 'PyTorch')),
      cross: cross === undefined ? '' : t('trend.ariaCross', { year: cross }),
    }) +
    partial
      .map(r =>
        populationOf(r) === 'accepted'
          ? t('trend.ariaOnly', { year: r.year, conf: r.conferences[0] })
          : t('trend.ariaSubmissions', { year: r.year, conf: formatNames(locale, r.submissions) }),
      )
      .join('')

  const option = {
    grid: {
      left: 64,
      right: 32,
      top: 48,
      bottom: (alone.some(r => !counted.includes(r)) ? 60 : 48) + NOTE_LINE * Math.max(axisNotes.length - 1, 0),
    },
    legend: { top: 0, data: shown },
    tooltip: {
      trigger: 'axis',
      formatter: (items: unknown) =>
        tooltipHtml(items as { axisValue: string; seriesName: string }[], byYear, pc, names =>
          formatNames(locale, names),
        ),
    },
    xAxis: {
      type: 'category',
      data: years,
      // The starred years' notes take the axis name's place, one a line (in one line they are wider than the
      // half-width chart of slide 12): the ticks say they are years.
      name: axisNotes.length ? axisNotes.join('\n') : t('trend.xAxis'),
      nameLocation: 'middle',
      nameGap: (alone.some(r => !counted.includes(r)) ? 40 : 30) + NOTE_LINE * Math.max(axisNotes.length - 1, 0) * 0.5,
      nameTextStyle: { lineHeight: NOTE_LINE },
      boundaryGap: true,
      axisLabel: {
        formatter: tick,
        interval: partial.length ? 0 : 'auto',
        lineHeight: 16,
      },
    },
    yAxis: percentAxis(t('trend.yAxis'), { min: 0 }),
    series: shown.map(fw => ({
      name: fw,
      type: 'line',
      // The crossover point's own value label would sit under the ring drawn round it: move it to the ring's right.
      data: series.map(r => {
        const value = Number(shareOfAll(r, fw).toFixed(2))
        return fw === 'PyTorch' && ringed && r.year === cross
          ? { value, label: { position: 'right', distance: 20 } }
          : value
      }),
      color: p[fw],
      symbol: marks[fw].symbol,
      symbolSize: 10,
      lineStyle: { width: 3, type: marks[fw].lineType },
      label: {
        show: true,
        position: fw === 'PyTorch' ? 'top' : 'bottom',
        fontSize: 12,
        // From the share itself, not the drawn value: that is rounded to 2 decimals for the axis, and rounding it
        // again printed 8.1% for CVPR 2017's 63 of 783 (8.05%), where the sentence and the walk say 8%.
        formatter: (d: { dataIndex: number }) =>
          input.compact && d.dataIndex !== series.length - 1 ? '' : pc(shareOfAll(series[d.dataIndex], fw)),
      },
      // The crossover is ringed on the PyTorch line rather than drawn as a vertical rule, whose label
      // would run through the points of the last year.
      markPoint:
        fw === 'PyTorch' && ringed
          ? {
              symbol: 'circle',
              symbolSize: 30,
              silent: true,
              itemStyle: { color: 'transparent', borderColor: p.highlight, borderWidth: 3 },
              label: {
                show: true,
                formatter: t('trend.crossover'),
                color: p.highlight,
                fontSize: 14,
                fontWeight: 'bold',
                // In the half-width chart of slide 12 there is no room to the left: above the ring, low enough to
                // stay clear of the axis name over the top left corner.
                position: input.compact ? 'top' : 'left',
                distance: 12,
                offset: input.compact ? [-24, -22] : undefined,
              },
              data: [
                {
                  name: 'crossover',
                  coord: [String(cross), Number(shareOfAll(byYear.get(String(cross))!, 'PyTorch').toFixed(2))],
                },
              ],
            }
          : undefined,
    })),
  } satisfies EChartsOption

  const table = {
    columns: [
      t('trend.col.year'),
      t('trend.col.conferences'),
      t('trend.col.pytorch'),
      t('trend.col.tensorflow'),
      t('trend.col.total'),
      t('trend.col.ptShare'),
      t('trend.col.tfShare'),
    ],
    rows: series.map(r => [
      r.year,
      formatNames(locale, r.conferences),
      r.pytorch,
      r.tensorflow,
      r.total,
      pc(shareOfAll(r, 'PyTorch')),
      pc(shareOfAll(r, 'TensorFlow')),
    ]),
    sources: series.map(r => [
      ...new Set(
        input.rows
          .filter(x => r.conferences.includes(x.conference) && x.month.startsWith(String(r.year)))
          .map(x => x.source),
      ),
    ]),
    columnSeries: [undefined, undefined, 'PyTorch', 'TensorFlow', undefined, 'PyTorch', 'TensorFlow'],
  }
  // ←/→ along the years, ↑/↓ between the frameworks drawn (one series each, in the option's order).
  const explore = {
    along: t('trend.xAxis'),
    measure: t('trend.yAxis'),
    groups: shown.map((fw, seriesIndex) => ({
      name: fw,
      series: fw,
      points: series.map((r, dataIndex) => ({
        label: String(r.year),
        value: t('trend.exploreValue', {
          pc: pc(shareOfAll(r, fw)),
          n: formatNumber(locale, fw === 'PyTorch' ? r.pytorch : r.tensorflow),
          total: formatNumber(locale, r.total),
          conf: formatNames(locale, r.conferences),
        }),
        n: shareOfAll(r, fw),
        seriesIndex,
        dataIndex,
      })),
    })),
  }
  return { option, aria, title: t('trend.title'), table, sources: [...new Set(table.sources.flat())], explore }
}

function tooltipHtml(
  items: { axisValue: string; seriesName: string }[],
  byYear: Map<string, ShareRow>,
  pc: (n: number) => string,
  names: (items: string[]) => string,
): string {
  const year = items[0]?.axisValue
  const row = year === undefined ? undefined : byYear.get(year)
  if (!row) return ''
  const lines = FRAMEWORKS.filter(fw => items.some(i => i.seriesName === fw)).map(
    fw => `${fw}: ${pc(shareOfAll(row, fw))} (${fw === 'PyTorch' ? row.pytorch : row.tensorflow} / ${row.total})`,
  )
  return [escapeHtml(`${year} · ${names(row.conferences)}`), ...lines.map(escapeHtml)].join('<br>')
}

const from = (p: ChartProps) => numberProp(p, 'from', 2017)
const to = (p: ChartProps) => numberProp(p, 'to', 2019)

export const spec = defineChart({
  name: 'trend',
  datasets: ['trend'],
  file: p => `trend-${from(p)}-${to(p)}`,
  model: (p, data, env, state) =>
    trendChart(
      {
        rows: data.trend,
        conference: state.conference,
        from: from(p),
        to: to(p),
        step: state.step,
        compact: flagProp(p, 'compact'),
      },
      env,
    ),
  picker: (p, data) => conferencesIn(data.trend.filter(r => yearOf(r) >= from(p) && yearOf(r) <= to(p))),
  height: tall(380, 340),
})
