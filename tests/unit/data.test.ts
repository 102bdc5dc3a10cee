import { describe, expect, it } from 'vitest'
import { DataError, parseDataset } from '../../lib/data/load'
import { realCsv, realData } from './helpers'

describe('the real data files', () => {
  it('load and validate', () => {
    expect(realData.conferencePapers).toHaveLength(35)
    expect(realData.arxiv2019).toHaveLength(4)
    expect(realData.timeline.length).toBeGreaterThan(10)
    expect(realData.models.filter(m => m.collection === 'torchvision-0.3')).toHaveLength(15)
  })

  it('every row names a source that sources.csv lists', () => {
    const ids = new Set(realData.sources.map(s => s.id))
    for (const rows of [realData.conferencePapers, realData.arxiv2019, realData.timeline, realData.models])
      for (const r of rows) expect(ids).toContain(r.source)
  })

  it('keeps a missing number missing, not zero', () => {
    const pt = realData.arxiv2019.find(r => r.framework === 'PyTorch' && r.measure === 'papers')!
    expect(pt.value).toBeUndefined()
    expect(pt.qualifier).toBe('comparable')
  })
})

const HEADER = 'conference,month,pytorch_only,tensorflow_only,total,source'
const conf = (...rows: string[]) => [HEADER, ...rows].join('\n')

// Each bad input must fail with the file, the line and the field in the message.
const bad: [string, () => unknown, RegExp][] = [
  ['empty file', () => parseDataset('conferencePapers', '', 'x.csv'), /^x\.csv: the file is empty/],
  ['only comments', () => parseDataset('conferencePapers', '# nothing\n', 'x.csv'), /the file is empty/],
  ['header but no rows', () => parseDataset('conferencePapers', HEADER, 'x.csv'), /header but no rows/],
  ['missing column', () => parseDataset('conferencePapers', 'conference,month,pytorch_only,tensorflow_only,source\nACL,2019-08,1,2,he-data', 'x.csv'), /^x\.csv:1: missing column "total"/],
  ['extra column', () => parseDataset('conferencePapers', `${HEADER},notes\nACL,2019-08,1,2,3,he-data,hi`, 'x.csv'), /^x\.csv:1: unexpected column "notes"/],
  ['row with too few cells', () => parseDataset('conferencePapers', conf('ACL,2019-08,1,2,he-data'), 'x.csv'), /^x\.csv:2: expected 6 cells, found 5/],
  ['non-numeric count', () => parseDataset('conferencePapers', conf('ACL,2019-08,many,2,30,he-data'), 'x.csv'), /^x\.csv:2 field "pytorch_only": expected a whole number >= 0, got "many"/],
  ['negative count', () => parseDataset('conferencePapers', conf('ACL,2019-08,1,-2,30,he-data'), 'x.csv'), /^x\.csv:2 field "tensorflow_only": expected a whole number >= 0, got "-2"/],
  ['bad month', () => parseDataset('conferencePapers', conf('ACL,2019-13,1,2,30,he-data'), 'x.csv'), /^x\.csv:2 field "month": expected a real month/],
  ['month in the wrong format', () => parseDataset('conferencePapers', conf('ACL,Aug 2019,1,2,30,he-data'), 'x.csv'), /field "month": expected a month as YYYY-MM, got "Aug 2019"/],
  ['parts larger than the whole', () => parseDataset('conferencePapers', conf('ACL,2019-08,20,20,30,he-data'), 'x.csv'), /^x\.csv:2 field "total": pytorch_only \+ tensorflow_only cannot exceed total/],
  ['duplicate key', () => parseDataset('conferencePapers', conf('ACL,2019-08,1,2,30,he-data', '# same edition again', 'ACL,2019-08,1,2,30,he-data'), 'x.csv'), /^x\.csv:4 field "conference\+month": duplicate key "ACL \/ 2019-08", first seen on line 2/],
  ['unknown framework', () => parseDataset('arxiv2019', realCsv('arxiv2019').replace('TensorFlow,papers', 'Keras,papers'), 'a.csv'), /^a\.csv:\d+ field "framework": expected TensorFlow or PyTorch, got "Keras"/],
  ['impossible calendar date', () => parseDataset('timeline', realCsv('timeline').replace('2019-03-04', '2019-02-30'), 't.csv'), /^t\.csv:\d+ field "date": expected a real calendar date, got "2019-02-30"/],
  ['unknown confidence', () => parseDataset('timeline', realCsv('timeline').replace(/,medium$/m, ',sure'), 't.csv'), /field "confidence": expected high, medium or low, got "sure"/],
  ['a source that is not a URL', () => parseDataset('sources', realCsv('sources').replace('https://arxiv.org/abs/1912.01703', 'javascript:alert(1)'), 's.csv'), /field "url": expected an https:\/\/ URL/],
]

describe('bad input is refused with file, line and field', () => {
  it.each(bad)('%s', (_, run, message) => {
    expect(run).toThrow(DataError)
    expect(run).toThrow(message)
  })
})
