import { describe, expect, it } from 'vitest'
import { palettes } from '../../../lib/palette'
import { trendChart } from '../../../lib/charts/trend'
import { env, expectEscaped, realData, seriesOf, tooltipOf, XSS } from '../helpers'

describe('trend chart', () => {
  const input = { rows: realData.trend, conference: 'all', from: 2017, to: 2019 }

  it("plots each framework's % of all papers a year (by hand: 2017 pooled, 344 TF and 25 PyTorch of 3,142)", () => {
    const m = trendChart(input, env())
    const [tf, pt] = seriesOf(m.option)
    expect(tf.name).toBe('TensorFlow')
    expect(pt.name).toBe('PyTorch')
    // 2017 pooled: 344 TF and 25 PyTorch of 3,142 papers.
    expect(tf.data[0]).toBeCloseTo(10.95, 2)
    expect(pt.data[0]).toBeCloseTo(0.8, 2)
    expect((m.option.xAxis as { data: string[] }).data).toEqual(['2017', '2018', '2019'])
  })

  it('reveals the story one click at a time, and going back removes it again', () => {
    const at = (step: number) => seriesOf(trendChart({ ...input, step }, env()).option)
    expect(at(0).map(s => s.name)).toEqual(['TensorFlow'])
    expect(at(1).map(s => s.name)).toEqual(['TensorFlow', 'PyTorch'])
    expect(at(1)[1].markPoint).toBeUndefined()
    expect(at(2)[1].markPoint?.data[0].coord[0]).toBe('2019')
  })

  it('filters to one conference', () => {
    const m = trendChart({ ...input, conference: 'ICLR' }, env())
    expect(m.table.rows.map(r => r[0])).toEqual([2018, 2019])
    expect(m.aria).toMatch(/^ICLR: in 2018, 28\.2% of papers mention only TensorFlow and 8\.3% only PyTorch/)
  })

  it('says its message in the aria label, in each language', () => {
    expect(trendChart(input, env()).aria).toContain('PyTorch passes TensorFlow in 2019')
    expect(trendChart(input, env('zh')).aria).toContain('PyTorch 在2019年反超 TensorFlow')
  })

  it('escapes HTML in tooltip text', () => {
    const rows = realData.trend.map(r => (r.conference === 'ICLR' ? { ...r, conference: XSS } : r))
    const m = trendChart({ ...input, rows, conference: XSS }, env())
    const formatter = tooltipOf(m.option)
    const html = formatter([{ axisValue: '2019', seriesName: 'PyTorch' }])
    expectEscaped(html)
  })

  it('names the conference that has no data', () => {
    expect(() => trendChart({ ...input, conference: 'KDD' }, env())).toThrow(
      /no conference data for "KDD" between 2017 and 2019/,
    )
  })

  it('labels a point with its share rounded once (by hand: CVPR 2017, 63 TF of 783 papers, 8.05%, is 8%)', () => {
    const m = trendChart({ ...input, conference: 'CVPR' }, env())
    type Labelled = { label: { formatter: (d: { value: number; dataIndex: number }) => string } }
    const tf = seriesOf(m.option)[0] as unknown as Labelled
    // The drawn value is 8.05 (rounded to 2 decimals for the axis); rounding that again would print 8.1%.
    expect(tf.label.formatter({ value: 8.05, dataIndex: 0 })).toBe('8%')
  })

  it('labels only the last year when compact, so half-width labels cannot collide', () => {
    const [, pt] = seriesOf(trendChart({ ...input, to: 2022, compact: true }, env()).option) as unknown as {
      label: { formatter: (d: { value: number; dataIndex: number }) => string }
    }[]
    expect(pt.label.formatter({ value: 8.7, dataIndex: 1 })).toBe('')
    // 2022 is index 5 of 2017..2022.
    expect(pt.label.formatter({ value: 32.2, dataIndex: 5 })).toBe('32.2%')
  })

  it('stars 2021 and 2022, which count ICLR submissions, and says why under the axis, in both languages', () => {
    type Axis = { name: string; axisLabel: { formatter: (v: string) => string } }
    const axis = (locale: 'en' | 'zh', conference = 'all') =>
      trendChart({ ...input, conference, to: 2022 }, env(locale)).option.xAxis as Axis
    // 2022 pools ICLR alone, scraped before the decisions; 2021 pools ICLR submissions with ICML's accepted papers.
    expect(['2020', '2021', '2022'].map(axis('en').axisLabel.formatter)).toEqual(['2020', '2021*', '2022*'])
    expect(axis('en').name).toBe('* ICLR: submissions, not accepted papers\n2022: ICLR alone')
    expect(axis('zh').name).toBe('* ICLR 计的是投稿，不是录用论文\n2022 年只有 ICLR')
    expect(trendChart({ ...input, to: 2022 }, env()).aria).toMatch(
      / 2021 counts ICLR submissions, not accepted papers\. 2022 counts ICLR submissions, not accepted papers\.$/,
    )
    // ICLR picked alone: 2020 is accepted papers, 2021 and 2022 its submissions; no year pools one conference.
    expect(['2020', '2022'].map(axis('en', 'ICLR').axisLabel.formatter)).toEqual(['2020', '2022*'])
    expect(axis('en', 'ICLR').name).toBe('* ICLR: submissions, not accepted papers')
    // Up to 2019 every count is of accepted papers: no star, no note.
    expect((trendChart(input, env()).option.xAxis as Axis).name).toBe('Year')
  })

  it('says "only" under a pooled year of one conference of accepted papers', () => {
    type Axis = { axisLabel: { formatter: (v: string) => string } }
    const rows = input.rows.filter(r => r.conference !== 'ICLR' || r.month < '2021')
    const last = { ...rows.find(r => r.conference === 'ICML')!, month: '2023-06' }
    const m = trendChart({ ...input, rows: [...rows, last], to: 2023 }, env())
    expect((m.option.xAxis as Axis).axisLabel.formatter('2023')).toBe('2023\nICML only')
    expect(m.aria).toMatch(/ 2023: ICML only\.$/)
  })

  it("moves the crossover year's value label off the ring, to its right", () => {
    const [, pt] = seriesOf(trendChart(input, env()).option)
    // 2017, 2018, 2019: the ring is on 2019, where 1,247 of 6,929 papers mention only PyTorch (18.00%).
    expect(pt.data[2]).toEqual({ value: 18, label: { position: 'right', distance: 20 } })
    expect(typeof pt.data[1]).toBe('number')
    // Before the click that draws the ring, the label stays where the others are.
    const [, before] = seriesOf(trendChart({ ...input, step: 1 }, env()).option)
    expect(before.data[2]).toBe(18)
  })

  it('uses the dark palette in dark mode', () => {
    const [tf] = seriesOf(trendChart(input, env('en', 'dark')).option) as unknown as { color: string }[]
    expect(tf.color).toBe(palettes.dark.TensorFlow)
    expect(palettes.dark.TensorFlow).not.toBe(palettes.light.TensorFlow)
  })
})
