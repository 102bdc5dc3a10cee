import type { BarSeriesOption, EChartsOption } from 'echarts'
import type { Row } from '../data/schema'
import type { ChartEnv, ChartModel } from './common'
import { dataKey, formatNumber } from '../i18n'
import { withAlpha } from '../palette'
import { escapeHtml } from '../table'
import { defineChart, tall } from './spec'
import { aliasesOf, POST_TF_VERSION, symbolsFor } from '../domain/operators'

export interface OperatorsInput {
  symbols: Row<'operators'>[]
  /** Counts in other units (PyTorch operators): listed in the table, never drawn on the same axis. */
  others: Row<'operatorsOthers'>[]
  /** The TensorFlow version current when the post was written. */
  postVersion: string
}

type Part = 'primary_symbols' | 'compat_v1_symbols' | 'compat_v2_symbols'

export function operatorsChart(input: OperatorsInput, env: ChartEnv): ChartModel {
  const { locale, t, palette: p } = env
  const { symbols } = input
  const n = (v: number) => formatNumber(locale, v)
  const post = symbolsFor(symbols, input.postVersion)
  const [first, last] = [symbols[0], symbols[symbols.length - 1]]
  const aria = t('operators.aria', {
    version: post.tf_version,
    total: n(post.all_symbols),
    aliases: n(aliasesOf(post)),
    aliasPct: formatNumber(locale, (100 * aliasesOf(post)) / post.all_symbols, { percent: true }),
    primary: n(post.primary_symbols),
    first: first.tf_version,
    last: last.tf_version,
    firstTotal: n(first.all_symbols),
    lastTotal: n(last.all_symbols),
  })

  // Aliases are the same functions under a second name, so they are drawn as paler, patterned copies of
  // TensorFlow's colour rather than as new colours.
  const parts: { key: Part; name: string; fill: string; decal?: NonNullable<BarSeriesOption['itemStyle']>['decal'] }[] =
    [
      { key: 'primary_symbols', name: t('operators.primary'), fill: p.TensorFlow },
      {
        key: 'compat_v1_symbols',
        name: t('operators.v1'),
        fill: withAlpha(p.TensorFlow, 0.5),
        decal: {
          symbol: 'rect',
          dashArrayX: [1, 0],
          dashArrayY: [3, 3],
          rotation: Math.PI / 4,
          color: 'rgba(127,127,127,0.45)',
        },
      },
      {
        key: 'compat_v2_symbols',
        name: t('operators.v2'),
        fill: withAlpha(p.TensorFlow, 0.25),
        decal: {
          symbol: 'circle',
          symbolSize: 0.5,
          dashArrayX: [4, 4],
          dashArrayY: [4, 4],
          color: 'rgba(127,127,127,0.55)',
        },
      },
    ]
  const byVersion = new Map(symbols.map(r => [`TF ${r.tf_version}`, r]))
  const tooltip = (version: string) => {
    const r = byVersion.get(version)
    if (!r) return ''
    return [
      `<b>${escapeHtml(version)}</b>`,
      ...parts.map(x => escapeHtml(`${x.name}: ${n(r[x.key])}`)),
      escapeHtml(`${t('operators.col.all')}: ${n(r.all_symbols)}`),
    ].join('<br>')
  }

  const option = {
    grid: { left: 64, right: 16, top: 60, bottom: 48 },
    legend: { top: 0, data: parts.map(x => x.name) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: unknown) => tooltip(String((items as { axisValue: string }[])[0]?.axisValue)),
    },
    xAxis: {
      type: 'category',
      data: [...byVersion.keys()],
      axisLabel: {
        interval: 0,
        lineHeight: 15,
        formatter: (v: string) =>
          v === `TF ${input.postVersion}` ? `{post|${v}}\n{note|${t('operators.postVersion')}}` : v,
        rich: {
          post: { color: p.text, fontWeight: 'bold', fontSize: 13 },
          note: { color: p.highlight, fontSize: 12 },
        },
      },
    },
    yAxis: { type: 'value', name: t('operators.yAxis'), min: 0 },
    series: parts.map((x, i) => ({
      name: x.name,
      type: 'bar',
      stack: 'symbols',
      barMaxWidth: 64,
      color: x.fill,
      data: symbols.map(r => r[x.key]),
      itemStyle: { borderColor: p.TensorFlow, borderWidth: 1, decal: x.decal },
      // The total sits on the top segment, so each bar carries one number: the figure the docs page shows.
      label:
        i === parts.length - 1
          ? {
              show: true,
              position: 'top',
              fontSize: 13,
              fontWeight: 'bold',
              formatter: (d: { dataIndex: number }) => n(symbols[d.dataIndex].all_symbols),
            }
          : undefined,
    })),
  } satisfies EChartsOption

  const table = {
    columns: [
      t('operators.col.version'),
      t('operators.col.primary'),
      t('operators.col.v1'),
      t('operators.col.v2'),
      t('operators.col.all'),
      t('operators.col.unit'),
    ],
    rows: [
      ...symbols.map(r => [
        `TF ${r.tf_version}`,
        r.primary_symbols,
        r.compat_v1_symbols,
        r.compat_v2_symbols,
        r.all_symbols,
        t('operators.unitTf'),
      ]),
      ...input.others.map(o => [
        o.framework,
        '—',
        '—',
        '—',
        `${n(o.value)}${o.qualifier === 'over' ? '+' : ''}`,
        t('operators.unitOther', {
          unit: t(
            dataKey(
              'operators.unit.',
              o.unit,
              `data/operators-others.csv row framework=${o.framework}, measure=${o.measure}`,
            ),
          ),
          year: o.as_of.slice(0, 4),
        }),
      ]),
    ],
    sources: [...symbols.map(r => [r.source]), ...input.others.map(o => [o.source])],
    columnSeries: [undefined, ...parts.map(x => x.name), undefined, undefined],
  }
  // ←/→ along the versions, ↑/↓ from the totals (said on the top segment, where the chart prints them) to each part.
  const versions = [...byVersion.keys()]
  const explore = {
    along: t('operators.col.version'),
    measure: t('operators.yAxis'),
    groups: [
      {
        name: t('operators.col.all'),
        points: symbols.map((r, dataIndex) => ({
          label: versions[dataIndex],
          value: n(r.all_symbols),
          n: r.all_symbols,
          seriesIndex: parts.length - 1,
          dataIndex,
        })),
      },
      ...parts.map((x, seriesIndex) => ({
        name: x.name,
        series: x.name,
        points: symbols.map((r, dataIndex) => ({
          label: versions[dataIndex],
          value: n(r[x.key]),
          n: r[x.key],
          seriesIndex,
          dataIndex,
        })),
      })),
    ],
  }
  const sources = [...new Set(table.sources.flat())]
  return { option, aria, title: t('operators.title'), table, sources, explore }
}

export const spec = defineChart({
  name: 'operators',
  datasets: ['operators', 'operatorsOthers'],
  model: (_p, data, env) =>
    operatorsChart({ symbols: data.operators, others: data.operatorsOthers, postVersion: POST_TF_VERSION }, env),
  height: tall(380, 380),
})
