import type { Row } from '../../../lib/data/schema'
import { describe, expect, it } from 'vitest'
import { laterChart, placeEvents } from '../../../lib/charts/later'
import { lastCrossing, methodChange } from '../../../lib/domain/pypi'
import { env, expectEscaped, realData, seriesOf, tooltipOf, XSS } from '../helpers'

type Snapshot = Row<'pypi'>
const snap = (snapshot: string, method: Snapshot['method'], torch: number, tensorflow: number): Snapshot => ({
  ...realData.pypi[0],
  snapshot,
  method,
  torch,
  tensorflow,
  jax: 1,
})

const pointsOf = (data: unknown[]) => data as [number, number | string][]
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10)

describe('what happened next: PyPI downloads and events', () => {
  const m = laterChart(realData.pypi, realData.events, env())
  const series = seriesOf(m.option)

  it('draws one line per package, in millions, and the events as points on their own strip', () => {
    expect(series.map(s => `${s.name}:${s.type}`)).toEqual([
      'TensorFlow:line',
      'PyTorch:line',
      'JAX:line',
      'Events:scatter',
    ])
    // data/pypi.csv, first row (2022-01-01): torch 5,938,818, tensorflow 14,338,756, jax 440,331.
    const first = (i: number) => pointsOf(series[i].data)[0]
    expect(dayOf(first(0)[0])).toBe('2022-01-01')
    expect(first(0)[1]).toBeCloseTo(14.338756, 6)
    expect(first(1)[1]).toBeCloseTo(5.938818, 6)
    expect(first(2)[1]).toBeCloseTo(0.440331, 6)
    // Last row (2026-04-01): torch 87,347,847.
    expect(pointsOf(series[1].data).at(-1)![1]).toBeCloseTo(87.347847, 6)
  })

  it('breaks every line where the counting method changes, and marks the change', () => {
    // BigQuery up to the snapshot of 2025-06-13, ClickHouse from 2025-07-05: a gap the day before.
    for (const s of series.slice(0, 3)) {
      const pts = pointsOf(s.data)
      const gap = pts.findIndex(p => p[1] === '-')
      expect(dayOf(pts[gap][0])).toBe('2025-07-04')
      expect(dayOf(pts[gap - 1][0])).toBe('2025-06-13')
      expect(dayOf(pts[gap + 1][0])).toBe('2025-07-05')
      expect(pts.filter(p => p[1] === '-')).toHaveLength(1)
    }
    const markLine = (series[0] as unknown as { markLine: { data: { xAxis: number }[] } }).markLine
    expect(dayOf(markLine.data[0].xAxis)).toBe('2025-07-04')
  })

  it('labels the crossing on the PyTorch line at the snapshot of 2024-04-01', () => {
    // 2024-03-01: torch 18,664,850 < tensorflow 19,310,420; 2024-04-01: 23,190,107 > 22,594,480, and ahead after.
    const mp = series[1].markPoint!.data[0].coord as number[]
    expect(dayOf(mp[0])).toBe('2024-04-01')
    expect(mp[1]).toBeCloseTo(23.190107, 6)
    expect(series[0].markPoint).toBeUndefined()
  })

  it('places the events in date order, hollow where the day is not known', () => {
    const pts = series[3].data as { value: [number, number]; symbol: string }[]
    expect(pts.map(p => dayOf(p.value[0]))).toEqual([
      '2022-09-12',
      '2023-03-15',
      '2023-11-27',
      '2024-03-09',
      '2025-06-11',
      '2025-07-27',
      '2025-12-03',
      '2026-05-17',
    ])
    // tf-2-16, pwc-closed, hf-v5 and tf-2-21 are "by" dates in data/events.csv.
    expect(pts.map(p => p.symbol)).toEqual([
      'circle',
      'circle',
      'circle',
      'emptyCircle',
      'circle',
      'emptyCircle',
      'emptyCircle',
      'emptyCircle',
    ])
  })

  it('spans whole years around snapshots and events, the same on both axes', () => {
    const [top, strip] = m.option.xAxis as { min: number; max: number }[]
    expect(dayOf(top.min)).toBe('2022-01-01')
    expect(dayOf(top.max)).toBe('2027-01-01')
    expect([strip.min, strip.max]).toEqual([top.min, top.max])
  })

  it('tables every snapshot and event with its source', () => {
    expect(m.table.rows).toHaveLength(52 + 8)
    expect(m.table.rows[0]).toEqual([
      '30 days to 1 Jan 2022',
      'counted on BigQuery',
      '14,338,756',
      '5,938,818',
      '440,331',
      '0.4×',
      'high',
    ])
    expect(m.table.rows.at(-1)!.slice(0, 2)).toEqual(['by 17 May 2026', 'TF 2.21'])
    expect(m.table.sources[0]).toEqual(['top-pypi'])
    expect(m.table.sources.at(-1)).toEqual(['tf-2-21-tested'])
  })

  it('speaks Chinese in the Chinese edition', () => {
    const zh = laterChart(realData.pypi, realData.events, env('zh', 'dark'))
    expect(zh.table.rows[0].slice(0, 2)).toEqual(['截至2022年1月1日的 30 天', '统计自 BigQuery'])
    expect(zh.aria).toContain('截至2024年4月1日的 30 天里')
  })

  it('escapes event notes in tooltips', () => {
    const events = realData.events.map(e => ({ ...e, note: XSS }))
    const html = tooltipOf(laterChart(realData.pypi, events, env()).option)({
      seriesType: 'scatter',
      dataIndex: 0,
      data: { event: events[0] },
    })
    expectEscaped(html)
  })
})

