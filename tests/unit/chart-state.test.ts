import { describe, expect, it } from 'vitest'
import {
  FULL_CHART,
  confFromQuery,
  hasChartState,
  hiddenFromQuery,
  withConf,
  withHidden,
  withoutChartState,
} from '../../lib/chart-state'
import { chartSpec } from '../../lib/charts'
import { chartFileName } from '../../lib/charts/spec'
import { visibleTable } from '../../lib/table'

describe('chart state in the query string', () => {
  const confs = ['CVPR', 'ICLR', 'NAACL']

  it('reads a conference the chart has, and falls back to all for anything else', () => {
    expect(confFromQuery({ conf: 'CVPR' }, confs)).toBe('CVPR')
    expect(confFromQuery({ conf: 'NOPE' }, confs)).toBe('all')
    expect(confFromQuery({ conf: 'cvpr' }, confs)).toBe('all')
    expect(confFromQuery({}, confs)).toBe('all')
    expect(confFromQuery({ conf: ['ICLR', 'CVPR'] }, confs)).toBe('ICLR')
  })

  it("writes the conference next to Slidev's own parameters, and removes it for all", () => {
    expect(withConf({ clicks: '2' }, 'CVPR')).toEqual({ clicks: '2', conf: 'CVPR' })
    expect(withConf({ clicks: '2', conf: 'CVPR' }, 'all')).toEqual({ clicks: '2', conf: undefined })
  })

  it('keys hidden series by chart, so two charts on one slide keep their own', () => {
    let q = withHidden({ clicks: '1' }, 'trend', ['PyTorch'])
    q = withHidden(q, 'later', ['TensorFlow', 'PyTorch'])
    expect(q).toEqual({ clicks: '1', 'hide.trend': 'PyTorch', 'hide.later': 'TensorFlow,PyTorch' })
    expect(hiddenFromQuery(q, 'trend')).toEqual(['PyTorch'])
    expect(hiddenFromQuery(q, 'later')).toEqual(['TensorFlow', 'PyTorch'])
    expect(hiddenFromQuery(q, 'speed')).toEqual([])
    expect(withHidden(q, 'trend', [])['hide.trend']).toBeUndefined()
  })

  it('drops unknown, repeated and empty names from the URL', () => {
    expect(hiddenFromQuery({ 'hide.trend': 'PyTorch,,Nope,PyTorch' }, 'trend', ['PyTorch', 'TensorFlow'])).toEqual([
      'PyTorch',
    ])
  })

  it('refuses a series name with a comma, which would split into two', () => {
    expect(() => withHidden({}, 'models', ['a, b'])).toThrow(
      'series name "a, b" contains a comma, which the hide.models parameter uses to separate names',
    )
  })

  it('strips only chart state when the slide changes', () => {
    const q = { clicks: '3', conf: 'CVPR', 'hide.trend': 'PyTorch', embedded: 'true' }
    expect(hasChartState(q)).toBe(true)
    expect(withoutChartState(q)).toEqual({ clicks: '3', embedded: 'true' })
    expect(hasChartState({ clicks: '3' })).toBe(false)
  })
})

describe('file names', () => {
  it('name the chart, its state and the language', () => {
    const trend = chartSpec('trend')
    const range = { from: 2017, to: 2019 }
    expect(chartFileName(trend, range, { conference: 'CVPR', hidden: [] }, 'en', 'png')).toBe(
      'trend-2017-2019_CVPR_en.png',
    )
    expect(chartFileName(trend, range, FULL_CHART, 'zh', 'svg')).toBe('trend-2017-2019_zh.svg')
    expect(chartFileName(chartSpec('speed'), {}, { conference: 'all', hidden: ['Chainer', 'CNTK'] }, 'en', 'csv')).toBe(
      'speed_no-Chainer-CNTK_en.csv',
    )
  })
  it('keep only letters, digits and dots of a state, Chinese included', () => {
    const hiding = (hidden: string[]) => ({ conference: 'all', hidden })
    expect(chartFileName({ name: 'operators' }, {}, hiding(['tf.compat.v1 别名']), 'zh', 'png')).toBe(
      'operators_no-tf.compat.v1-别名_zh.png',
    )
    expect(chartFileName({ name: 'x' }, {}, { conference: '../<b>', hidden: [] }, 'en', 'svg')).toBe('x_..-b_en.svg')
  })
})

describe('visibleTable', () => {
  const table = {
    columns: ['Year', 'PyTorch', 'TensorFlow', 'Total'],
    rows: [
      [2018, 1, 2, 3],
      [2019, 4, 5, 9],
    ],
    sources: [['a'], ['b']],
    columnSeries: [undefined, 'PyTorch', 'TensorFlow', undefined],
  }
  it('drops the columns of a hidden series', () => {
    const t = visibleTable(table, ['PyTorch'])
    expect(t.columns).toEqual(['Year', 'TensorFlow', 'Total'])
    expect(t.rows).toEqual([
      [2018, 2, 3],
      [2019, 5, 9],
    ])
    expect(t.sources).toEqual([['a'], ['b']])
  })
  it('drops the rows of a hidden series', () => {
    const t = visibleTable(
      {
        columns: ['Framework', 'Value'],
        rows: [
          ['PyTorch', 1],
          ['TensorFlow', 2],
        ],
        sources: [['a'], ['b']],
        rowSeries: ['PyTorch', 'TensorFlow'],
      },
      ['TensorFlow'],
    )
    expect(t.rows).toEqual([['PyTorch', 1]])
    expect(t.sources).toEqual([['a']])
  })
  it('leaves the table alone with nothing hidden', () => {
    expect(visibleTable(table, [])).toBe(table)
  })
})
