import type { ChartName } from '../../lib/charts'
import type { ChartModel } from '../../lib/charts/common'
import { readFileSync } from 'node:fs'
import { FULL_CHART } from '../../lib/chart-state'
import { describe, expect, it } from 'vitest'
import { chartNames, chartSpec } from '../../lib/charts'
import { figures } from '../../lib/figures'
import { messages, translator } from '../../lib/i18n'
import { zhModelNotes, zhSourceNotes } from '../../lib/i18n/zh'
import { modelLists } from '../../lib/model-lists'
import { noteIn } from '../../lib/notes'
import { palettes } from '../../lib/palette'
import { chartSvg } from '../../lib/render/chart-svg'
import { svgTexts } from '../../lib/render/svg-text'
import { dataDir, realData } from './helpers'

// What a Chinese reader sees must be Chinese, but for names. The names are listed in ONE file; a word that is
// neither there nor a name cell of data/ fails, and the failure says where to add it if it is a name.
const NAMES_FILE = 'data/latin-names.txt'
const listed = readFileSync(`${dataDir}/latin-names.txt`, 'utf8')
  .split('\n')
  .map(l => l.trim())
  .filter(l => l && !l.startsWith('#'))
const d = realData
// Cells that are names in every language: model and benchmark names, conferences, frameworks.
const cells = [
  ...d.models.map(m => m.name),
  ...d.speed.flatMap(r => [r.model, r.framework]),
  ...d.trend.map(r => r.conference),
]
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const names = new RegExp(
  [...new Set([...listed, ...cells])]
    .sort((a, b) => b.length - a.length)
    // A name may break over lines in a chart label ("Papers\nwith Code").
    .map(n => `(?<![A-Za-z])${escape(n).replace(/ /g, '\\s+')}(?![A-Za-z])`)
    .join('|'),
  'g',
)

// Also not words: a commit (61ffdb38) and a placeholder a message fills in ({format}).
const COMMIT = /(?<![\w.])(?=[0-9a-f]*\d)[0-9a-f]{7,40}(?![\w.])/g
const PLACEHOLDER = /\{\w+\}/g

/** The Latin words of `text` that are not names: three letters or more in a row (TF and N/A pass). */
export const latinWordsIn = (text: string) =>
  text
    .replace(names, ' ')
    .replace(COMMIT, ' ')
    .replace(PLACEHOLDER, ' ')
    .match(/[A-Za-z]{3,}/g) ?? []

function leaks(where: string, texts: (string | number | undefined)[]): string[] {
  return texts.flatMap(t => latinWordsIn(String(t ?? '')).map(w => `${where}: "${w}" in ${JSON.stringify(String(t))}`))
}
const explain = (found: string[]) =>
  found.length ? `${found.join('\n')}\n\nTranslate these, or, if a word is a name, add it to ${NAMES_FILE}.` : ''

const zh = { locale: 'zh' as const, t: translator('zh'), palette: palettes.light }

/** Everything a chart shows: title, drawn labels, every tooltip, the table view and the text alternative. */
function chartTexts(m: ChartModel): string[] {
  const drawn = svgTexts(chartSvg(m, { width: 960, height: 540, theme: 'light' })).join('\n')
  const tip = m.option.tooltip as { trigger?: string; formatter?: unknown } | undefined
  const series = (m.option.series ?? []) as { name?: string; data?: unknown[] }[]
  const tips: string[] = []
  if (typeof tip?.formatter === 'function') {
    const show = (arg: unknown) => tips.push(String((tip.formatter as (p: unknown) => unknown)(arg)))
    if (tip.trigger === 'axis') {
      const axes = [m.option.xAxis, m.option.yAxis] as { type?: string; data?: string[] }[]
      for (const v of axes.find(a => a?.type === 'category')?.data ?? [])
        show(series.map(s => ({ axisValue: v, seriesName: s.name })))
    } else
      series.forEach((s, seriesIndex) =>
        (s.data ?? []).forEach((data, dataIndex) => {
          if (data !== null && data !== '-') show({ seriesName: s.name, seriesIndex, dataIndex, data })
        }),
      )
  }
  return [
    m.title,
    m.aria,
    ...m.table.columns,
    ...m.table.rows.flat().map(String),
    drawn,
    ...tips.map(h => h.replace(/<[^>]+>/g, '\n')),
  ].filter((s): s is string => s !== undefined)
}

// Each chart as the slides draw it: its props there, every step shown (the last step shows every label), pooled
// and with each conference picked.
const SLIDE_PROPS: Partial<Record<ChartName, Record<string, number | boolean>[]>> = {
  trend: [
    { from: 2017, to: 2019 },
    { from: 2017, to: 2022, compact: true },
  ],
}

describe('the Chinese edition shows no English but names', () => {
  it('in any chart: title, labels, tooltips, table and text alternative', () => {
    const found = chartNames.flatMap(name => {
      const spec = chartSpec(name)
      return (SLIDE_PROPS[name] ?? [{}]).flatMap(props =>
        [...(spec.picker?.(props, d) ?? []), 'all'].flatMap(conference =>
          leaks(
            `${name} ${JSON.stringify(props)} ${conference}`,
            chartTexts(spec.model(props, d, zh, { ...FULL_CHART, conference })),
          ),
        ),
      )
    })
    expect(found, explain(found)).toEqual([])
  }, 60_000)

  it('in any message, and in any figure the slides quote', () => {
    const found = [
      ...Object.entries(messages.zh).flatMap(([key, text]) => leaks(`lib/i18n/zh.ts ${key}`, [text])),
      ...Object.entries(figures(d, 'zh')).flatMap(([key, text]) => leaks(`figure ${key}`, [text])),
    ]
    expect(found, explain(found)).toEqual([])
  })

  it('on the Sources slide (notes, kinds) and in the appendix (headings, tooltips)', () => {
    const found = [
      ...d.sources.flatMap(s =>
        leaks(`source ${s.id}`, [
          noteIn('zh', 'source', s.id, s.note),
          zh.t(`sources.${s.kind}`),
          zh.t(`sources.medium.${s.medium}`),
        ]),
      ),
      ...modelLists(d.models, zh.t).flatMap(g =>
        leaks(`appendix ${g.collection}`, [g.title, ...g.items.map(m => noteIn('zh', 'model', m.name, m.note))]),
      ),
    ]
    expect(found, explain(found)).toEqual([])
  })

  it('has a translation for every note of data/ and none for a note that is gone', () => {
    expect(Object.keys(zhSourceNotes).sort()).toEqual(
      d.sources
        .filter(s => s.note)
        .map(s => s.id)
        .sort(),
    )
    expect(Object.keys(zhModelNotes).sort()).toEqual([...new Set(d.models.map(m => m.note))].sort())
  })

  it('would catch a unit, a tooltip word or a note left in English, and names the file to add names to', () => {
    expect(latinWordsIn('1,547 images/s')).toEqual(['images'])
    expect(latinWordsIn('PyTorch：1,547 图像/秒；ICLR 2022 投稿；tf.compat.v1 别名；提交 1a19299c')).toEqual([])
    expect(latinWordsIn('Papers\nwith Code')).toEqual([])
    expect(latinWordsIn('Hello')).toEqual(['Hello'])
    expect(explain(leaks('x', ['added in 0.3']))).toMatch(
      /"added" in "added in 0\.3"[\s\S]*add it to data\/latin-names\.txt/,
    )
  })
})
