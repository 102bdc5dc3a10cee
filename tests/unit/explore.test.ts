// Exploring a chart by keyboard (lib/explore/model.ts): the walk itself, and each chart's points against its data
// file and against the marks its option draws, in both languages.
import type { ChartName } from '../../lib/charts'
import type { Explore } from '../../lib/explore/model'
import type { Locale } from '../../lib/i18n'
import { describe, expect, it } from 'vitest'
import { chartNames, charts } from '../../lib/charts'
import { announce, longDescription, moveCursor, visibleGroups } from '../../lib/explore/model'
import { formatNumber, translator } from '../../lib/i18n'
import { env, realData } from './helpers'

const LOCALES: Locale[] = ['en', 'zh']
// The attributes each chart has on the slides (pages/*.md), every click revealed.
const PROPS: Record<ChartName, Record<string, number | boolean>> = {
  trend: { from: 2017, to: 2019 },
  growth: {},
  speed: {},
  operators: {},
  models: {},
  timeline: {},
  later: {},
}
const modelOf = (name: ChartName, locale: Locale, conference = 'all') =>
  charts[name].model(PROPS[name], realData, env(locale), { conference })

/** Presses `keys` from no cursor and returns what the live region says after each. */
function walk(explore: Explore, keys: Parameters<typeof moveCursor>[2][], locale: Locale = 'en'): string[] {
  let cursor: ReturnType<typeof moveCursor>
  return keys.map(k => {
    cursor = moveCursor(explore, cursor, k)
    return announce(explore, cursor!, translator(locale))
  })
}

describe('the walk', () => {
  const grid: Explore = {
    along: 'x',
    groups: [
      { name: 'A', points: [0, 1, 2].map(i => ({ label: `a${i}`, value: `${i}`, seriesIndex: 0, dataIndex: i })) },
      {
        name: 'B',
        series: 'B',
        points: [0].map(i => ({ label: `b${i}`, value: `${i}`, seriesIndex: 1, dataIndex: i })),
      },
    ],
  }
  it('starts at the first point of the first group, whatever the key', () => {
    expect(moveCursor(grid, undefined, 'End')).toEqual({ group: 0, point: 0 })
  })
  it('walks along with ←/→ and stops at the ends instead of wrapping', () => {
    let c = moveCursor(grid, undefined, 'ArrowRight')
    for (const k of ['ArrowRight', 'ArrowRight', 'ArrowRight'] as const) c = moveCursor(grid, c, k)
    expect(c).toEqual({ group: 0, point: 2 })
    expect(moveCursor(grid, { group: 0, point: 0 }, 'ArrowLeft')).toEqual({ group: 0, point: 0 })
  })
  it('jumps with Home/End', () => {
    expect(moveCursor(grid, { group: 0, point: 1 }, 'End')).toEqual({ group: 0, point: 2 })
    expect(moveCursor(grid, { group: 0, point: 2 }, 'Home')).toEqual({ group: 0, point: 0 })
  })
  it('moves across with ↑/↓ to the nearest point of a shorter group, and stops at the last group', () => {
    expect(moveCursor(grid, { group: 0, point: 2 }, 'ArrowDown')).toEqual({ group: 1, point: 0 })
    expect(moveCursor(grid, { group: 1, point: 0 }, 'ArrowDown')).toEqual({ group: 1, point: 0 })
    expect(moveCursor(grid, { group: 1, point: 0 }, 'ArrowUp')).toEqual({ group: 0, point: 0 })
  })
  it('says the group, the point, its value and where it is', () => {
    expect(walk(grid, ['ArrowRight', 'ArrowRight'])).toEqual(['A, a0: 0. 1 of 3.', 'A, a1: 1. 2 of 3.'])
    expect(walk(grid, ['ArrowRight'], 'zh')).toEqual(['A，a0：0。第1个，共3个。'])
  })
  it('skips a series the audience switched off, and has nothing to walk when every group is gone', () => {
    expect(visibleGroups(grid, ['B']).groups.map(g => g.name)).toEqual(['A'])
    expect(moveCursor({ along: 'x', groups: [] }, undefined, 'ArrowRight')).toBeUndefined()
  })
})

describe.each(LOCALES)('every chart, %s', locale => {
  it.each(chartNames)('%s: each point is a mark the option draws, with the same value', name => {
    const { option, explore } = modelOf(name, locale)
    const series = option.series as { data: unknown[]; stack?: string }[]
    const valueAt = (si: number, di: number) => {
      const datum = series[si].data[di]
      const raw = (typeof datum === 'object' && datum && 'value' in datum ? datum.value : datum) as unknown
      return Number(Array.isArray(raw) ? raw[1] : raw)
    }
    expect(explore.groups.length).toBeGreaterThan(0)
    for (const g of explore.groups) {
      expect(g.points.length, g.name).toBeGreaterThan(0)
      for (const p of g.points) {
        const datum = series[p.seriesIndex]?.data[p.dataIndex]
        expect(datum, `${g.name} ${p.label}`).toBeDefined()
        if (p.n === undefined) continue
        // A group that is no series of its own in a stack (a bar's total) is the stack's sum at that point.
        const stack = series[p.seriesIndex].stack
        const drawn =
          stack && !g.series
            ? series.reduce((a, s, si) => a + (s.stack === stack ? valueAt(si, p.dataIndex) : 0), 0)
            : valueAt(p.seriesIndex, p.dataIndex)
        // The option rounds for its labels, or draws millions; the point keeps the data's own number.
        const scale = name === 'later' ? 1e6 : 1
        expect(drawn * scale, `${g.name} ${p.label}`).toBeCloseTo(p.n, name === 'later' ? -2 : 0)
        expect(p.value).not.toMatch(/undefined|NaN/)
      }
    }
  })
  it.each(chartNames)('%s: a long description names the axes, every group and its ends', name => {
    const { explore } = modelOf(name, locale)
    const text = longDescription(explore, translator(locale))
    expect(text).toContain(explore.along)
    for (const g of explore.groups) {
      expect(text).toContain(g.name)
      expect(text).toContain(g.points[0].label)
      expect(text).toContain(g.points[g.points.length - 1].label)
    }
    expect(text).not.toMatch(/undefined|NaN|\{\w+\}/)
  })
})

