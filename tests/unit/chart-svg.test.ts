import type { ChartEnv, ChartModel } from '../../lib/charts/common'
import type { ChartProps } from '../../lib/charts/spec'
import type { Locale } from '../../lib/i18n'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FULL_CHART } from '../../lib/chart-state'
import { chartNames, chartSpec } from '../../lib/charts'
import { translator } from '../../lib/i18n'
import { speedChart } from '../../lib/charts/speed'
import { fitToWidth } from '../../lib/charts/narrow'
import { NARROW } from '../../lib/charts/spec'
import { chartSvg } from '../../lib/render/chart-svg'
import { svgTexts } from '../../lib/render/svg-text'
import { env, realData } from './helpers'
import { wellFormed } from './xml'

const d = realData
const yearsOf = (rows: { month: string }[], from: number, to: number) =>
  [...new Set(rows.map(r => Number(r.month.slice(0, 4))))].filter(y => y >= from && y <= to).map(String)

// Every chart in the registry, as a slide shows it with every click revealed, plus the compact trend of slide 12.
const drawn =
  (name: string, props: ChartProps = {}) =>
  (e: ChartEnv) =>
    chartSpec(name).model(props, d, e, FULL_CHART)
const builders: Record<string, (e: ChartEnv) => ChartModel> = {
  ...Object.fromEntries(chartNames.map(n => [n, drawn(n)])),
  'trend 2017-2022 compact': drawn('trend', { from: 2017, to: 2022, compact: true }),
}

// ECharts reports an unregistered series type, component or feature with a console message (and draws
// without it): any such message while drawing fails the test, so a module missing from
// lib/render/register.ts shows up here rather than in the browser.
let warnings: string[] = []
beforeEach(() => {
  warnings = []
  for (const level of ['warn', 'error', 'log'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ')
      if (level !== 'log' || text.includes('[ECharts]')) warnings.push(text)
    })
  }
})
afterEach(() => vi.restoreAllMocks())

describe("chartSvg draws every builder's chart", () => {
  for (const [name, build] of Object.entries(builders)) {
    for (const [locale, theme] of [
      ['en', 'light'],
      ['zh', 'dark'],
    ] as const) {
      it(`${name} (${locale}, ${theme})`, () => {
        const svg = chartSvg(build(env(locale, theme)), { width: 800, height: 400, theme })
        expect(svg.startsWith('<svg')).toBe(true)
        expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
        expect(svg).toMatch(/width="800"/)
        expect(svg).toMatch(/height="400"/)
        expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThan(5)
        expect(wellFormed(svg), 'well-formed XML').toBe(true)
        expect(warnings).toEqual([])
      })
    }
  }
})

describe("chartSvg draws every chart re-laid out for a phone's column (the reading view)", () => {
  for (const [name, build] of Object.entries(builders)) {
    it(name, () => {
      const model = build(env('en', 'light'))
      const width = NARROW - 200
      const svg = chartSvg(
        { ...model, option: fitToWidth(chartSpec(name.split(' ')[0]), model.option, width) },
        { width, height: 520, theme: 'light' },
      )
      expect(wellFormed(svg), 'well-formed XML').toBe(true)
      expect(warnings).toEqual([])
    })
  }
})

