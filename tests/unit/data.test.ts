import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkSources, DataError, loadDeckData, parseDataset } from '../../lib/data/load'
import { datasets } from '../../lib/data/schema'
import { dataDir, realCsv, realData } from './helpers'

describe('the real data files', () => {
  it('load through the loader, which refuses a row citing a source sources.csv does not list', () => {
    expect(Object.keys(realData).sort()).toEqual(Object.keys(datasets).sort())
    // The same files with one row of timeline.csv citing an unknown id: loadDeckData must stop on it.
    const dir = mkdtempSync(join(tmpdir(), 'deck-data-'))
    cpSync(dataDir, dir, { recursive: true })
    const timeline = realCsv('timeline')
    const source = realData.timeline[0].source
    writeFileSync(join(dir, 'timeline.csv'), timeline.replace(`,${source},`, ',nobody-said-so,'))
    expect(() => loadDeckData(dir)).toThrow(
      /^data\/timeline\.csv:\d+ field "source": unknown source id "nobody-said-so"/,
    )
  })

  it('keep N/A cells of the speed table empty', () => {
    const na = realData.speed.filter(r => r.status === 'na')
    expect(na.length).toBeGreaterThan(0)
    expect(na.every(r => r.throughput === undefined && r.plus_minus === undefined)).toBe(true)
  })

  it('cites a tensorflow/models README for every TensorFlow model, none only the post', () => {
    const tf = realData.models.filter(m => m.framework === 'TensorFlow')
    expect(tf.filter(m => !m.source.startsWith('tf-models-')).map(m => m.name)).toEqual([])
    // The four once marked "seed post only": two in the README at 0a161121 (2018-09-10), two at tag v1.13.0.
    const cited = (name: string) => tf.find(m => m.name === name)?.source
    expect(['lm_commonsense', 'seq2species'].map(cited)).toEqual(['tf-models-research', 'tf-models-research'])
    expect(['cvt_text', 'struct2depth'].map(cited)).toEqual(['tf-models-research-v1-13', 'tf-models-research-v1-13'])
  })

  it("dates TF 2.0 alpha from TensorFlow's own record, to the month", () => {
    const alpha = realData.timeline.find(e => e.id === 'tf-2-alpha')!
    expect([alpha.date.slice(0, 7), alpha.precision]).toEqual(['2019-03', 'month'])
    expect(realData.sources.find(s => s.id === alpha.source)?.kind).toBe('primary')
  })

  it('cites the KDnuggets article by its own title and address', () => {
    const k = realData.sources.find(s => s.id === 'kdnuggets-hale')!
    expect(k.title).toBe('Which Deep Learning Framework is Growing Fastest?')
    expect(k.url).toBe('https://www.kdnuggets.com/2019/05/which-deep-learning-framework-growing-fastest.html')
  })

  it('keeps a missing number missing, not zero', () => {
    const pt = realData.growth.find(r => r.framework === 'PyTorch' && r.measure === 'papers')!
    expect(pt.value).toBeUndefined()
    expect(pt.qualifier).toBe('comparable')
  })
})

const HEADER = 'conference,month,pytorch_only,tensorflow_only,total,population,source'
const conf = (...rows: string[]) => [HEADER, ...rows].join('\n')

