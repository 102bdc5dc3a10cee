import { describe, expect, it } from 'vitest'
import { speedChart } from '../../../lib/charts/speed'
import { fastestOf, relativeSpeed, speedRatio } from '../../../lib/domain/speed'
import { env, expectEscaped, realData, seriesOf, tooltipOf, XSS } from '../helpers'

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
    // Models in table order: AlexNet, VGG-19, ResNet-50, MobileNet, GNMTv2, NCF.
    // Chainer ran only AlexNet and ResNet-50.
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
    expect(m.table.rows).toHaveLength(rows.length)
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
    expectEscaped(html)
    // The table keeps the raw text; ChartTable renders cells with {{ }}, which Vue inserts as text.
    expect(speedChart(rowsX, env()).table.rows.some(r => r[0] === XSS)).toBe(true)
  })
})
