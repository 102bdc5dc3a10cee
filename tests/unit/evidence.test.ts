import type { ChartEnv } from '../../lib/charts/common'
import type { Row } from '../../lib/data/schema'
import { describe, expect, it } from 'vitest'
import { laterChart } from '../../lib/charts/later'
import { operatorsChart, POST_TF_VERSION } from '../../lib/charts/operators'
import { speedChart } from '../../lib/charts/speed'
import { monthSpan, placeEvents, timelineChart } from '../../lib/charts/timeline'
import { modelsChart, modelGroups } from '../../lib/charts/models'
import { figures, resolveFigures } from '../../lib/figures'
import { translator } from '../../lib/i18n'
import { palettes } from '../../lib/palette'
import { fastestOf, relativeSpeed, speedRatio } from '../../lib/speed'
import { realData } from './helpers'

const env = (locale: 'en' | 'zh' = 'en', theme: 'light' | 'dark' = 'light'): ChartEnv => ({
  locale,
  t: translator(locale),
  palette: palettes[theme],
})
type Series = { name: string; type: string; data: unknown[] }
const seriesOf = (o: { series?: unknown }) => o.series as Series[]
const tooltipOf = (o: { tooltip?: unknown }) => (o.tooltip as { formatter: (p: unknown) => string }).formatter
const XSS = '<img src=x onerror=alert(1)>'
const ESCAPED = '&#60;img src=x onerror=alert(1)&#62;'

// Expected values are worked out by hand from the rows of data/*.csv (PyTorch paper Table 1 etc.).
describe('speed: PyTorch paper Table 1', () => {
  const rows = realData.speed

  it('compares each framework with the fastest on the same model', () => {
    // VGG-19: PyTorch 119 is the fastest (MXNet 113, PaddlePaddle 112); TensorFlow 66 / 119 = 55.46%.
    expect(fastestOf(rows, 'VGG-19').framework).toBe('PyTorch')
    expect(relativeSpeed(rows, 'VGG-19', 'TensorFlow')).toBeCloseTo(55.46, 2)
    // MobileNet: PaddlePaddle 557 is the fastest; PyTorch 463 / 557 = 83.12%, TensorFlow 216 / 557 = 38.78%.
    expect(fastestOf(rows, 'MobileNet').framework).toBe('PaddlePaddle')
    expect(relativeSpeed(rows, 'MobileNet', 'PyTorch')).toBeCloseTo(83.12, 2)
    // ResNet-50: Chainer 219 wins; TensorFlow 200 / 219 = 91.32%.
    expect(fastestOf(rows, 'ResNet-50').framework).toBe('Chainer')
    expect(relativeSpeed(rows, 'ResNet-50', 'TensorFlow')).toBeCloseTo(91.32, 2)
    // NCF: 5.4e6 / 4.8e6 = 1.125.
    expect(speedRatio(rows, 'NCF', 'PyTorch', 'TensorFlow')).toBeCloseTo(1.125, 6)
  })

  it('keeps N/A cells missing: no value, no bar, labelled N/A in table and axis', () => {
    expect(relativeSpeed(rows, 'VGG-19', 'Chainer')).toBeUndefined()
    const m = speedChart(rows, env())
    const chainer = seriesOf(m.option).find(s => s.name === 'Chainer')!
    // Models in table order: AlexNet, VGG-19, ResNet-50, MobileNet, GNMTv2, NCF. Chainer ran only AlexNet and ResNet-50.
    expect(chainer.data).toEqual([50.1, '-', 100, '-', '-', '-'])
    expect(chainer.data).not.toContain(0)
    const row = m.table.rows.find(r => r[0] === 'VGG-19' && r[1] === 'Chainer')!
    expect(row[2]).toBe('N/A')
    const xAxis = m.option.xAxis as { axisLabel: { formatter: (v: string) => string } }
    // GNMTv2 has four N/A cells (Chainer, CNTK, MXNet, PaddlePaddle).
    expect(xAxis.axisLabel.formatter('GNMTv2')).toContain('4 × N/A')
    expect(() => speedRatio(rows, 'VGG-19', 'PyTorch', 'Chainer')).toThrow(/one of them is N\/A/)
  })

  it('prints each spread in its own unit, percent where the paper gives percent', () => {
    const m = speedChart(rows, env())
    expect(m.table.rows.find(r => r[0] === 'AlexNet' && r[1] === 'PyTorch')!.slice(2, 5)).toEqual([
      '1,547',
      '± 316',
      'images/s',
    ])
    expect(m.table.rows.find(r => r[0] === 'GNMTv2' && r[1] === 'PyTorch')!.slice(2, 5)).toEqual([
      '15,512',
      '± 4.8%',
      'tokens/s',
    ])
    expect(m.table.rows).toHaveLength(36)
  })

  it('says the message, with the caveat, in its aria label', () => {
    const { aria } = speedChart(rows, env())
    // PyTorch fastest on VGG-19, GNMTv2, NCF; worst gap MobileNet 100 - 83.12 = 16.9 -> 17%.
    // TensorFlow lowest MobileNet 38.78% -> 39%; highest AlexNet 1422/1554 = 91.51% -> 92%.
    expect(aria).toContain('one GP100 GPU')
    expect(aria).toContain('fastest on 3 of 6 models and never more than 17% behind')
    expect(aria).toContain('39% of the fastest on MobileNet and at best 92%, on AlexNet')
  })

  it('escapes a model name in the tooltip', () => {
    const rowsX = rows.map(r => (r.model === 'NCF' ? { ...r, model: XSS } : r))
    const html = tooltipOf(speedChart(rowsX, env()).option)([{ axisValue: XSS }])
    expect(html).not.toContain('<img')
    expect(html).toContain(ESCAPED)
    // The table keeps the raw text; ChartTable renders cells with {{ }}, which Vue inserts as text.
    expect(speedChart(rowsX, env()).table.rows.some(r => r[0] === XSS)).toBe(true)
  })
})

