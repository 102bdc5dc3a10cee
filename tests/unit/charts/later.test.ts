import { describe, expect, it } from 'vitest'
import type { Row } from '../../../lib/data/schema'
import { laterChart } from '../../../lib/charts/later'
import { env, expectEscaped, realData, seriesOf, tooltipOf, XSS } from '../helpers'

describe('later research-share points', () => {
  const rows = realData.later

  it('draws separate points, never a line', () => {
    const series = seriesOf(laterChart(rows, env()).option)
    expect(series.map(s => s.type)).toEqual(['scatter', 'scatter'])
    expect(JSON.stringify(series)).not.toContain('"line"')
    // Sorted by month: 2020-10 (47/18), 2022-06 (60/11), 2023-01 HF (85/8), 2023-01 PwC (62/4), 2023-05 (59/5).
    expect(series.map(s => s.name)).toEqual(['TensorFlow', 'PyTorch'])
    expect(series[0].data.map(d => (d as { value: number }).value)).toEqual([18, 11, 8, 4, 5])
    expect(series[1].data.map(d => (d as { value: number }).value)).toEqual([47, 60, 85, 62, 59])
  })

  it('shows confidence on the mark: low is faint and dashed, medium stronger', () => {
    const [, pt] = seriesOf(laterChart(rows, env()).option)
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
    expect(seriesOf(m.option)[0].data.at(-1)).toBe('-')
    expect(m.table.rows.at(-1)![3]).toBe('no figure given')
  })

  it('states ranges and confidence in its aria label, and escapes notes in tooltips', () => {
    // PyTorch 47..85, TensorFlow 4..18; 4 of the 5 rows are low confidence.
    expect(laterChart(rows, env()).aria).toContain(
      'PyTorch between 47% and 85%, TensorFlow between 4% and 18%, from Oct 2020 to May 2023. ' +
        '4 of the 5 figures are low-confidence',
    )
    const m = laterChart(
      rows.map(r => ({ ...r, note: XSS })),
      env(),
    )
    const html = tooltipOf(m.option)({ dataIndex: 0 })
    expectEscaped(html)
  })

  it('prints dates in the language of the edition', () => {
    expect(laterChart(realData.later, env('zh', 'dark')).table.rows[0][0]).toBe('2020年10月')
    expect(laterChart(realData.later, env('en')).table.rows[0][0]).toBe('Oct 2020')
  })
})
