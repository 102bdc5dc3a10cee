// The ECharts themes (lib/render/theme.ts): registered once, used by every renderer, and the only place where
// axes, legends, tooltips and value labels get their colours.
import type { EChartsOption } from 'echarts'
import type { ChartName } from '../../lib/charts'
import type { Palette, Theme } from '../../lib/palette'
import { describe, expect, it } from 'vitest'
import { chartNames, chartSpec } from '../../lib/charts'
import { palettes } from '../../lib/palette'
import { FULL_CHART } from '../../lib/chart-state'
import { fitToWidth } from '../../lib/charts/narrow'
import { chartSvg } from '../../lib/render/chart-svg'
import { chartTheme, THEMES, themeName } from '../../lib/render/theme'
import { env, realData } from './helpers'

type Obj = Record<string, unknown>
const THEME_LIST: Theme[] = ['light', 'dark']

/** `fill` of every <text> that shows `text`. */
function fillsOf(svg: string, text: string): string[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)]
    .filter(m => m[2].trim() === text)
    .map(m => /\bfill="([^"]+)"/.exec(m[1])?.[1] ?? 'none')
}

/** Every `fill` and `stroke` colour of every <text> in the SVG. */
function textColours(svg: string): Set<string> {
  const out = new Set<string>()
  for (const m of svg.matchAll(/<text\b([^>]*)>/g))
    for (const c of m[1].matchAll(/\b(?:fill|stroke)="(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\))"/g)) out.add(c[1])
  return out
}

const model = (name: ChartName, theme: Theme) => chartSpec(name).model({}, realData, env('en', theme), FULL_CHART)

describe('the themes', () => {
  it('are registered under names of their own (ECharts has a "dark" theme with other colours)', () => {
    expect(THEMES.map(themeName)).toEqual(['deck-light', 'deck-dark'])
  })

  for (const theme of THEME_LIST) {
    const p = palettes[theme]
    const bare: EChartsOption = {
      legend: { data: ['S'] },
      xAxis: { type: 'category', data: ['a', 'b'], name: 'X' },
      yAxis: { type: 'value', name: 'Y' },
      series: [{ name: 'S', type: 'bar', data: [1, 2], label: { show: true, position: 'top' } }],
    }
    const svg = chartSvg(
      {
        option: bare,
        aria: 'x',
        table: { columns: [], rows: [], sources: [] },
        sources: [],
        explore: { along: 'X', groups: [] },
      },
      {
        width: 400,
        height: 300,
        theme,
      },
    )

    it(`${theme}: reach the server-side renderer: an option with no colours is drawn in the palette's`, () => {
      expect(fillsOf(svg, 'a')).toEqual([p.text]) // category axis label
      expect(fillsOf(svg, 'S')).toEqual([p.text]) // legend
      expect(fillsOf(svg, 'Y')).toEqual([p.muted]) // axis name
      expect(fillsOf(svg, '2')).toContain(p.text) // value label above the bar
      // The category axis line.
      expect(svg).toMatch(new RegExp(`<path [^>]*stroke="${p.muted}"`))
    })

    it(`${theme}: tell ECharts whether the background is dark, and keep it transparent`, () => {
      const t = chartTheme(theme)
      expect(t.darkMode).toBe(theme === 'dark')
      expect(t.backgroundColor).toBe('transparent')
      expect(svg).not.toMatch(/<rect [^>]*fill="(?!none|transparent|rgba\(0,0,0,0\))/)
    })
  }

  it('differ between light and dark', () => {
    expect(chartTheme('light').legend).not.toEqual(chartTheme('dark').legend)
    expect(chartTheme('light').categoryAxis).not.toEqual(chartTheme('dark').categoryAxis)
  })
})

describe.each(chartNames)('chart %s and the theme', (name: ChartName) => {
  it('leaves the look of axes, legend and tooltip to the theme', () => {
    const o = model(name, 'light').option as Obj
    const axes = (['xAxis', 'yAxis'] as const).flatMap(k => [o[k] ?? []].flat()) as Obj[]
    const at = (x: unknown, ...path: string[]) => path.reduce<unknown>((v, k) => (v as Obj | undefined)?.[k], x)
    for (const axis of axes) {
      for (const path of [
        ['axisLine', 'lineStyle'],
        ['axisTick', 'lineStyle'],
        ['splitLine', 'lineStyle'],
        // An axis name's colour and font are the theme's; its line height (layout) may be the chart's.
        ['nameTextStyle', 'color'],
        ['nameTextStyle', 'fontFamily'],
        ['nameTextStyle', 'fontSize'],
        ['axisLabel', 'color'],
      ])
        expect(at(axis, ...path), `${name}: ${path.join('.')}`).toBeUndefined()
    }
    for (const key of ['textStyle', 'inactiveColor']) expect(at(o.legend, key), `legend.${key}`).toBeUndefined()
    for (const key of ['backgroundColor', 'borderColor', 'textStyle'])
      expect(at(o.tooltip, key), `tooltip.${key}`).toBeUndefined()
  })

  for (const theme of THEME_LIST) {
    it(`draws every text in a colour of the ${theme} palette (none of ECharts' defaults)`, () => {
      const p: Palette = palettes[theme]
      const allowed = new Set(
        [p.text, p.muted, p.highlight, p.tooltipBg, p.TensorFlow, p.PyTorch].map(c => c.toLowerCase()),
      )
      const svg = chartSvg(model(name, theme), { width: 900, height: chartSpec(name).height(900), theme })
      const colours = [...textColours(svg)].map(c => c.toLowerCase())
      expect(colours.length).toBeGreaterThan(0)
      for (const c of colours) expect(allowed, `${name}: text in ${c}`).toContain(c)
    })
  }
})

describe('at phone width', () => {
  it("a value label moved out of its bar onto the background takes the theme's text colour", () => {
    for (const theme of THEME_LIST) {
      const m = model('speed', theme)
      const narrow = { ...m, option: fitToWidth(chartSpec('speed'), m.option, 350) }
      const svg = chartSvg(narrow, { width: 350, height: 600, theme })
      // Each model's fastest framework is at 100%; inside a bar that label was drawn in the tooltip colour.
      const fills = fillsOf(svg, '100%')
      expect(fills.length).toBeGreaterThan(0)
      for (const f of fills) expect(f).toBe(palettes[theme].text)
    }
  })

  it('adds no legend to a chart that has none (it would list the single series over the axis labels)', () => {
    const m = model('models', 'light')
    expect(m.option.legend).toBeUndefined()
    expect(fitToWidth(chartSpec('models'), m.option, 350).legend).toBeUndefined()
    expect(fitToWidth(chartSpec('speed'), model('speed', 'light').option, 350).legend).toMatchObject({ left: 'center' })
  })
})
