import { describe, expect, it } from 'vitest'
import { FULL_CHART } from '../../lib/chart-state'
import { chartSpec } from '../../lib/charts'
import { fitToWidth, wrapWords } from '../../lib/charts/narrow'
import { env, realData } from './helpers'

describe('wrapWords', () => {
  it('breaks at spaces within the limit and keeps its own lines and " · " parts on lines of their own', () => {
    expect(wrapWords('one two three · four', 9)).toBe('one two\nthree\nfour')
    expect(wrapWords('one\ntwo three', 9)).toBe('one\ntwo three')
    expect(wrapWords('short', 9)).toBe('short')
  })
})

describe("fitToWidth: the trend chart's axis note on a phone", () => {
  it('is one line a note on the slide, and on a phone lines that fit the plot', () => {
    const spec = chartSpec('trend')
    const wide = spec.model({ from: 2017, to: 2022, compact: true }, realData, env('en', 'light'), FULL_CHART)
      .option as { xAxis: { name: string; nameGap?: number }; grid: { bottom?: number } }
    // He's ICLR 2021 and 2022 rows count submissions, and 2022 is ICLR alone: two notes, a line each.
    const notes = wide.xAxis.name.split('\n')
    expect(notes).toHaveLength(2)
    for (const note of notes) expect(note).toContain('ICLR')
    const narrow = fitToWidth(spec, wide as never, 342) as typeof wide
    const lines = narrow.xAxis.name.split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(notes.length)
    expect(lines.join(' ')).toBe(notes.join(' '))
    for (const line of lines) expect(line.length * 6.5).toBeLessThanOrEqual(342 - 48 - 16)
  })
})
