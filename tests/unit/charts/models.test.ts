import { describe, expect, it } from 'vitest'
import { modelGroups, modelsChart } from '../../../lib/charts/models'
import { env, expectEscaped, realData, tooltipOf, XSS } from '../helpers'

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
      'lists 57 TensorFlow entries (6 official, 51 research folders, each listed in a tensorflow/models README of ' +
        '2018–2019) against 15 torchvision 0.3 models in 5 tasks; torchvision 0.4 adds 3 video models',
    )
    const models = realData.models.map(m => (m.name === 'mnist' ? { ...m, name: XSS } : m))
    const m = modelsChart(models, env())
    // Bars are drawn bottom-up, so TensorFlow official/ is the last category.
    const html = tooltipOf(m.option)({ dataIndex: 7 })
    expectEscaped(html)
  })
})
