import { describe, expect, it } from 'vitest'
import { operatorsChart } from '../../../lib/charts/operators'
import { POST_TF_VERSION } from '../../../lib/domain/operators'
import { env, realData, seriesOf } from '../helpers'

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