describe('the SVG holds the labels the data says it should', () => {
  const texts = (name: string, locale: Locale = 'en', hidden: string[] = []) =>
    svgTexts(chartSvg(builders[name](env(locale, 'light')), { width: 960, height: 420, theme: 'light', hidden }))

  it('trend: one axis label per year of conference data, and both frameworks in the legend', () => {
    const t = texts('trend')
    for (const year of yearsOf(d.trend, 2017, 2019)) expect(t).toContain(year)
    expect(yearsOf(d.trend, 2017, 2019)).toHaveLength(3)
    // Column names of data/trend.csv, which the legend names.
    for (const fw of ['TensorFlow', 'PyTorch']) expect(t).toContain(fw)
  })

  it("trend: the crossover ring's label (a markPoint, which ECharts drops silently when not registered)", () => {
    const t = texts('trend')
    expect(t).toContain(translator('en')('trend.crossover'))
  })

  it('trend to 2022: every year that has rows', () => {
    const t = texts('trend 2017-2022 compact')
    // A year counting submissions (ICLR 2021, 2022) is starred; its note is in the axis name.
    for (const year of yearsOf(d.trend, 2017, 2022))
      expect(t.filter(x => x === year || x === `${year}*`)).toHaveLength(1)
  })

  it('speed: every model and every framework of data/speed.csv', () => {
    const t = texts('speed').join('\n')
    for (const r of d.speed) {
      expect(t).toContain(r.model)
      expect(t).toContain(r.framework)
      expect(t).toContain(r.unit)
    }
  })

  it('operators: every TensorFlow version of data/operators.csv, and each total', () => {
    const t = texts('operators').join('\n')
    for (const r of d.operators) {
      expect(t).toContain(r.tf_version)
      expect(t).toContain(r.all_symbols.toLocaleString('en-US'))
    }
  })

  it('timeline: every framework lane of data/timeline.csv', () => {
    const t = texts('timeline')
    for (const fw of new Set(d.timeline.map(r => r.framework))) expect(t).toContain(fw)
  })

  it("models: each group's model count from data/models.csv", () => {
    const t = texts('models')
    const official = d.models.filter(m => m.collection === 'tf-official').length
    const research = d.models.filter(m => m.collection === 'tf-research').length
    expect(t).toContain(String(official))
    expect(t).toContain(String(research))
  })

  it('later: the three frameworks, the crossing date and every event of data/events.csv, in both languages', () => {
    const en = texts('later').join('\n')
    for (const fw of ['TensorFlow', 'PyTorch', 'JAX']) expect(en).toContain(fw)
    // The first snapshot where torch (23,190,107) is ahead of tensorflow (22,594,480) and stays ahead.
    expect(en).toContain('30 days to 1 Apr 2024')
    expect(en).toContain('Keras 3: three backends')
    const zh = texts('later', 'zh').join('\n')
    expect(zh).toContain('PyTorch 基金会成立')
    expect(zh).toContain('截至2024年4月1日的 30 天')
    expect(d.events.length).toBe(8)
  })

  it('growth, in Chinese: the frameworks of data/growth.csv and the number of conferences', () => {
    const t = texts('growth', 'zh').join('\n')
    for (const fw of new Set(d.growth.map(r => r.framework))) expect(t).toContain(fw)
    expect(t).toMatch(/[\u4E00-\u9FFF]/)
  })

  it('a hidden series keeps its legend entry but loses its value labels', () => {
    const all = texts('trend')
    const without = texts('trend', 'en', ['PyTorch'])
    expect(without).toContain('PyTorch')
    expect(without.length).toBeLessThan(all.length)
  })

  it('escapes text from the data', () => {
    const rows = d.speed.map(r => (r.model === d.speed[0].model ? { ...r, model: 'A<b>&"C' } : r))
    const svg = chartSvg(speedChart(rows, env('en', 'light')), { width: 800, height: 400, theme: 'light' })
    expect(svg).not.toContain('A<b>')
    expect(svgTexts(svg).join('\n')).toContain('A<b>&"C')
  })
})

describe('chartSvg rejects bad input clearly', () => {
  const model = builders.speed(env('en', 'light'))
  it('zero or missing size', () => {
    expect(() => chartSvg(model, { width: 0, height: 400, theme: 'light' })).toThrow(
      'chartSvg: width must be a positive number of pixels, got 0',
    )
    expect(() => chartSvg(model, { width: 800, height: Number.NaN, theme: 'light' })).toThrow(
      /height must be a positive number of pixels, got NaN/,
    )
  })
  it('an unknown theme', () => {
    expect(() => chartSvg(model, { width: 800, height: 400, theme: 'sepia' as never })).toThrow(
      'chartSvg: theme must be "light" or "dark", got "sepia"',
    )
  })
})
