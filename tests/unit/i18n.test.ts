import { describe, expect, it } from 'vitest'
import { figures } from '../../lib/figures'
import { formatNumber, messages, translate } from '../../lib/i18n'
import { realData } from './helpers'

describe('messages', () => {
  it('the two languages have exactly the same keys', () => {
    expect(Object.keys(messages.zh).sort()).toEqual(Object.keys(messages.en).sort())
  })

  it('uses full-width punctuation in Chinese messages', () => {
    const halfWidth = Object.entries(messages.zh)
      .filter(([, m]) => /[\u3400-\u9FFF]/.test(m) && /[,:;()]/.test(m))
      .map(([k]) => k)
    expect(halfWidth).toEqual([])
  })

  it('every Chinese message is written in Chinese, with English only for names', () => {
    // Names stay in their own spelling: frameworks, libraries, sites, hardware, Python namespaces and the
    // folder names of tensorflow/models.
    // "eager" and "Alpha" are the names TensorFlow gave its mode and its preview release, kept in Chinese text too.
    const names =
      /TensorFlow|PyTorch|torchvision|tensorflow\/models|README|official\/|research\/|arXiv|O'Reilly|CSV|SVG|PNG|PDF|Horace He|eager|Alpha|He\b|Detectron|Caffe2|BERT|FAIR|maskrcnn-benchmark|GP100|Papers\swith Code|Hugging\sFace|tf\.compat\.v[12](\/v2)?|\{\w+\}/g
    for (const [key, text] of Object.entries(messages.zh))
      expect(text.replace(names, ''), key).not.toMatch(/[a-z]{3,}/i)
  })

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[])
      expect(holes(messages.zh[key]), key).toEqual(holes(messages.en[key]))
  })

  it('fails loudly on a missing placeholder value', () => {
    expect(() => translate('en', 'growth.conf')).toThrow(/growth\.conf \(en\) needs a value for \{n\}/)
  })

  it('formats numbers per locale', () => {
    expect(formatNumber('en', 8363)).toBe('8,363')
    expect(formatNumber('en', 194, { signed: true, percent: true })).toBe('+194%')
    expect(formatNumber('en', -4.8, { signed: true, percent: true, digits: 1 })).toBe('-4.8%')
    expect(formatNumber('zh', 8363)).toBe('8,363')
  })
})

describe('figures quoted in slide text', () => {
  it('come from the data', () => {
    const f = figures(realData, 'en')
    expect(f['arxiv.tfPapers']).toBe('1,800')
    expect(f['arxiv.ptGrowth']).toBe('+194%')
    expect(f['arxiv.tfGrowth']).toBe('+23%')
    expect(f['conf.ptGrowth']).toBe('+200%')
    expect(f['conf.tfGrowth']).toBe('-5%')
    expect(f['conf.crossover']).toBe('2019')
    expect(f['conf.share2017']).toBe('7%')
    expect(f['conf.lastEdition']).toBe('ICLR 2022')
  })
})
