import { describe, expect, it } from 'vitest'
import { chartSpec } from '../../lib/charts'
import { fitToWidth, wrapWords } from '../../lib/read/charts'
import { env, realData } from './helpers'

describe('wrapWords', () => {
  it('breaks at spaces within the limit and keeps " · " parts on lines of their own', () => {
    expect(wrapWords('one two three · four', 9)).toBe('one two\nthree\nfour')
    expect(wrapWords('short', 9)).toBe('short')
  })
})

describe("fitToWidth: the trend chart's axis note on a phone", () => {
  it('is set on lines that fit the plot, with the gap and the margin grown for them', () => {
    const spec = chartSpec('trend')
    const wide = spec.model({ from: 2017, to: 2022, compact: true }, realData, env('en', 'light'), {
      conference: 'all',
    }).option as { xAxis: { name: string; nameGap?: number }; grid: { bottom?: number } }
    // On the slide the note is one line; He's 2021 and 2022 ICLR rows count submissions, so there is a note.
    expect(wide.xAxis.name).toContain('ICLR')
    expect(wide.xAxis.name).not.toContain('\n')
    const narrow = fitToWidth(wide, 342) as typeof wide
    const lines = narrow.xAxis.name.split('\n')
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(wide.xAxis.name.replace(' · ', ' '))
    for (const line of lines) expect(line.length * 6.5).toBeLessThanOrEqual(342)
    expect(narrow.xAxis.nameGap).toBeGreaterThan(wide.xAxis.nameGap ?? 15)
  })
})
