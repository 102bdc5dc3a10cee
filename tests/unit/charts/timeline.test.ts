import { describe, expect, it } from 'vitest'
import { palettes } from '../../../lib/palette'
import { placeEvents, timelineChart } from '../../../lib/charts/timeline'
import { monthSpan } from '../../../lib/domain/timeline'
import { env, expectEscaped, realData, seriesOf, tooltipOf, XSS } from '../helpers'

describe('timeline', () => {
  it('draws month-only events hollow over a band spanning the month', () => {
    const m = timelineChart(realData.timeline, env())
    const [band] = seriesOf(m.option)
    // tf-open (2015-11), pt-release (2017-01), tf-eager (2017-10), pt-1-0 (2018-12), tf-2-alpha (2019-03) and tf-2-0
    // (2019-09) are known to the month only, their day resting on secondary sources: 6 segments + 6 breaks.
    expect(band.type).toBe('line')
    expect(band.data).toHaveLength(18)
    const pytorch = seriesOf(m.option).find(s => s.name === 'PyTorch')!
    const first = pytorch.data[0] as { value: [string, number]; itemStyle: { color: string } }
    expect(first.value[0]).toBe('2017-01-15')
    expect(first.itemStyle.color).toBe(palettes.light.tooltipBg)
    expect(m.aria).toContain('13 events, 6 of them known only to the month')
    expect(m.table.rows.find(r => String(r[3]).includes('TensorFlow 2.0 alpha'))![0]).toBe('Mar 2019')
    expect(m.table.rows.find(r => r[3] === 'PyTorch 1.0 stable')![0]).toBe('Dec 2018')
  })

  it('spans whole months, leap years included', () => {
    expect(monthSpan('2017-01-18')).toEqual(['2017-01-01', '2017-01-31'])
    expect(monthSpan('2024-02-10')).toEqual(['2024-02-01', '2024-02-29'])
  })

  it('gives Caffe2 its own lane and keeps labels in a lane from overlapping', () => {
    const { placed } = placeEvents(realData.timeline)
    const y = (id: string) => placed.find(x => x.event.id === id)!.y
    expect(new Set([y('detectron'), y('maskrcnn-benchmark'), y('bert')]).size).toBe(3)
    // Torchvision 0.3 (2019-05) and PyTorch 1.2 (2019-08) are three months apart: not on one sub-row.
    expect(y('torchvision-0-3')).not.toBe(y('pt-1-2'))
  })

  it('escapes event text in tooltips', () => {
    const events = realData.timeline.map(e => (e.id === 'bert' ? { ...e, event: XSS } : e))
    const m = timelineChart(events, env())
    const bert = seriesOf(m.option)
      .find(s => s.name === 'TensorFlow')!
      .data.find(d => (d as { event: { id: string } }).event.id === 'bert')
    const html = tooltipOf(m.option)({ data: bert })
    expectEscaped(html)
  })
})
