// The chart registry (lib/charts/index.ts) against everything a chart needs, so that a missing piece fails here
// rather than in the browser: a builder file left out of the registry, an ECharts module not listed or not
// registered, a message missing in one language, a slide naming a chart that does not exist, a chart without its
// test file. tests/unit/chart-svg.test.ts draws every registered chart and fails on any ECharts complaint.
import type { ChartEnv } from '../../../lib/charts/common'
import type { ChartName } from '../../../lib/charts'
import type { Locale } from '../../../lib/i18n'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FULL_CHART } from '../../../lib/chart-state'
import { chartNames, charts, chartSpec } from '../../../lib/charts'
import { isMessageKey, messages, translator } from '../../../lib/i18n'
import { palettes } from '../../../lib/palette'
import { echartsModules } from '../../../lib/render/register'
import { realData, slideCharts } from '../helpers'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const NOT_CHARTS = ['common.ts', 'index.ts', 'narrow.ts', 'spec.ts']
// Messages a chart borrows from another chart's prefix. Known, and left to the messages' owner (a key of its
// own would do): anything new here is a message filed under the wrong chart.
const BORROWED: Partial<Record<ChartName, string[]>> = { later: ['timeline.col.confidence'] }
// Every click revealed, every conference: the fullest option each chart draws.
const FULL = FULL_CHART

/** A translator that also notes every key asked for. */
function recording(locale: Locale) {
  const asked = new Set<string>()
  const t = translator(locale)
  const env: ChartEnv = {
    locale,
    palette: palettes.light,
    t: (key, vars) => {
      asked.add(key)
      return t(key, vars)
    },
  }
  return { env, asked }
}

// ECharts component option keys, and the module each needs (cartesian axes come with the grid).
const COMPONENT_OF: Record<string, string> = {
  grid: 'grid',
  xAxis: 'grid',
  yAxis: 'grid',
  legend: 'legend',
  tooltip: 'tooltip',
  axisPointer: 'axisPointer',
  title: 'title',
  dataZoom: 'dataZoom',
  visualMap: 'visualMap',
  toolbox: 'toolbox',
  graphic: 'graphic',
  polar: 'polar',
  radar: 'radar',
  geo: 'geo',
  calendar: 'calendar',
  dataset: 'dataset',
  timeline: 'timeline',
  aria: 'aria',
}

/** The ECharts modules an option needs, read off the option itself. */
function modulesUsedBy(option: Record<string, unknown>): Set<string> {
  const used = new Set<string>()
  for (const key of Object.keys(option)) if (key in COMPONENT_OF) used.add(COMPONENT_OF[key])
  const series = [option.series ?? []].flat() as Record<string, unknown>[]
  for (const s of series) {
    used.add(String(s.type))
    for (const mark of ['markPoint', 'markLine', 'markArea']) if (s[mark]) used.add(mark)
  }
  return used
}

describe('the chart registry', () => {
  it('lists every builder file in lib/charts/, under the name of its file', () => {
    const files = readdirSync(`${root}lib/charts`).filter(f => f.endsWith('.ts') && !NOT_CHARTS.includes(f))
    expect(files.length).toBeGreaterThan(0)
    expect(files.map(f => f.replace(/\.ts$/, '')).sort()).toEqual([...chartNames].sort())
    for (const name of chartNames) expect(charts[name].name).toBe(name)
  })

  it('names the charts there are when asked for one that is not', () => {
    expect(() => chartSpec('zoo')).toThrow(/no chart is called "zoo"; the charts are trend, growth, .*later/)
    expect(() => chartSpec('toString')).toThrow(/no chart is called "toString"/)
  })

  it('has a unit test file per chart, named after it', () => {
    const missing = chartNames.filter(name => !existsSync(`${root}tests/unit/charts/${name}.test.ts`))
    expect(
      missing.map(name => `create tests/unit/charts/${name}.test.ts (values worked out by hand from data/${name}.csv)`),
    ).toEqual([])
  })

  // Registration is global (lib/render/register.ts, for the live charts and the SVG renderer alike): every option a
  // slide can ask for, with its attributes, in either language, may use only what is registered there.
  it('uses only ECharts modules lib/render/register.ts registers, for every chart tag on the slides', () => {
    const registered = Object.keys(echartsModules)
    const missing = new Set<string>()
    for (const { dir, name, props } of slideCharts())
      for (const locale of ['en', 'zh'] as const) {
        const option = chartSpec(name).model(props, realData, recording(locale).env, FULL).option
        for (const m of modulesUsedBy(option as Record<string, unknown>))
          if (!registered.includes(m))
            missing.add(`<Chart name="${name}"> (${dir}, ${locale}) uses ${m}: register it in lib/render/register.ts`)
      }
    expect([...missing]).toEqual([])
  })

  it('has every chart a slide names, and every chart on a slide of both editions', () => {
    for (const dir of ['pages', 'pages/zh']) {
      const markdown = readdirSync(`${root}${dir}`)
        .filter(f => f.endsWith('.md'))
        .map(f => readFileSync(`${root}${dir}/${f}`, 'utf8'))
        .join('\n')
      const named = [...markdown.matchAll(/<Chart\b[^>]*?\bname="([^"]*)"/g)].map(m => m[1])
      for (const n of named) expect(chartNames, `${dir}: <Chart name="${n}">`).toContain(n)
      for (const n of chartNames) expect(named, `${dir} shows ${n}`).toContain(n)
    }
  })
})

describe.each(chartNames)('chart %s', (name: ChartName) => {
  const spec = chartSpec(name)

  it('reads only the datasets its spec names, and each of them', () => {
    // A proxy over the data notes what the builder touches.
    const touched = new Set<string>()
    const data = new Proxy(realData, {
      get(target, key: string) {
        touched.add(key)
        return target[key as keyof typeof target]
      },
    })
    spec.model({}, data, recording('en').env, FULL)
    expect([...touched].sort()).toEqual([...spec.datasets].sort())
  })

  it('says its aria sentence in Chinese in the Chinese edition (dark theme too)', () => {
    const { env } = recording('zh')
    const aria = spec.model({}, realData, { ...env, palette: palettes.dark }, FULL).aria
    expect(aria).toMatch(/[\u4E00-\u9FFF]/)
    expect(aria).not.toMatch(/\b(the|and|of)\b/)
  })

  // A key the chart asked for, looked up without a cast: a string that is no key reads as undefined.
  const messageOf = (locale: Locale, key: string) => (isMessageKey(key) ? messages[locale][key] : undefined)

  it('asks only for messages of its own or shared ones, and each exists in both languages', () => {
    const { env, asked } = recording('zh')
    spec.model({}, realData, env, FULL)
    expect(asked.size).toBeGreaterThan(0)
    for (const key of asked) {
      if (!BORROWED[name]?.includes(key))
        expect(key, 'a message of this chart or a shared one').toMatch(
          new RegExp(`^(${name}|confidence|frame|explore)\\.`),
        )
      for (const locale of ['en', 'zh'] as const) expect(messageOf(locale, key), `${locale} ${key}`).toMatch(/\S/)
    }
    for (const key of [`${name}.title`, `${name}.aria`])
      for (const locale of ['en', 'zh'] as const) expect(messageOf(locale, key), `${locale} ${key}`).toMatch(/\S/)
  })
})
