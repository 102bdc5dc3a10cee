import { describe, expect, it } from 'vitest'
import {
  countsByYear,
  crossoverYear,
  populationOf,
  pytorchShareOfEither,
  shareOfAll,
  yoyGrowth,
} from '../../lib/domain/research'
import { realData } from './helpers'

const rows = realData.trend

// Expected values below were added up by hand from the rows of data/trend.csv.
describe('shares', () => {
  it('CVPR 2019: 294 of 1,294 papers mention only PyTorch, 148 only TensorFlow', () => {
    const [cvpr] = countsByYear(rows, 'CVPR', 2019, 2019)
    expect(shareOfAll(cvpr, 'PyTorch')).toBeCloseTo(22.72, 2)
    expect(shareOfAll(cvpr, 'TensorFlow')).toBeCloseTo(11.44, 2)
    expect(pytorchShareOfEither(cvpr)).toBeCloseTo(66.52, 2)
  })

  it('pools 2017 over ACL, CVPR, EMNLP, ICCV, ICML, NeurIPS: 25 PyTorch vs 344 TensorFlow', () => {
    const [y2017] = countsByYear(rows, 'all', 2017, 2017)
    expect(y2017.conferences.sort()).toEqual(['ACL', 'CVPR', 'EMNLP', 'ICCV', 'ICML', 'NeurIPS'])
    expect([y2017.pytorch, y2017.tensorflow, y2017.total]).toEqual([25, 344, 3142])
    expect(pytorchShareOfEither(y2017)).toBeCloseTo(6.78, 2)
  })

  it('has no share when neither framework is mentioned', () => {
    expect(pytorchShareOfEither({ pytorch: 0, tensorflow: 0 })).toBeUndefined()
  })

  it('PyTorch passes TensorFlow in 2019 pooled, in 2018 at EMNLP, and not within 2017-2018 at ICLR', () => {
    expect(crossoverYear(countsByYear(rows, 'all', 2017, 2019))).toBe(2019)
    expect(crossoverYear(countsByYear(rows, 'EMNLP'))).toBe(2018)
    expect(crossoverYear(countsByYear(rows, 'ICLR', 2017, 2018))).toBeUndefined()
  })
})

describe('year-over-year growth', () => {
  it('2018 -> 2019 over the 7 conferences held both years', () => {
    const g = yoyGrowth(rows, 2018, 2019)
    expect(g.conferences).toEqual(['ACL', 'CVPR', 'EMNLP', 'ICLR', 'ICML', 'NAACL', 'NeurIPS'])
    expect(g.pytorch).toMatchObject({ before: 328, after: 984 })
    expect(g.pytorch.percent).toBeCloseTo(200, 5)
    expect(g.tensorflow).toMatchObject({ before: 562, after: 535 })
    expect(g.tensorflow.percent).toBeCloseTo(-4.804, 3)
  })

  it('refuses years with no conference in common', () => {
    expect(() => yoyGrowth(rows, 1990, 1991)).toThrow(/no conference has data for both 1990 and 1991/)
  })
})

// ICLR 2018-2020 rows count accepted papers (337, 502, 687); ICLR 2021 and 2022 count submissions (3,012, 3,388),
// per He's conference_downloader.py (get_iclr vs get_iclr_ongoing).
describe('what a year counts: accepted papers or submissions', () => {
  it('ICLR 2020 is accepted papers, ICLR 2022 submissions', () => {
    const [y2020, y2021, y2022] = countsByYear(rows, 'ICLR', 2020, 2022)
    expect([y2020.total, y2021.total, y2022.total]).toEqual([687, 3012, 3388])
    expect([populationOf(y2020), populationOf(y2021), populationOf(y2022)]).toEqual([
      'accepted',
      'submissions',
      'submissions',
    ])
  })

  it('pooled: 2019 and 2020 accepted papers; 2021 mixes ICLR submissions with ICML; 2022 submissions', () => {
    const pooled = countsByYear(rows, 'all', 2019, 2022)
    expect(pooled.map(r => [r.year, populationOf(r)])).toEqual([
      [2019, 'accepted'],
      [2020, 'accepted'],
      [2021, 'mixed'],
      [2022, 'submissions'],
    ])
    expect(pooled[2].submissions).toEqual(['ICLR'])
    expect(pooled[2].conferences.sort()).toEqual(['ICLR', 'ICML'])
  })
})