describe('operators: TF "All symbols" by version', () => {
  const input = { symbols: realData.operators, others: realData.operatorsOthers, postVersion: POST_TF_VERSION }

  it('stacks primary and compat aliases per version', () => {
    const [primary, v1, v2] = seriesOf(operatorsChart(input, env()).option)
    expect(primary.data).toEqual([3314, 3560, 3918, 3828, 1946])
    expect(v1.data).toEqual([0, 0, 2559, 2636, 2784])
    expect(v2.data).toEqual([0, 0, 1886, 1948, 1947])
  })

  it("shows the post's 8000+ as 8,363 in TF 1.14, about half aliases", () => {
    // 3,918 + 2,559 + 1,886 = 8,363; aliases 2,559 + 1,886 = 4,445; 4,445 / 8,363 = 53.2%.
    const { aria } = operatorsChart(input, env())
    expect(aria).toContain('lists 8,363 entries for TF 1.14')
    expect(aria).toContain('4,445 of them (53%) are tf.compat.v1/v2 aliases; the primary namespace has 3,918')
  })

  it("lists PyTorch's operator count in the table as a different unit, and never draws it", () => {
    const m = operatorsChart(input, env())
    const pt = m.table.rows.find(r => r[0] === 'PyTorch')!
    expect(pt[4]).toBe('1,200+')
    expect(pt[5]).toBe('ATen operators, 2022: a different unit, not comparable')
    expect(seriesOf(m.option).every(s => s.data.length === 5)).toBe(true)
    expect(m.sources).toEqual(['tf-docs-index', 'pytorch-2-0'])
  })
})

describe('models chart', () => {
  it('groups the appendix by collection, and torchvision by task', () => {
    const groups = modelGroups(realData.models, env())
    // 6 official; 51 research, all in a tensorflow/models README (cvt_text, lm_commonsense, seq2species and
    // struct2depth too, which an earlier version of the deck wrongly called "named only in the post").
    expect(groups.map(g => [g.label, g.listed.length])).toEqual([
      ['TensorFlow official/', 6],
      ['TensorFlow research/', 51],
      ['torchvision 0.3: classification', 10],
      ['torchvision 0.3: semantic segmentation', 2],
      ['torchvision 0.3: object detection', 1],
      ['torchvision 0.3: instance segmentation', 1],
      ['torchvision 0.3: person keypoints', 1],
      ['torchvision 0.4: video classification', 3],
    ])
    expect(modelGroups(realData.models, env('zh'))[2].label).toBe('torchvision 0.3：图像分类')
  })

  it('says the counts in its aria label and escapes names in tooltips', () => {
    expect(modelsChart(realData.models, env()).aria).toContain(
      'lists 57 TensorFlow entries (6 official, 51 research folders, each listed in a tensorflow/models README of 2018–2019) against 15 torchvision 0.3 models in 5 tasks; torchvision 0.4 adds 3 video models',
    )
    const models = realData.models.map(m => (m.name === 'mnist' ? { ...m, name: XSS } : m))
    const m = modelsChart(models, env())
    // Bars are drawn bottom-up, so TensorFlow official/ is the last category.
    const html = tooltipOf(m.option)({ dataIndex: 7 })
    expect(html).toContain(ESCAPED)
    expect(html).not.toContain('<img')
  })
})