// Each bad input must fail with the file, the line and the field in the message.
const bad: [string, () => unknown, RegExp][] = [
  ['empty file', () => parseDataset('trend', '', 'x.csv'), /^x\.csv: the file is empty/],
  ['only comments', () => parseDataset('trend', '# nothing\n', 'x.csv'), /the file is empty/],
  ['header but no rows', () => parseDataset('trend', HEADER, 'x.csv'), /header but no rows/],
  [
    'missing column',
    () =>
      parseDataset('trend', 'conference,month,pytorch_only,tensorflow_only,source\nACL,2019-08,1,2,he-data', 'x.csv'),
    /^x\.csv:1: missing column "total"/,
  ],
  [
    'extra column',
    () => parseDataset('trend', `${HEADER},notes\nACL,2019-08,1,2,3,accepted,he-data,hi`, 'x.csv'),
    /^x\.csv:1: unexpected column "notes"/,
  ],
  [
    'row with too few cells',
    () => parseDataset('trend', conf('ACL,2019-08,1,2,accepted,he-data'), 'x.csv'),
    /^x\.csv:2: expected 7 cells, found 6/,
  ],
  [
    'non-numeric count',
    () => parseDataset('trend', conf('ACL,2019-08,many,2,30,accepted,he-data'), 'x.csv'),
    /^x\.csv:2 field "pytorch_only": expected a whole number >= 0, got "many"/,
  ],
  [
    'negative count',
    () => parseDataset('trend', conf('ACL,2019-08,1,-2,30,accepted,he-data'), 'x.csv'),
    /^x\.csv:2 field "tensorflow_only": expected a whole number >= 0, got "-2"/,
  ],
  [
    'bad month',
    () => parseDataset('trend', conf('ACL,2019-13,1,2,30,accepted,he-data'), 'x.csv'),
    /^x\.csv:2 field "month": expected a real month/,
  ],
  [
    'month in the wrong format',
    () => parseDataset('trend', conf('ACL,Aug 2019,1,2,30,accepted,he-data'), 'x.csv'),
    /field "month": expected a month as YYYY-MM, got "Aug 2019"/,
  ],
  [
    'parts larger than the whole',
    () => parseDataset('trend', conf('ACL,2019-08,20,20,30,accepted,he-data'), 'x.csv'),
    /^x\.csv:2 field "total": pytorch_only \+ tensorflow_only cannot exceed total/,
  ],
  [
    'duplicate key',
    () =>
      parseDataset(
        'trend',
        conf('ACL,2019-08,1,2,30,accepted,he-data', '# same edition again', 'ACL,2019-08,1,2,30,accepted,he-data'),
        'x.csv',
      ),
    /^x\.csv:4 field "conference\+month": duplicate key "ACL \/ 2019-08", first seen on line 2/,
  ],
  [
    'unknown framework',
    () => parseDataset('growth', realCsv('growth').replace('TensorFlow,papers', 'Keras,papers'), 'a.csv'),
    /^a\.csv:\d+ field "framework": expected TensorFlow or PyTorch, got "Keras"/,
  ],
  [
    'impossible calendar date',
    () => parseDataset('timeline', realCsv('timeline').replace('2018-10-24', '2018-02-30'), 't.csv'),
    /^t\.csv:\d+ field "date": expected a real calendar date, got "2018-02-30"/,
  ],
  [
    // A day only where a source verifies it: a month-only event stores no day, a day-precise one stores its day.
    'a day-precise event dated to the month only',
    () => parseDataset('timeline', realCsv('timeline').replace('2018-10-24,day', '2018-10,day'), 't.csv'),
    /^t\.csv:\d+ field "date": precision day needs a YYYY-MM-DD date; precision month a YYYY-MM month/,
  ],
  [
    'a month-only event that stores a day',
    () => parseDataset('timeline', realCsv('timeline').replace('2019-03,month', '2019-03-04,month'), 't.csv'),
    /^t\.csv:\d+ field "date": precision day needs a YYYY-MM-DD date; precision month a YYYY-MM month/,
  ],
  [
    'a growth figure whose two periods are not a year apart',
    () => parseDataset('growth', realCsv('growth').replace('2018H1/2019H1', '2018H1/2019H2'), 'g.csv'),
    /^g\.csv:\d+ field "period": yoy_growth compares the same period of two consecutive years/,
  ],
  [
    'a trend row counting neither accepted papers nor submissions',
    () =>
      parseDataset('trend', realCsv('trend').replace('1091,208,3388,submissions', '1091,208,3388,posters'), 'tr.csv'),
    /^tr\.csv:\d+ field "population": expected accepted or submissions/,
  ],
  [
    'unknown confidence',
    () => parseDataset('timeline', realCsv('timeline').replace(/,medium$/m, ',sure'), 't.csv'),
    /field "confidence": expected high, medium or low, got "sure"/,
  ],
  [
    'a source that is not a URL',
    () =>
      parseDataset(
        'sources',
        realCsv('sources').replace('https://arxiv.org/abs/1912.01703', 'javascript:alert(1)'),
        's.csv',
      ),
    /field "url": expected an https:\/\/ URL/,
  ],
]

const SPEED = 'model,framework,throughput,plus_minus,plus_minus_type,unit,status,source'
const speed = (...rows: string[]) => [SPEED, ...rows].join('\n')
const PYPI = 'snapshot,method,torch,tensorflow,jax,denominator,confidence,source,commit,file'
const pypi = (...rows: string[]) => [PYPI, ...rows].join('\n')
const SHA = 'aa0506299a649db7a81d004b4a574537f28bfeb6'
const EVENTS = 'id,date,precision,project,source,confidence,note'
const SYMBOLS =
  'tf_version,docs_branch,index_commit,all_symbols,primary_symbols,compat_v1_symbols,compat_v2_symbols,source'

