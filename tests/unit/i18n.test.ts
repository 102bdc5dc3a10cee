import type { DeckData } from '../../lib/data/schema'
import type { Messages } from '../../lib/i18n/en'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { modelsChart } from '../../lib/charts/models'
import { timelineChart } from '../../lib/charts/timeline'
import { figures } from '../../lib/figures'
import { formatEventDate, formatList, formatMonth, formatNumber, formatTimes } from '../../lib/format'
import { messages, translate, translator } from '../../lib/i18n'
import { zh } from '../../lib/i18n/zh'
import { dataKeys, dataKeyUses, enumKeys } from '../../lib/i18n/keys'
import { palettes } from '../../lib/palette'
import { realData } from './helpers'

const root = fileURLToPath(new URL('../..', import.meta.url))

// What the deck's code says, for finding the keys it uses: every source file outside tests/, node_modules/ and the
// message tables themselves.
function deckSources(): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(ts|vue|md)$/.test(entry.name)) files.set(relative(root, path), readFileSync(path, 'utf8'))
    }
  }
  for (const dir of ['lib', 'components', 'composables', 'pages', 'setup', 'scripts']) walk(join(root, dir))
  for (const file of readdirSync(root).filter(f => /\.(ts|vue|md)$/.test(f)))
    files.set(file, readFileSync(join(root, file), 'utf8'))
  files.delete('lib/i18n/en.ts')
  files.delete('lib/i18n/zh.ts')
  return files
}

/**
 * Keys no code uses: a key counts as used when some source writes it out in quotes, or when it belongs to a
 * family of lib/i18n/keys.ts, for the values that family's source holds (an enum's values, the cells of data/),
 * and some source builds keys of that family (`prefix${…}` for an enum family, dataKey('prefix', …) for data).
 */
function unusedKeys(keys: string[], sources: Map<string, string>, data: DeckData): string[] {
  const code = [...sources.values()].join('\n')
  const writtenOut = (k: string) => [`'${k}'`, `"${k}"`, `\`${k}\``].some(q => code.includes(q))
  const built = new Set<string>()
  for (const [prefix, values] of Object.entries(enumKeys))
    if (code.includes(`\`${prefix}\${`)) for (const v of values) built.add(`${prefix}${v}`)
  for (const [prefix, uses] of Object.entries(dataKeys))
    if (new RegExp(`dataKey\\(\\s*'${prefix.replaceAll('.', '\\.')}'`).test(code))
      for (const use of uses(prefix, data)) built.add(use.key)
  return keys.filter(k => !writtenOut(k) && !built.has(k))
}

/** The data cells of lib/i18n/keys.ts's data families that lack a message, each naming its file and row. */
function missingDataMessages(data: DeckData, tables: Record<string, Messages>): string[] {
  return dataKeyUses(data).flatMap(({ key, row }) => {
    const missing = Object.entries(tables)
      .filter(([, table]) => !Object.hasOwn(table, key))
      .map(([locale]) => locale)
    return missing.length ? [`${row}: no message "${key}" in ${missing.join(', ')}`] : []
  })
}

describe('messages', () => {
  it('the two languages have exactly the same keys', () => {
    expect(Object.keys(messages.zh).sort()).toEqual(Object.keys(messages.en).sort())
  })

  it('a key missing from Chinese, or one only Chinese has, is a type error', () => {
    const { 'frame.data': dropped, ...fewer } = zh
    // @ts-expect-error 'frame.data' is missing
    const missing: Messages = fewer
    // @ts-expect-error Chinese cannot have a key English does not
    const extra: Messages = { ...zh, 'frame.extra': '多余' }
    expect(Object.keys(missing)).not.toContain('frame.data')
    expect(Object.values(zh)).toContain(dropped)
    expect(Object.keys(extra)).toContain('frame.extra')
  })

  it('a misspelled key is a type error, and at run time translate names it', () => {
    // @ts-expect-error no such key
    expect(() => translate('en', 'trend.yAxs')).toThrow('no message "trend.yAxs" in lib/i18n/en.ts')
    // @ts-expect-error no such key
    expect(() => translator('zh')('frame.tabel')).toThrow('no message "frame.tabel" in lib/i18n/zh.ts')
  })

  it('uses full-width punctuation in Chinese messages', () => {
    const halfWidth = Object.entries(messages.zh)
      .filter(([, m]) => /[\u3400-\u9FFF]/.test(m) && /[,:;()]/.test(m))
      .map(([k]) => k)
    expect(halfWidth).toEqual([])
  })

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    const chinese = new Map(Object.entries(messages.zh))
    for (const [key, english] of Object.entries(messages.en))
      expect(holes(chinese.get(key) ?? ''), key).toEqual(holes(english))
  })

  it('fails loudly on a missing placeholder value', () => {
    expect(() => translate('en', 'growth.conf')).toThrow(/growth\.conf \(en\) needs a value for \{n\}/)
  })

  it('formats numbers per locale', () => {
    expect(formatNumber('en', 8363)).toBe('8,363')
    expect(formatNumber('en', 194, { signed: true, percent: true })).toBe('+194%')
    expect(formatNumber('en', -4.8, { signed: true, percent: true, digits: 1 })).toBe('−4.8%')
    expect(formatNumber('zh', -5, { percent: true })).toBe('−5%')
    expect(formatNumber('zh', 8363)).toBe('8,363')
    expect(formatTimes('en', 1.84)).toBe('1.8×')
    expect(formatTimes('zh', 1.84)).toBe('1.8 倍')
  })

  // Formatters are built once per kind (lib/format.ts): a kind used first must not leak into the next one.
  it('keeps each kind of number and date format apart, whatever came first', () => {
    expect(formatNumber('en', 1.26, { digits: 1 })).toBe('1.3')
    expect(formatNumber('en', 1.26)).toBe('1')
    expect(formatNumber('en', 1.26, { digits: 2, signed: true })).toBe('+1.26')
    expect(formatNumber('en', 1.26, { digits: 2 })).toBe('1.26')
    expect(formatNumber('zh', 12345.6, { digits: 1 })).toBe('12,345.6')
    expect(formatEventDate({ date: '2019-03', precision: 'month' }, 'zh')).toBe('2019年3月')
    expect(formatEventDate({ date: '2019-03-05', precision: 'day' }, 'zh')).toBe('2019年3月5日')
    expect(formatEventDate({ date: '2019-03-05', precision: 'month' }, 'en')).toBe('Mar 2019')
  })

  it('formats dates, months and lists per locale', () => {
    expect(formatEventDate({ date: '2018-10-31', precision: 'day' }, 'en')).toBe('31 Oct 2018')
    expect(formatEventDate({ date: '2018-10-31', precision: 'month' }, 'en')).toBe('Oct 2018')
    expect(formatEventDate({ date: '2018-10-31', precision: 'day' }, 'zh')).toBe('2018年10月31日')
    expect(formatMonth('en', '2021-06')).toBe('Jun 2021')
    expect(formatMonth('zh', '2021-06')).toBe('2021年6月')
    expect(formatList('en', ['CVPR', 'ICML', 'NeurIPS'])).toBe('CVPR, ICML, and NeurIPS')
    expect(formatList('zh', ['CVPR', 'ICML', 'NeurIPS'])).toBe('CVPR、ICML 和 NeurIPS')
    expect(formatList('zh', ['图像分类', '语义分割'])).toBe('图像分类和语义分割')
  })
})