describe('timeline', () => {
  it('draws month-only events hollow over a band spanning the month', () => {
    const m = timelineChart(realData.timeline, env())
    const [band] = seriesOf(m.option)
    // pt-release (2017-01), tf-eager (2017-10), pt-1-0 (2018-12) and tf-2-alpha (2019-03: TensorFlow's own record
    // does not fix the day) are known to the month only: 4 segments + 4 breaks.
    expect(band.type).toBe('line')
    expect(band.data).toHaveLength(12)
    const pytorch = seriesOf(m.option).find(s => s.name === 'PyTorch')!
    const first = pytorch.data[0] as { value: [string, number]; itemStyle: { color: string } }
    expect(first.value[0]).toBe('2017-01-15')
    expect(first.itemStyle.color).toBe(palettes.light.tooltipBg)
    expect(m.aria).toContain('13 events, 4 of them known only to the month')
    expect(m.table.rows.find(r => String(r[3]).includes('TensorFlow 2.0 alpha'))![0]).toBe('Mar 2019')
    expect(m.table.rows.find(r => r[3] === 'PyTorch 1.0 stable')![0]).toBe('Dec 2018')
  })

  it('spans whole months, leap years included', () => {
    expect(monthSpan('2017-01-18')).toEqual(['2017-01-01', '2017-01-31'])
    expect(monthSpan('2024-02-10')).toEqual(['2024-02-01', '2024-02-29'])
  })

  it('gives Caffe2 its own lane and keeps labels in a lane from overlapping', () => {
    const { placed } = placeEvents(realData.timeline)
    const y = (id: string) => placed.find(x => x.event.id === id)!.y
    expect(new Set([y('detectron'), y('maskrcnn-benchmark'), y('bert')]).size).toBe(3)
    // Torchvision 0.3 (2019-05) and PyTorch 1.2 (2019-08) are three months apart: not on one sub-row.
    expect(y('torchvision-0-3')).not.toBe(y('pt-1-2'))
  })

  it('escapes event text in tooltips', () => {
    const events = realData.timeline.map(e => (e.id === 'bert' ? { ...e, event: XSS } : e))
    const m = timelineChart(events, env())
    const bert = seriesOf(m.option)
      .find(s => s.name === 'TensorFlow')!
      .data.find(d => (d as { event: { id: string } }).event.id === 'bert')
    const html = tooltipOf(m.option)({ data: bert })
    expect(html).toContain(ESCAPED)
    expect(html).not.toContain('<img')
  })
})

describe('later research-share points', () => {
  const rows = realData.later

  it('draws separate points, never a line', () => {
    const series = seriesOf(laterChart(rows, env()).option)
    expect(series.map(s => s.type)).toEqual(['scatter', 'scatter'])
    expect(JSON.stringify(series)).not.toContain('"line"')
    // Sorted by month: 2020-10 (47/18), 2022-06 (60/11), 2023-01 HF (85/8), 2023-01 PwC (62/4), 2023-05 (59/5).
    expect(series[0].data.map(d => (d as { value: number }).value)).toEqual([47, 60, 85, 62, 59])
    expect(series[1].data.map(d => (d as { value: number }).value)).toEqual([18, 11, 8, 4, 5])
  })

  it('shows confidence on the mark: low is faint and dashed, medium stronger', () => {
    const [pt] = seriesOf(laterChart(rows, env()).option)
    const style = (i: number) => (pt.data[i] as { itemStyle: { color: string; borderType: string } }).itemStyle
    expect(style(0).color).toBe('rgba(11, 107, 176, 0.8)') // State of AI 2020, medium; #0b6bb0 = 11,107,176
    expect(style(1).color).toBe('rgba(11, 107, 176, 0.4)')
    expect(style(1).borderType).toBe('dashed')
    const xAxis = laterChart(rows, env()).option.xAxis as { axisLabel: { formatter: (v: string) => string } }
    expect(xAxis.axisLabel.formatter('pwc-2023-01')).toBe('≈Jan 2023\n{den|Papers\nwith Code}\n{conf|low}')
  })

  it('keeps a figure the source does not give empty, and says so', () => {
    const withGap: Row<'later'>[] = [
      ...rows,
      { ...rows[0], id: 'only-pt', month: '2024-01', tensorflow: undefined, pytorch: 70 },
    ]
    const m = laterChart(withGap, env())
    expect(seriesOf(m.option)[1].data.at(-1)).toBe('-')
    expect(m.table.rows.at(-1)![3]).toBe('no figure given')
  })

  it('states ranges and confidence in its aria label, and escapes notes in tooltips', () => {
    // PyTorch 47..85, TensorFlow 4..18; 4 of the 5 rows are low confidence.
    expect(laterChart(rows, env()).aria).toContain(
      'PyTorch between 47% and 85%, TensorFlow between 4% and 18%, from Oct 2020 to May 2023. 4 of the 5 figures are low-confidence',
    )
    const m = laterChart(
      rows.map(r => ({ ...r, note: XSS })),
      env(),
    )
    const html = tooltipOf(m.option)({ dataIndex: 0 })
    expect(html).toContain(ESCAPED)
    expect(html).not.toContain('<img')
  })
})