// The evidence files: the same promise, plus the rules particular to each.
bad.push(
  [
    'N/A cell with a number',
    () => parseDataset('speed', speed('VGG-19,Chainer,121,1,abs,images/s,na,pytorch-paper'), 'sp.csv'),
    /^sp\.csv:2 field "throughput": status na needs an empty throughput and spread, got "121"/,
  ],
  [
    'measured cell without a number',
    () => parseDataset('speed', speed('VGG-19,Chainer,,,,images/s,ok,pytorch-paper'), 'sp.csv'),
    /^sp\.csv:2 field "throughput": status ok needs a throughput > 0/,
  ],
  [
    'negative throughput',
    () => parseDataset('speed', speed('VGG-19,CNTK,-84,3,abs,images/s,ok,pytorch-paper'), 'sp.csv'),
    /^sp\.csv:2 field "throughput": expected a number >= 0, or an empty cell, got "-84"/,
  ],
  [
    'unknown benchmark framework',
    () => parseDataset('speed', speed('VGG-19,Theano,84,3,abs,images/s,ok,pytorch-paper'), 'sp.csv'),
    /^sp\.csv:2 field "framework": expected Chainer, CNTK, MXNet, PaddlePaddle, TensorFlow or PyTorch, got "Theano"/,
  ],
  [
    'spread without its type',
    () => parseDataset('speed', speed('VGG-19,CNTK,84,3,,images/s,ok,pytorch-paper'), 'sp.csv'),
    /^sp\.csv:2 field "plus_minus_type": a spread needs its type/,
  ],
  [
    'two units for one model',
    () =>
      parseDataset(
        'speed',
        speed(
          'NCF,TensorFlow,4800000,2.9,pct,samples/s,ok,pytorch-paper',
          'NCF,PyTorch,5400000,3.4,pct,tokens/s,ok,pytorch-paper',
        ),
        'sp.csv',
      ),
    /^sp\.csv:3 field "unit": expected "samples\/s" like the other NCF rows, got "tokens\/s"/,
  ],
  [
    'duplicate framework on a model',
    () =>
      parseDataset(
        'speed',
        speed('VGG-19,CNTK,84,3,abs,images/s,ok,pytorch-paper', 'VGG-19,CNTK,85,3,abs,images/s,ok,pytorch-paper'),
        'sp.csv',
      ),
    /^sp\.csv:3 field "model\+framework": duplicate key "VGG-19 \/ CNTK", first seen on line 2/,
  ],
  [
    'symbol parts that do not add up',
    () => parseDataset('operators', `${SYMBOLS}\n1.14,r1.14,01b8f156,8000,3918,2559,1886,tf-docs-index`, 'ts.csv'),
    /^ts\.csv:2 field "all_symbols": primary \+ compat_v1 \+ compat_v2 must equal all_symbols/,
  ],
  [
    'symbol count that is not a number',
    () => parseDataset('operators', `${SYMBOLS}\n1.14,r1.14,01b8f156,8k,3918,2559,1886,tf-docs-index`, 'ts.csv'),
    /^ts\.csv:2 field "all_symbols": expected a whole number >= 0, got "8k"/,
  ],
  [
    'a download count as a word',
    () =>
      parseDataset(
        'pypi',
        pypi(`2024-04-01,bigquery,many,22594480,5540142,pypi-downloads-30d,high,top-pypi,${SHA},f`),
        'ps.csv',
      ),
    /^ps\.csv:2 field "torch": expected a whole number >= 0, got "many"/,
  ],
  [
    'an unknown counting method',
    () => parseDataset('pypi', pypi(`2024-04-01,pypinfo,1,2,3,pypi-downloads-30d,high,top-pypi,${SHA},f`), 'ps.csv'),
    /^ps\.csv:2 field "method": expected bigquery or clickhouse, got "pypinfo"/,
  ],
  [
    'a short commit hash',
    () => parseDataset('pypi', pypi('2024-04-01,bigquery,1,2,3,pypi-downloads-30d,high,top-pypi,aa050629,f'), 'ps.csv'),
    /^ps\.csv:2 field "commit": expected a full git commit hash \(40 hex digits\), got "aa050629"/,
  ],
  [
    'an event dated to a month where a day is expected',
    () => parseDataset('events', `${EVENTS}\nx,2025-07,month,Papers with Code,pwc-dead,medium,n`, 'ev.csv'),
    /^ev\.csv:2 field "date": expected a date as YYYY-MM-DD/,
  ],
  [
    'an event of a project the strip has no colour for',
    () => parseDataset('events', `${EVENTS}\nx,2025-07-01,by,MXNet,pwc-dead,medium,n`, 'ev.csv'),
    /^ev\.csv:2 field "project": expected PyTorch, TensorFlow, Keras, Hugging Face or Papers with Code, got "MXNet"/,
  ],
  [
    'an empty snapshots file',
    () => parseDataset('pypi', '', 'ps.csv'),
    /^ps\.csv: the file is empty; expected a header line: snapshot,method/,
  ],
  // Dates, months, periods and versions are typed: a wrong one names its line and field.
  [
    'a period with month 13',
    () => parseDataset('growth', realCsv('growth').replace('2019-01/2019-06', '2019-13/2019-06'), 'ax.csv'),
    /^ax\.csv:8 field "period": expected real months \(01-12\) in the period; 2019-13 is not one, got "2019-13\//,
  ],
  [
    'a period in free text',
    () => parseDataset('growth', realCsv('growth').replace('2019-01/2019-06', 'first half of 2019'), 'ax.csv'),
    /^ax\.csv:8 field "period": expected a period as START\/END, each YYYY-MM or YYYYH1\/YYYYH2, got "first half/,
  ],
  [
    'a period that ends before it starts',
    () => parseDataset('growth', realCsv('growth').replace('2018H1/2019H1', '2019H1/2018H1'), 'ax.csv'),
    /^ax\.csv:\d+ field "period": expected the period to end after it starts/,
  ],
  [
    'a source dated in words',
    () => parseDataset('sources', realCsv('sources').replace(',2019-12-03,', ',Dec 2019,'), 's.csv'),
    /^s\.csv:\d+ field "date": expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or an empty cell, got "Dec 2019"/,
  ],
  [
    'a source dated on a day that does not exist',
    () => parseDataset('sources', realCsv('sources').replace(',2019-12-03,', ',2019-11-31,'), 's.csv'),
    /^s\.csv:\d+ field "date": expected a real calendar date, got "2019-11-31"/,
  ],
  [
    'a version that is not MAJOR.MINOR',
    () => parseDataset('operators', `${SYMBOLS}\n1.14.0,r1.14,01b8f156,8363,3918,2559,1886,tf-docs-index`, 'ts.csv'),
    /^ts\.csv:2 field "tf_version": expected a version as MAJOR.MINOR, got "1.14.0"/,
  ],
  [
    'a docs branch of another version',
    () => parseDataset('operators', `${SYMBOLS}\n1.14,r1.13,01b8f156,8363,3918,2559,1886,tf-docs-index`, 'ts.csv'),
    /^ts\.csv:2 field "docs_branch": expected the docs branch of that version, r<tf_version>, got "r1.13"/,
  ],
  [
    'a year that is not YYYY',
    () => parseDataset('he2019Shares', 'conference,year,pytorch_share,source\nCVPR,19,69,he-data-2019', 'hs.csv'),
    /^hs\.csv:2 field "year": expected a year as YYYY, got "19"/,
  ],
  [
    'an operator count dated in words',
    () =>
      parseDataset(
        'operatorsOthers',
        'framework,measure,value,qualifier,unit,as_of,source,note\n' +
          'PyTorch,aten-operators,1200,over,ATen,Dec 2022,pytorch-2-0,n',
        'oc.csv',
      ),
    /^oc\.csv:2 field "as_of": expected a month as YYYY-MM, got "Dec 2022"/,
  ],
  [
    'an extra column in operator counts',
    () =>
      parseDataset(
        'operatorsOthers',
        'framework,measure,value,qualifier,unit,as_of,source,note,year\n' +
          'PyTorch,aten-operators,1200,over,ATen,2022-12,pytorch-2-0,n,2022',
        'oc.csv',
      ),
    /^oc\.csv:1: unexpected column "year"/,
  ],
)

describe('bad input is refused with file, line and field', () => {
  it.each(bad)('%s', (_, run, message) => {
    expect(run).toThrow(DataError)
    expect(run).toThrow(message)
  })
})

describe('a point citing a source that sources.csv does not list', () => {
  it('is refused with the file, line and field', () => {
    const csv = Object.fromEntries(
      (Object.keys(datasets) as (keyof typeof datasets)[]).map(n => [n, realCsv(n)]),
    ) as Record<keyof typeof datasets, string>
    const events = realData.events.map((r, i) => (i === 2 ? { ...r, source: 'somebody-said' } : r))
    // Row 3 of events.csv: 4 comment lines, the header on line 5, so line 8.
    expect(() => checkSources({ ...realData, events }, csv)).toThrow(
      /^data\/events\.csv:8 field "source": unknown source id "somebody-said"/,
    )
  })
})
