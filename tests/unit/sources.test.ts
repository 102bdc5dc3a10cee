// One label per source, wherever a chart names it: slide, reading view, image downloads, social cards.
import type { Source } from '../../lib/sources'
import { describe, expect, it } from 'vitest'
import { sourceLine } from '../../lib/render/chart-image'
import { citedSources, sourceLabel } from '../../lib/sources'

const source = (over: Partial<Source>): Source => ({
  id: 'x',
  kind: 'primary',
  medium: 'blog',
  title: 'TensorFlow与PyTorch对比',
  publisher: '',
  date: '',
  url: '',
  note: '',
  ...over,
})

describe('sourceLabel', () => {
  it('names the publisher and the year', () => {
    expect(sourceLabel(source({ publisher: 'The Gradient', date: '2019-10-10' }))).toBe('The Gradient (2019)')
  })

  it('names the title when the source has no publisher, and never prints "undefined"', () => {
    expect(sourceLabel(source({ date: '2019-04-01' }))).toBe('TensorFlow与PyTorch对比 (2019)')
    expect(sourceLabel(source({}))).toBe('TensorFlow与PyTorch对比')
    expect(sourceLabel(source({ publisher: undefined as unknown as string }))).not.toContain('undefined')
  })

  it('is what the image downloads and social cards print, with the URL', () => {
    const sources = [source({ id: 'post', url: 'https://example.org/post' })]
    const line = sourceLine({ sources: ['post'] } as never, sources, 'Source:')
    expect(line).toBe('Source: TensorFlow与PyTorch对比, https://example.org/post')
  })
})

describe('citedSources', () => {
  it('names the chart and the id it does not know', () => {
    expect(() => citedSources(['nope'], [source({})], 'trend')).toThrow('chart "trend" cites unknown source id "nope"')
  })
})
