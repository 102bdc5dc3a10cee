import type { EChartsOption } from 'echarts'
import type { Row } from '../data/schema'
import type { Framework } from '../domain/research'
import type { ChartEnv, ChartModel } from './common'
import { formatMonth, formatNumber } from '../i18n'
import { marks, withAlpha } from '../palette'
import { FRAMEWORKS } from '../domain/research'
import { escapeHtml } from '../table'
import { percentAxis } from './common'
import { defineChart, tall } from './spec'

type Point = Row<'later'>

// Confidence is drawn, not just tabled: fainter and dashed as the source gets weaker.
const CONFIDENCE_STYLE = {
  high: { alpha: 1, borderType: 'solid' as const },
  medium: { alpha: 0.8, borderType: 'solid' as const },
  low: { alpha: 0.4, borderType: 'dashed' as const },
}

const valueOf = (r: Point, fw: Framework) => (fw === 'PyTorch' ? r.pytorch : r.tensorflow)

export function laterChart(points: Point[], env: ChartEnv): ChartModel {
  const { locale, t, palette: p } = env
  const sorted = [...points].sort((a, b) => a.month.localeCompare(b.month) || a.id.localeCompare(b.id))
  const pc = (n: number) => formatNumber(locale, n, { percent: true })
  const date = (r: Point) => {
    const d = formatMonth(locale, r.month)
    return r.date_precision === 'approx' ? t('later.approx', { date: d }) : d
  }
  const share = (r: Point, fw: Framework) => {
    const v = valueOf(r, fw)
    return v === undefined ? t('later.noNumber') : `${r.qualifier === 'about' ? t('later.about') : ''}${pc(v)}`
  }
  const range = (fw: Framework) => {
    const vs = sorted.map(r => valueOf(r, fw)).filter((v): v is number => v !== undefined)
    return vs.length ? [pc(Math.min(...vs)), pc(Math.max(...vs))] : ['—', '—']
  }
  const aria = t('later.aria', {
    ptMin: range('PyTorch')[0],
    ptMax: range('PyTorch')[1],
    tfMin: range('TensorFlow')[0],
    tfMax: range('TensorFlow')[1],
    first: date(sorted[0]),
    last: date(sorted[sorted.length - 1]),
    low: sorted.filter(r => r.confidence === 'low').length,
    n: sorted.length,
  })

  // One category per reported figure, labelled with its date, what it is a share of, and its confidence:
  // a time axis would invite reading the points as one trend.
  const categories = sorted.map(r => r.id)
  const axisLabel = (id: string) => {
    const r = sorted.find(x => x.id === id)!
    return `${date(r)}\n{den|${t(`later.denShort.${r.denominator}`)}}\n{conf|${t(`confidence.${r.confidence}`)}}`
  }
  // A row's note quotes its source, in English; other editions leave the quote to the source link and the CSV.
  const quoteNotes = env.locale === 'en'
  const tooltip = (i: number) => {
    const r = sorted[i]
    return [
      `<b>${escapeHtml(date(r))}</b>`,
      escapeHtml(t(`later.den.${r.denominator}`)),
      ...FRAMEWORKS.map(fw => escapeHtml(`${fw}: ${share(r, fw)}`)),
      escapeHtml(`${t('timeline.col.confidence')}: ${t(`confidence.${r.confidence}`)}`),
      ...(quoteNotes ? [`<i>${escapeHtml(r.note)}</i>`] : []),
    ].join('<br>')
  }

  const option = {
    grid: { left: 48, right: 16, top: 56, bottom: 78 },
    legend: { top: 0, data: [...FRAMEWORKS] },
    tooltip: {
      trigger: 'item',
      formatter: (d: unknown) => tooltip((d as { dataIndex: number }).dataIndex),
    },
    xAxis: {
      type: 'category',
      data: categories,
      splitLine: { show: true },
      axisLabel: {
        interval: 0,
        fontSize: 11,
        lineHeight: 14,
        formatter: axisLabel,
        rich: {
          den: { color: p.muted, fontSize: 10 },
          conf: { color: p.muted, fontSize: 10, fontStyle: 'italic' },
        },
      },
    },
    yAxis: percentAxis(t('later.yAxis'), { min: 0, max: 100 }),
    // Scatter only: each figure stands alone, and no series type here can draw a connecting line.
    series: FRAMEWORKS.map(fw => ({
      name: fw,
      type: 'scatter',
      color: p[fw],
      symbol: marks[fw].symbol,
      symbolSize: 14,
      data: sorted.map(r => {
        const v = valueOf(r, fw)
        const style = CONFIDENCE_STYLE[r.confidence]
        return v === undefined
          ? '-'
          : {
              value: v,
              itemStyle: {
                color: withAlpha(p[fw], style.alpha),
                borderType: style.borderType,
                borderColor: p[fw],
                borderWidth: r.confidence === 'low' ? 2 : 0,
              },
            }
      }),
      label: {
        show: true,
        position: 'right',
        distance: 6,
        fontSize: 12,
        formatter: (d: { dataIndex: number }) => share(sorted[d.dataIndex], fw),
      },
    })),
  } satisfies EChartsOption

  const table = {
    columns: [
      t('later.col.date'),
      t('later.col.denominator'),
      t('later.col.pytorch'),
      t('later.col.tensorflow'),
      t('timeline.col.confidence'),
      ...(quoteNotes ? [t('later.col.note')] : []),
    ],
    rows: sorted.map(r => [
      date(r),
      t(`later.den.${r.denominator}`),
      share(r, 'PyTorch'),
      share(r, 'TensorFlow'),
      t(`confidence.${r.confidence}`),
      ...(quoteNotes ? [r.note] : []),
    ]),
    sources: sorted.map(r => [r.source]),
    columnSeries: [undefined, undefined, 'PyTorch', 'TensorFlow', undefined, undefined],
  }
  return { option, aria, title: t('later.title'), table, sources: [...new Set(sorted.map(r => r.source))] }
}

export const spec = defineChart({
  name: 'later',
  datasets: ['later'],
  model: (_p, data, env) => laterChart(data.later, env),
  height: tall(380, 440),
  uses: ['scatter', 'grid', 'legend', 'tooltip'],
})