describe('each chart walks its own data', () => {
  it('trend: ←/→ along the years, ↑/↓ between the frameworks, for one conference', () => {
    const rows = realData.trend.filter(r => r.conference === 'CVPR' && r.month.startsWith('2019'))
    const [pt, total] = [rows.reduce((a, r) => a + r.pytorch_only, 0), rows.reduce((a, r) => a + r.total, 0)]
    const { explore } = modelOf('trend', 'en', 'CVPR')
    expect(explore.groups.map(g => g.points.map(p => p.label))).toEqual([
      ['2017', '2018', '2019'],
      ['2017', '2018', '2019'],
    ])
    const said = walk(explore, ['Home', 'End', 'ArrowDown'])
    const last = said[2]
    expect(last.startsWith(`${explore.groups[1].name}, 2019: `)).toBe(true)
    expect(explore.groups[1].name).toBe('PyTorch')
    const pc = formatNumber('en', (100 * pt) / total, { digits: 1, percent: true })
    expect(last).toContain(`${pc} (${formatNumber('en', pt)} of ${formatNumber('en', total)} papers; CVPR)`)
  })
  it('trend: click steps reveal the groups the slide draws (TensorFlow first, then PyTorch)', () => {
    const step0 = charts.trend.model(PROPS.trend, realData, env(), { conference: 'all', step: 0 }).explore
    expect(step0.groups.map(g => g.name)).toEqual(['TensorFlow'])
  })
  it('speed: the models along, the six frameworks across; an N/A cell is said as such', () => {
    const { explore } = modelOf('speed', 'en')
    const models = [...new Set(realData.speed.map(r => r.model))]
    const frameworks = [...new Set(realData.speed.map(r => r.framework))]
    expect(explore.groups.map(g => g.name).sort()).toEqual([...frameworks].sort())
    for (const g of explore.groups) expect(g.points.map(p => p.label)).toEqual(models)
    const na = realData.speed.find(r => r.status === 'na')
    if (na) {
      const p = explore.groups.find(g => g.name === na.framework)!.points.find(x => x.label === na.model)!
      expect(p.value).toBe(translator('en')('speed.na'))
      expect(p.n).toBeUndefined()
    }
  })
  it('operators: the totals first, then each part, one point per release', () => {
    const { explore } = modelOf('operators', 'en')
    expect(explore.groups[0].points.map(p => p.n)).toEqual(realData.operators.map(r => r.all_symbols))
    expect(explore.groups[1].points.map(p => p.n)).toEqual(realData.operators.map(r => r.primary_symbols))
  })
  it('models: every collection once, under its framework, counting the rows of data/models.csv', () => {
    const { explore } = modelOf('models', 'en')
    const total = explore.groups.flatMap(g => g.points).reduce((a, p) => a + p.n!, 0)
    expect(total).toBe(realData.models.length)
    expect(explore.groups.map(g => g.name)).toEqual(['TensorFlow', 'PyTorch'])
  })
  it('timeline: every event once, by date within its framework', () => {
    const { explore } = modelOf('timeline', 'en')
    const points = explore.groups.flatMap(g => g.points)
    expect(points).toHaveLength(realData.timeline.length)
    for (const g of explore.groups) {
      const dates = realData.timeline.filter(e => e.framework === g.name).map(e => e.date)
      expect(dates.sort()).toHaveLength(g.points.length)
    }
  })
  it('later: one point per snapshot for each package, then the events', () => {
    const { explore } = modelOf('later', 'zh')
    const snapshots = new Set(realData.pypi.map(r => r.snapshot)).size
    expect(explore.groups.slice(0, 3).map(g => g.points.length)).toEqual([snapshots, snapshots, snapshots])
    expect(explore.groups[3].points).toHaveLength(realData.events.length)
    const torch = explore.groups.find(g => g.series === 'PyTorch')!
    const lastRow = [...realData.pypi].sort((a, b) => a.snapshot.localeCompare(b.snapshot)).at(-1)!
    expect(torch.points.at(-1)!.n).toBe(lastRow.torch)
  })
  it('growth: two measures per framework', () => {
    const { explore } = modelOf('growth', 'zh')
    for (const g of explore.groups) expect(g.points).toHaveLength(2)
    expect(walk(explore, ['Home'], 'zh')[0]).toMatch(/^TensorFlow|^PyTorch/)
  })
})
