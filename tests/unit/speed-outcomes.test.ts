import type { Row } from '../../lib/data/schema'
import { describe, expect, it } from 'vitest'
import { absoluteSpread, headToHead, outcomeOf } from '../../lib/domain/speed'
import { realData } from './helpers'

const rows = realData.speed

// Expected outcomes worked out by hand from Table 1 of arXiv:1912.01703 (data/speed.csv).
describe('wins, ties and losses from the spreads', () => {
  it('PyTorch against TensorFlow: 5 wins and a tie on AlexNet, whose 125 img/s lead is inside ± 316', () => {
    expect(headToHead(rows, 'PyTorch', 'TensorFlow')).toEqual({
      win: ['VGG-19', 'ResNet-50', 'MobileNet', 'GNMTv2', 'NCF'],
      tie: ['AlexNet'],
      loss: [],
    })
  })

  it('MXNet against PyTorch on AlexNet (1554 vs 1547) is a tie, as the speed slide says', () => {
    expect(outcomeOf(rows, 'AlexNet', 'MXNet', 'PyTorch')).toBe('tie')
    expect(outcomeOf(rows, 'AlexNet', 'PyTorch', 'MXNet')).toBe('tie')
  })

  it('is a loss seen from the other side, and nothing where a cell is N/A', () => {
    expect(outcomeOf(rows, 'VGG-19', 'TensorFlow', 'PyTorch')).toBe('loss')
    expect(outcomeOf(rows, 'VGG-19', 'Chainer', 'PyTorch')).toBeUndefined()
  })

  it('converts a percent spread with its own throughput: NCF 5.4e6 ± 3.4% is ± 183,600', () => {
    const ncf = rows.find(r => r.model === 'NCF' && r.framework === 'PyTorch')!
    expect(absoluteSpread(ncf)).toBeCloseTo(183_600, 6)
  })

  it('uses the wider spread of the two: a lead of 10 against ± 2 and ± 12 is a tie', () => {
    const cell = (framework: Row<'speed'>['framework'], throughput: number, pm: number): Row<'speed'> => ({
      model: 'M',
      framework,
      throughput,
      plus_minus: pm,
      plus_minus_type: 'abs',
      unit: 'images/s',
      status: 'ok',
      source: 'pytorch-paper',
    })
    expect(outcomeOf([cell('PyTorch', 110, 2), cell('TensorFlow', 100, 12)], 'M', 'PyTorch', 'TensorFlow')).toBe('tie')
    expect(outcomeOf([cell('PyTorch', 110, 2), cell('TensorFlow', 100, 9)], 'M', 'PyTorch', 'TensorFlow')).toBe('win')
  })
})