describe('labels that come from data', () => {
  it('every data cell a label is built from has a message in both languages', () => {
    expect(dataKeyUses(realData).length).toBeGreaterThan(0)
    expect(missingDataMessages(realData, messages)).toEqual([])
  })

  // A new timeline event or model task with no message: named by file and row, in the test and in the chart.
  const newEvent = { ...realData.timeline[0], id: 'tf-3-0', event: 'TF 3.0' }
  const newModel = { ...realData.models.find(m => m.task)!, name: 'sam', task: 'segment anything' }
  const withNew: DeckData = { ...realData, timeline: [...realData.timeline, newEvent], models: [newModel] }

  it('a new data label without a message fails, naming the file and the row', () => {
    expect(missingDataMessages(withNew, messages)).toEqual([
      'data/timeline.csv row id=tf-3-0: no message "timeline.ev.tf-3-0" in en, zh',
      `data/models.csv row collection=${newModel.collection}, name=sam: ` +
        'no message "models.task.segment anything" in en, zh',
    ])
    const env = { locale: 'zh' as const, t: translator('zh'), palette: palettes.light }
    expect(() => timelineChart(withNew.timeline, env)).toThrow(
      'data/timeline.csv row id=tf-3-0: no message "timeline.ev.tf-3-0" in lib/i18n/en.ts and zh.ts',
    )
    expect(() => modelsChart(withNew.models, env)).toThrow(`name=sam: no message "models.task.segment anything"`)
  })
})

// What the Chinese edition shows, chart by chart and component by component: tests/unit/zh-text.test.ts.

describe('unused messages', () => {
  const sources = deckSources()

  it('every key is used by the deck: written out, or built from a family of lib/i18n/keys.ts', () => {
    expect(sources.size).toBeGreaterThan(50)
    expect(unusedKeys(Object.keys(messages.en), sources, realData)).toEqual([])
  })

  it('finds a key nothing uses, a family value no source holds, and a family no code builds', () => {
    const keys = [...Object.keys(messages.en), 'trend.neverShown', 'confidence.unheard', 'timeline.ev.gone']
    expect(unusedKeys(keys, sources, realData)).toEqual(['trend.neverShown', 'confidence.unheard', 'timeline.ev.gone'])
    // The timeline no longer labels its events from messages: their keys are unused.
    const unlabelled = new Map(sources)
    const timeline = sources.get('lib/charts/timeline.ts')!
    expect(timeline).toContain("dataKey('timeline.ev.'")
    unlabelled.set('lib/charts/timeline.ts', timeline.replaceAll("dataKey('timeline.ev.'", 'e.event ?? ('))
    expect(unusedKeys(Object.keys(messages.en), unlabelled, realData)).toEqual(
      dataKeyUses(realData)
        .filter(u => u.key.startsWith('timeline.ev.'))
        .map(u => u.key),
    )
  })
})

describe('figures quoted in slide text', () => {
  it('come from the data', () => {
    const f = figures(realData, 'en')
    expect(f['arxiv.tfPapers']).toBe('1,800')
    expect(f['arxiv.ptGrowth']).toBe('+194%')
    expect(f['arxiv.tfGrowth']).toBe('+23%')
    expect(f['conf.ptGrowth']).toBe('+200%')
    expect(f['conf.tfGrowth']).toBe('−5%')
    expect(f['conf.crossover']).toBe('2019')
    expect(f['conf.share2017']).toBe('7%')
    expect(f['conf.lastEdition']).toBe('ICLR 2022')
  })
})