describe('crossing and method change', () => {
  it('takes the crossing from which a package stays ahead, not a single month ahead', () => {
    const rows = [
      snap('2024-01-01', 'bigquery', 1, 2),
      snap('2024-02-01', 'bigquery', 3, 2),
      snap('2024-03-01', 'bigquery', 1, 2),
      snap('2024-04-01', 'bigquery', 3, 2),
      snap('2024-05-01', 'bigquery', 4, 2),
    ]
    expect(lastCrossing(rows, 'torch', 'tensorflow')?.snapshot).toBe('2024-04-01')
    expect(lastCrossing(rows.slice(0, 3), 'torch', 'tensorflow')).toBeUndefined()
    expect(lastCrossing(rows.slice(3), 'torch', 'tensorflow')).toBeUndefined()
  })

  it('finds the first snapshot of a new method, whatever the row order', () => {
    const rows = [snap('2025-07-05', 'clickhouse', 1, 1), snap('2025-06-13', 'bigquery', 1, 1)]
    expect(methodChange(rows)?.snapshot).toBe('2025-07-05')
    expect(methodChange(rows.slice(1))).toBeUndefined()
  })
})

describe('the event strip', () => {
  const axis = { min: Date.UTC(2022, 0, 1), max: Date.UTC(2023, 0, 1) }
  const ev = (id: string, date: string): Row<'events'> => ({ ...realData.events[0], id, date })
  it('puts a label where it fits: the next row when the one before is still running, the left at the end', () => {
    // Four Latin characters: 2 + 4 × 0.75 = 5 months. a takes row 0 from month 0 to 5; b (month 1) would run into
    // it and takes row 1; c (month 11) has no room on its right before the axis ends (month 12), so its label goes
    // left, months 6 to 11, which row 0 has free.
    const placed = placeEvents(
      [ev('a', '2022-01-01'), ev('b', '2022-02-01'), ev('c', '2022-12-01')],
      e => e.id.repeat(4),
      axis,
    )
    expect(placed).toEqual([
      { row: 0, left: false, fits: true },
      { row: 1, left: false, fits: true },
      { row: 0, left: true, fits: true },
    ])
    // Six more at the same month leave the fifth row's neighbours no room: the sixth overlaps, and says so.
    const crowd = Array.from({ length: 6 }, (_, i) => ev(`x${i}`, '2022-06-01'))
    expect(placeEvents(crowd, () => 'aaaa', axis).map(p => p.fits)).toEqual([true, true, true, true, true, false])
  })
  it("finds room for every event's label of data/events.csv, in both languages", () => {
    const events = [...realData.events].sort((a, b) => a.date.localeCompare(b.date))
    const years = { min: Date.UTC(2022, 0, 1), max: Date.UTC(2027, 0, 1) }
    for (const locale of ['en', 'zh'] as const) {
      const { t } = env(locale)
      const placed = placeEvents(events, e => t(`later.ev.${e.id}` as never), years)
      expect(events.filter((_, i) => !placed[i].fits).map(e => e.id)).toEqual([])
    }
  })

  it('counts a Chinese character as wider than a Latin one', () => {
    // Four Chinese characters: 2 + 4 × 1.3 = 7.2 months, so b at month 5.9 (29 Jun) still runs into a's label.
    const events = [ev('a', '2022-01-01'), ev('b', '2022-06-29')]
    expect(placeEvents(events, () => 'abcd', axis).map(p => p.row)).toEqual([0, 0])
    expect(placeEvents(events, () => '基金会成', axis).map(p => p.row)).toEqual([0, 1])
  })
})