describe('figures quoted on the evidence slides', () => {
  it('come from the data (hand-checked)', () => {
    const f = figures(realData, 'en')
    expect(f['speed.vggPtOverTf']).toBe('1.8×') // 119 / 66 = 1.803
    expect(f['speed.mobilePtOverTf']).toBe('2.1×') // 463 / 216 = 2.144
    expect(f['speed.ptMaxGap']).toBe('17%') // 1 - 463 / 557 = 16.9%
    expect(f['speed.ptFastest']).toBe('3')
    expect(f['operators.postTotal']).toBe('8,363')
    expect(f['operators.postAliases']).toBe('4,445')
    expect(f['operators.postAliasShare']).toBe('53%')
    expect(f['operators.postPrimary']).toBe('3,918')
    expect(f['operators.lastPrimary']).toBe('1,946')
    expect(f['operators.ptOperators']).toBe('1,200+')
    expect(f['operators.ptOverloads']).toBe('2,000+')
    expect(f['models.tv3']).toBe('15')
    expect(f['later.low']).toBe('4')
    // PyTorch over TensorFlow: 1547/1422, 119/66, 212/200, 463/216, 15512/9631, 5.4e6/4.8e6, all above 1.
    expect(f['speed.ptBeatsTf']).toBe('6')
    // GNMTv2 and NCF were run on TensorFlow and PyTorch only.
    expect(f['speed.twoWayModels']).toBe('GNMTv2 and NCF')
    // 2019 pooled: 127+294+146+263+86+76+73+182 PyTorch-only vs 50+148+38+112+86+76+33+104 TensorFlow-only.
    expect(f['conf.pt2019']).toBe('1,247')
    expect(f['conf.tf2019']).toBe('647')
    // The 2022 point is ICLR 2022 alone: 1,091 of 1,091 + 208 = 1,299, 84%.
    expect(f['conf.lastYear']).toBe('2022')
    expect(f['conf.lastYearConfs']).toBe('ICLR')
    expect(f['conf.lastYearPt']).toBe('1,091')
    expect(f['conf.lastYearEither']).toBe('1,299')
    expect(f['conf.share2022']).toBe('84%')
    // He's data of 2019 (without Google/Facebook authors), not the 2021 data drawn.
    expect(f['he2019.shares']).toBe('CVPR 69%, NAACL 75%, ICLR 58%, and ICML 56%')
  })

  it('resolves the figures in a slide title as the slide shows them, and names an unknown one', () => {
    expect(resolveFigures('PyTorch passed TensorFlow in <Fig k="conf.crossover" />', realData, 'en')).toBe(
      'PyTorch passed TensorFlow in 2019',
    )
    expect(resolveFigures('TF 2.0 (<When e="tf-2-0" />)', realData, 'en')).toBe('TF 2.0 (30 Sept 2019)')
    expect(resolveFigures('PyTorch 在 <Fig k="conf.crossover"/> 年反超', realData, 'zh')).toBe('PyTorch 在 2019 年反超')
    expect(() => resolveFigures('<Fig k="conf.share2099" />', realData, 'en')).toThrow(
      /<Fig k="conf.share2099"> is not a figure/,
    )
  })

  it('says "倍" in Chinese where English writes ×', () => {
    const f = figures(realData, 'zh')
    expect(f['speed.vggPtOverTf']).toBe('1.8 倍')
    expect(f['speed.twoWayModels']).toBe('GNMTv2和NCF')
  })
})

describe('the evidence charts in Chinese, dark', () => {
  it('build without English sentences in their aria labels', () => {
    const e = env('zh', 'dark')
    const models = [
      speedChart(realData.speed, e),
      operatorsChart(
        { symbols: realData.operators, others: realData.operatorsOthers, postVersion: POST_TF_VERSION },
        e,
      ),
      modelsChart(realData.models, e),
      timelineChart(realData.timeline, e),
      laterChart(realData.later, e),
    ]
    for (const m of models) {
      expect(m.aria).toMatch(/[\u4E00-\u9FFF]/)
      expect(m.aria).not.toMatch(/\b(the|and|of)\b/)
    }
    expect(models[4].table.rows[0][0]).toBe('2020年10月')
  })
})
