import type { EChartsOption } from 'echarts'
import type { Row } from '../data/schema'
import type { Framework } from '../domain/research'
import type { ChartEnv, ChartModel } from './common'
import { formatNames, formatNumber } from '../i18n'
import { withAlpha } from '../palette'
import { arxivGrowth, FRAMEWORKS, yoyGrowth } from '../domain/research'
import { defineChart, tall } from './spec'
import { percentAxis, tensorflowStripes } from './common'

export interface GrowthInput {
  arxiv: Row<'growth'>[]
  conferences: Row<'trend'>[]
  from: number
  to: number
  /** Click step: 0 shows PyTorch only, 1 adds TensorFlow. */
  step?: number
}

export function growthChart(input: GrowthInput, env: ChartEnv): ChartModel {
  const { locale, t, palette: p } = env
  const conf = yoyGrowth(input.conferences, input.from, input.to)
  const signed = (n: number) => formatNumber(locale, n, { signed: true, percent: true })
  const categories = [t('growth.arxiv'), t('growth.conf', { n: conf.conferences.length })]
  const arxivRow = (fw: Framework) => arxivGrowth(input.arxiv, fw)
  const confPct = (fw: Framework) => (fw === 'PyTorch' ? conf.pytorch : conf.tensorflow).percent
  const step = input.step ?? Infinity
  const shown = FRAMEWORKS.filter(fw => step >= 1 || fw === 'PyTorch')

  const aria = t('growth.aria', {
    ptArxiv: signed(arxivRow('PyTorch').value!),
    tfArxiv: signed(arxivRow('TensorFlow').value!),
    ptConf: signed(confPct('PyTorch')),
    tfConf: signed(confPct('TensorFlow')),
    n: conf.conferences.length,
  })

  const option = {
    grid: { left: 64, right: 24, top: 48, bottom: 40 },
    legend: { top: 0, data: shown },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: categories },
    yAxis: percentAxis(t('growth.yAxis')),
    series: shown.map(fw => {
      const quoted = arxivRow(fw).provenance === 'chart-label'
      return {
        name: fw,
        type: 'bar',
        color: p[fw],
        barMaxWidth: 72,
        data: [
          {
            value: arxivRow(fw).value!,
            // A figure only reported as a label of the original chart: a faded fill and a dashed outline (every
            // TensorFlow bar is striped), and its label says so.
            // (colour alpha rather than opacity, which would fade the label too)
            itemStyle: quoted
              ? { color: withAlpha(p[fw], 0.4), borderType: 'dashed', borderColor: p.text, borderWidth: 2 }
              : undefined,
            label: quoted
              ? {
                  // One rich segment per line: a styled segment cannot span a line break.
                  formatter: [
                    signed(arxivRow(fw).value!),
                    ...t('growth.flag')
                      .split('\n')
                      .map(line => `{flag|${line}}`),
                  ].join('\n'),
                  lineHeight: 18,
                  rich: {
                    flag: {
                      fontSize: 12,
                      fontWeight: 'normal',
                      color: p.muted,
                      width: 96,
                      overflow: 'break',
                      align: 'center',
                    },
                  },
                }
              : undefined,
          },
          { value: Number(confPct(fw).toFixed(1)) },
        ],
        label: {
          show: true,
          position: 'top',
          fontSize: 14,
          fontWeight: 'bold',
          formatter: (d: { value?: unknown }) => signed(Number(d.value)),
        },
        itemStyle: tensorflowStripes(fw),
      }
    }),
  } satisfies EChartsOption

  const arxivBasis = (row: Row<'growth'>) =>
    locale === 'en' ? row.note : t(row.provenance === 'text' ? 'growth.basis.text' : 'growth.basis.chartLabel')
  const confBasis = (fw: Framework) => {
    const c = fw === 'PyTorch' ? conf.pytorch : conf.tensorflow
    return t('growth.basis.conf', {
      from: conf.from,
      before: c.before,
      to: conf.to,
      after: c.after,
      list: formatNames(locale, conf.conferences),
    })
  }
  const measure = (fw: Framework) => [
    [
      t('growth.arxiv'),
      fw,
      signed(arxivRow(fw).value!),
      arxivBasis(arxivRow(fw)),
      t(`confidence.${arxivRow(fw).confidence}`),
    ],
    [t('growth.conf', { n: conf.conferences.length }), fw, signed(confPct(fw)), confBasis(fw), t('confidence.high')],
  ]
  const confSources = [...new Set(input.conferences.map(r => r.source))]
  const table = {
    columns: [
      t('growth.col.measure'),
      t('growth.col.framework'),
      t('growth.col.value'),
      t('growth.col.basis'),
      t('growth.col.confidence'),
    ],
    rows: FRAMEWORKS.flatMap(measure),
    sources: FRAMEWORKS.flatMap(fw => [[arxivRow(fw).source], confSources]),
    rowSeries: FRAMEWORKS.flatMap(fw => [fw, fw]),
  }
  // ←/→ between the two measures, ↑/↓ between the frameworks drawn.
  const explore = {
    along: t('growth.col.measure'),
    measure: t('growth.yAxis'),
    groups: shown.map((fw, seriesIndex) => ({
      name: fw,
      series: fw,
      points: [arxivRow(fw).value!, confPct(fw)].map((n, dataIndex) => ({
        label: categories[dataIndex],
        value:
          dataIndex === 0 && arxivRow(fw).provenance === 'chart-label'
            ? t('explore.paren', { main: signed(n), detail: t('growth.flag').replace(/\n/g, ' ') })
            : signed(n),
        n,
        seriesIndex,
        dataIndex,
      })),
    })),
  }
  return { option, aria, title: t('growth.title'), table, sources: [...new Set(table.sources.flat())], explore }
}

export const spec = defineChart({
  name: 'growth',
  datasets: ['growth', 'trend'],
  file: () => 'growth-2018-2019',
  model: (_p, data, env, state) =>
    growthChart({ arxiv: data.growth, conferences: data.trend, from: 2018, to: 2019, step: state.step }, env),
  height: tall(380, 360),
})
