import { describe, expect, it } from 'vitest'
import { realData } from './helpers'

// Facts of data/ as it stands, counted by hand from the CSV files: the one place to update when a row is added.
// Other tests derive counts from the data instead of repeating these.
describe('data facts', () => {
  it('row counts', () => {
    expect(realData.trend).toHaveLength(35)
    expect(realData.growth).toHaveLength(4)
    expect(realData.speed).toHaveLength(36) // 6 models × 6 frameworks
    expect(realData.operators).toHaveLength(5)
    expect(realData.operatorsOthers).toHaveLength(2)
    expect(realData.timeline).toHaveLength(13)
    // One row per commit of top-pypi-packages-30-days.min.json, 2022-01-01 to 2026-04-01: 12 in 2022, 12 in 2023,
    // 13 in 2024 (Aug 30 instead of Aug 1, and both Nov 1 and Nov 26), 11 in 2025 (none in January), 4 in 2026.
    expect(realData.pypi).toHaveLength(52)
    expect(realData.events).toHaveLength(8)
  })

  it('the N/A cells of Table 1', () => {
    // Table 1 prints N/A in 11 cells: Chainer 4, CNTK 3, MXNet 2, PaddlePaddle 2
    // (by model: VGG-19 1, MobileNet 2, GNMTv2 4, NCF 4).
    expect(realData.speed.filter(r => r.status === 'na')).toHaveLength(11)
  })

  it('the TensorFlow versions counted, and the models per collection', () => {
    expect(realData.operators.map(r => r.tf_version)).toEqual(['1.12', '1.13', '1.14', '1.15', '2.0'])
    expect(realData.models.filter(m => m.collection === 'torchvision-0.3')).toHaveLength(15)
  })
})
