import type { Series } from '../helpers'
import { describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import { growthChart } from '../../../lib/charts/growth'
import { tableToCsv } from '../../../lib/table'
import { env, realData, seriesOf } from '../helpers'

describe('growth chart', () => {
  const input = { arxiv: realData.growth, conferences: realData.trend, from: 2018, to: 2019 }

  it("puts O'Reilly's arXiv growth beside growth computed from the conferences", () => {
    const [tf, pt] = seriesOf(growthChart(input, env()).option)
    const values = (s: Series) => s.data.map(d => (d as { value: number }).value)
    expect(values(pt)).toEqual([194, 200])
    // 562 -> 535 papers: -4.8%
    expect(values(tf)).toEqual([23, -4.8])
  })

  it('flags the TensorFlow +23% as read off a chart', () => {
    const [tf, pt] = seriesOf(growthChart(input, env()).option)
    const first = tf.data[0] as { label?: { formatter: string } }
    expect(first.label?.formatter).toBe('+23%\n{flag|reported as a}\n{flag|chart label, not}\n{flag|in the text}')
    expect((pt.data[0] as { label?: unknown }).label).toBeUndefined()
  })

  it('shows PyTorch first, then TensorFlow on the next click (in the order every chart lists them)', () => {
    expect(seriesOf(growthChart({ ...input, step: 0 }, env()).option).map(s => s.name)).toEqual(['PyTorch'])
    expect(seriesOf(growthChart({ ...input, step: 1 }, env()).option).map(s => s.name)).toEqual([
      'TensorFlow',
      'PyTorch',
    ])
  })

  it("stripes TensorFlow's bars only, so the two differ without colour", () => {
    const [tf, pt] = seriesOf(growthChart(input, env()).option) as unknown as { itemStyle?: { decal?: object } }[]
    expect(tf.itemStyle?.decal).toMatchObject({ symbol: 'rect' })
    expect(pt.itemStyle?.decal).toBeUndefined()
  })

  it('exports its rows with full citations', () => {
    const m = growthChart(input, env())
    const csv = parse(tableToCsv(m.table, realData.sources)) as string[][]
    expect(csv[0]).toEqual(['Measure', 'Framework', 'Value', 'Basis', 'Confidence', 'Source'])
    expect(csv).toHaveLength(5)
    const tfArxiv = csv.find(r => r[1] === 'TensorFlow' && r[0].startsWith('arXiv'))!
    expect(tfArxiv[2]).toBe('+23%')
    expect(tfArxiv[5]).toContain('doczamora.com')
    expect(csv.find(r => r[1] === 'PyTorch' && r[0].startsWith('arXiv'))![5]).toContain('oreilly.com')
  })
})
