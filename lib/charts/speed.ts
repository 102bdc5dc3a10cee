import type { BarSeriesOption, EChartsOption } from 'echarts'
import type { Row } from '../data/schema'
import type { BenchFramework } from '../domain/speed'
import type { ChartEnv, ChartModel } from './common'
import { formatNumber } from '../i18n'
import { withAlpha } from '../palette'
import { BENCH_FRAMEWORKS, cellOf, fastestOf, modelsIn, relativeSpeed, spreadText } from '../domain/speed'
import { escapeHtml } from '../table'
import { percentAxis, tensorflowStripes } from './common'
import { defineChart, tall } from './spec'

// The four other frameworks are context, so they share one grey at different strengths, each outlined in the full
// grey (a faded fill alone is under 3:1 on the slide) and each with a pattern of its own, so they differ without
// colour; the two the talk is about keep their colours, and TensorFlow's bars are striped.
type Decal = Exclude<NonNullable<BarSeriesOption['itemStyle']>['decal'], 'none' | undefined>
const CONTEXT: Partial<Record<BenchFramework, { opacity: number; decal: Decal }>> = {
  Chainer: { opacity: 0.3, decal: { symbol: 'circle', symbolSize: 0.4, dashArrayX: [3, 3], dashArrayY: [3, 3] } },
  CNTK: { opacity: 0.45, decal: { symbol: 'rect', rotation: Math.PI / 4, dashArrayX: [1, 0], dashArrayY: [2, 3] } },
  MXNet: { opacity: 0.6, decal: { symbol: 'rect', rotation: Math.PI / 2, dashArrayX: [1, 0], dashArrayY: [1, 4] } },
  PaddlePaddle: { opacity: 0.75, decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [3, 3], dashArrayY: [3, 3] } },
}

export function speedChart(rows: Row<'speed'>[], env: ChartEnv): ChartModel {
  const { locale, t, palette: p } = env
  const models = modelsIn(rows)
  const pc = (n: number) => formatNumber(locale, n, { percent: true })
  const num = (n: number) => formatNumber(locale, n, { digits: 1 })
  const rel = (m: string, fw: BenchFramework) => relativeSpeed(rows, m, fw)
  const naCount = (m: string) => rows.filter(r => r.model === m && r.status === 'na').length
  // images/s, tokens/s, samples/s in the edition's language: 图像/秒 on a Chinese axis.
  const unit = (cell: Row<'speed'>) => t(`speed.unit.${cell.unit}`)

  const pt = models.map(m => ({ m, v: rel(m, 'PyTorch')! }))
  const tf = models.map(m => ({ m, v: rel(m, 'TensorFlow')! })).sort((a, b) => a.v - b.v)
  const aria = t('speed.aria', {
    ptFastest: models.filter(m => fastestOf(rows, m).framework === 'PyTorch').length,
    n: models.length,
    ptGap: pc(100 - Math.min(...pt.map(x => x.v))),
    tfMin: pc(tf[0].v),
    tfMinModel: tf[0].m,
    tfMax: pc(tf[tf.length - 1].v),
    tfMaxModel: tf[tf.length - 1].m,
  })

  const category = (m: string) => {
    const na = naCount(m)
    return [m, `{unit|${unit(cellOf(rows, m, 'PyTorch'))}}`, na ? `{na|${t('speed.naCount', { n: na })}}` : '']
      .filter(Boolean)
      .join('\n')
  }
  const tooltip = (model: string) =>
    [
      `<b>${escapeHtml(model)}</b>`,
      ...BENCH_FRAMEWORKS.map(fw => {
        const c = cellOf(rows, model, fw)
        return escapeHtml(
          c.throughput === undefined
            ? `${fw}: ${t('speed.na')}`
            : `${fw}: ${pc(rel(model, fw)!)} (${formatNumber(locale, c.throughput)} ${spreadText(c, num)} ${unit(c)})`,
        )
      }),
    ].join('<br>')

  const option = {
    grid: { left: 56, right: 16, top: 60, bottom: 64 },
    legend: { top: 0, data: [...BENCH_FRAMEWORKS] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: unknown) => tooltip(String((items as { axisValue: string }[])[0]?.axisValue)),
    },
    xAxis: {
      type: 'category',
      data: models,
      axisLabel: {
        interval: 0,
        lineHeight: 15,
        formatter: category,
        rich: {
          unit: { color: p.muted, fontSize: 12 },
          na: { color: p.muted, fontSize: 12, fontStyle: 'italic' },
        },
      },
    },
    yAxis: percentAxis(t('speed.yAxis'), { min: 0, max: 100 }),
    series: BENCH_FRAMEWORKS.map(fw => {
      const main = fw === 'TensorFlow' || fw === 'PyTorch'
      return {
        name: fw,
        type: 'bar',
        // '-' is ECharts' missing value: an N/A cell leaves its slot empty rather than drawing a zero.
        data: models.map(m => (rel(m, fw) === undefined ? '-' : Number(rel(m, fw)!.toFixed(1)))),
        color: main ? p[fw] : p.muted,
        // The fill fades, not the whole bar, so the outline keeps its full grey.
        itemStyle: main
          ? tensorflowStripes(fw)
          : {
              color: withAlpha(p.muted, CONTEXT[fw]!.opacity),
              borderColor: p.muted,
              borderWidth: 1,
              decal: { ...CONTEXT[fw]!.decal, color: withAlpha(p.text, 0.45) },
            },
        barGap: '8%',
        label: main
          ? {
              show: true,
              position: 'insideTop',
              rotate: 90,
              align: 'right',
              verticalAlign: 'middle',
              color: p.tooltipBg,
              fontSize: 12,
              fontWeight: 'bold',
              formatter: (d: { value?: unknown }) => pc(Number(d.value)),
            }
          : undefined,
      }
    }),
  } satisfies EChartsOption

  const table = {
    columns: [
      t('speed.col.model'),
      t('speed.col.framework'),
      t('speed.col.throughput'),
      t('speed.col.spread'),
      t('speed.col.unit'),
      t('speed.col.relative'),
    ],
    rows: rows.map(r => [
      r.model,
      r.framework,
      r.throughput === undefined ? t('speed.na') : formatNumber(locale, r.throughput),
      spreadText(r, num) || '—',
      unit(r),
      r.throughput === undefined ? '—' : pc(rel(r.model, r.framework)!),
    ]),
    sources: rows.map(r => [r.source]),
    rowSeries: rows.map(r => r.framework),
  }
  // ←/→ along the models, ↑/↓ between the frameworks: each bar as its tooltip says it.
  const explore = {
    along: t('speed.col.model'),
    measure: t('speed.yAxis'),
    groups: BENCH_FRAMEWORKS.map((fw, seriesIndex) => ({
      name: fw,
      series: fw,
      points: models.map((m, dataIndex) => {
        const c = cellOf(rows, m, fw)
        const r = rel(m, fw)
        return {
          label: m,
          value:
            c.throughput === undefined || r === undefined
              ? t('speed.na')
              : t('explore.paren', {
                  main: pc(r),
                  detail: [formatNumber(locale, c.throughput), spreadText(c, num), unit(c)].filter(Boolean).join(' '),
                }),
          n: r,
          seriesIndex,
          dataIndex,
        }
      }),
    })),
  }
  const sources = [...new Set(rows.map(r => r.source))]
  return { option, aria, title: t('speed.title'), table, sources, explore }
}

export const spec = defineChart({
  name: 'speed',
  datasets: ['speed'],
  model: (_p, data, env) => speedChart(data.speed, env),
  height: tall(420, 600),
})
