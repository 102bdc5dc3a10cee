// The charts' accessibility audit, read off the options every chart draws (docs/accessibility.md lists each
// heuristic and the test that proves it): contrast of every text and mark against what it sits on, in both themes;
// no text under 12 px; colour never the only difference between two series.
import type { ChartName } from '../../lib/charts'
import type { Theme } from '../../lib/palette'
import { describe, expect, it } from 'vitest'
import { chartNames, charts } from '../../lib/charts'
import { fitToWidth } from '../../lib/charts/narrow'
import { contrast, slideBackground } from '../../lib/palette'
import { deckOption, seriesNamesOf } from '../../lib/render/option'
import { chartTheme } from '../../lib/render/theme'
import { env, realData } from './helpers'

type Obj = Record<string, unknown>
const THEMES: Theme[] = ['light', 'dark']
const PROPS: Record<ChartName, Record<string, number | boolean>> = {
  trend: { from: 2017, to: 2022 },
  growth: {},
  speed: {},
  operators: {},
  models: {},
  timeline: {},
  later: {},
}
// Text-bearing option keys: a `color` below one of these is a text colour.
const TEXT_KEYS = new Set(['label', 'textStyle', 'axisLabel', 'nameTextStyle', 'rich', 'endLabel'])

/** A CSS colour (#rrggbb or rgba()) with its alpha and an opacity laid over `bg`, as #rrggbb. */
export function over(colour: string, bg: string, opacity = 1): string {
  const rgb = (hex: string) => [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16))
  let c: number[]
  let a = opacity
  const m = /^rgba?\(([^)]+)\)$/.exec(colour)
  if (m) {
    const [r, g, b, alpha = '1'] = m[1].split(',').map(s => s.trim())
    c = [r, g, b].map(Number)
    a *= Number(alpha)
  } else if (/^#[0-9a-f]{6}$/i.test(colour)) c = rgb(colour)
  else throw new Error(`audit: cannot read the colour "${colour}"`)
  const base = rgb(bg)
  const mix = c.map((v, i) => Math.round(v * a + base[i] * (1 - a)))
  return `#${mix.map(v => v.toString(16).padStart(2, '0')).join('')}`
}

function optionOf(name: ChartName, theme: Theme, locale: 'en' | 'zh' = 'en') {
  const model = charts[name].model(PROPS[name], realData, env(locale, theme), { conference: 'all' })
  return deckOption(model.option, {}) as Obj
}

/** Every `key` in an object tree, with the path of keys that leads to it. */
function* walk(o: unknown, path: string[] = []): Generator<{ path: string[]; key: string; value: unknown; at: Obj }> {
  if (!o || typeof o !== 'object') return
  for (const [key, value] of Object.entries(o)) {
    yield { path, key, value, at: o as Obj }
    if (typeof value !== 'function') yield* walk(value, [...path, key])
  }
}

const seriesOf = (o: Obj) => (o.series ?? []) as Obj[]
const styleOf = (s: Obj, key: 'itemStyle' | 'lineStyle') => (s[key] ?? {}) as Obj

// Marks left below 3:1 on purpose, each with the cue that carries its meaning instead.
const MARK_EXCEPTIONS: Partial<Record<ChartName, Record<string, string>>> = {
  timeline: {
    [env().t('timeline.monthOnly')]:
      'the band behind a month-only event repeats what its hollow mark (3:1 border) and the table say',
  },
}

describe.each(THEMES)('contrast, %s theme', theme => {
  const bg = slideBackground[theme]
  it.each(chartNames)('%s: every text colour is 4.5:1 against what it sits on', name => {
    const o = optionOf(name, theme)
    const failures: string[] = []
    for (const { path, key, value, at } of walk(o)) {
      if (key !== 'color' || typeof value !== 'string' || !path.some(p => TEXT_KEYS.has(p))) continue
      // A label inside its bar sits on the bar's fill; any other on the slide's background.
      const si = path[0] === 'series' ? Number(path[1]) : -1
      const series = si >= 0 ? seriesOf(o)[si] : undefined
      const inside = typeof at.position === 'string' && at.position.startsWith('inside')
      const under = inside && series ? over(String(styleOf(series, 'itemStyle').color ?? series.color), bg) : bg
      const ratio = contrast(over(value, under), under)
      if (ratio < 4.5) failures.push(`${path.join('.')}: ${value} on ${under} is ${ratio.toFixed(2)}:1`)
    }
    expect(failures).toEqual([])
  })
  it('the theme: axis, legend and tooltip text 4.5:1, axis lines 3:1', () => {
    const th = chartTheme(theme)
    const texts = [...walk(th)].filter(x => x.key === 'color' && x.path.some(p => TEXT_KEYS.has(p)))
    expect(texts.length).toBeGreaterThan(3)
    for (const x of texts) expect(contrast(String(x.value), bg), x.path.join('.')).toBeGreaterThanOrEqual(4.5)
    const axisLine = th.categoryAxis.axisLine as { lineStyle: { color: string } }
    expect(contrast(axisLine.lineStyle.color, bg)).toBeGreaterThanOrEqual(3)
  })
  it.each(chartNames)('%s: every mark is 3:1 against the slide, by its fill or by its outline', name => {
    const o = optionOf(name, theme)
    const failures: string[] = []
    for (const s of seriesOf(o)) {
      const label = `${String(s.name)} (${String(s.type)})`
      if (MARK_EXCEPTIONS[name]?.[String(s.name)]) continue
      const styles = [s, ...((s.data ?? []) as unknown[]).filter((d): d is Obj => !!d && typeof d === 'object')]
      for (const d of styles) {
        const item = { ...styleOf(s, 'itemStyle'), ...styleOf(d, 'itemStyle') }
        const line = { ...styleOf(s, 'lineStyle'), ...styleOf(d, 'lineStyle') }
        const fill = String(item.color ?? s.color)
        const passes = (c: unknown, opacity = 1) =>
          typeof c === 'string' && c !== 'transparent' && contrast(over(c, bg, opacity), bg) >= 3
        const ok =
          s.type === 'line'
            ? passes(line.color ?? s.color, Number(line.opacity ?? 1))
            : passes(fill, Number(item.opacity ?? 1)) ||
              (Number(item.borderWidth ?? 0) >= 1 && passes(item.borderColor))
        if (!ok) failures.push(`${label}: ${fill} at opacity ${String(item.opacity ?? 1)}`)
      }
    }
    expect(failures).toEqual([])
  })
})

describe('text size', () => {
  // As drawn: a slide's canvas is 980 px wide (Slidev's default) and fills a 1280 px screen; the reading view on a
  // 390 px phone draws its charts 358 px wide, at their own size, through the spec's phone layout.
  const SLIDE_SCALE = 1280 / 980
  const PHONE_WIDTH = 358
  const smallest = (o: unknown, theme: Theme) =>
    [...walk(o), ...walk(chartTheme(theme))]
      .filter(x => x.key === 'fontSize' && typeof x.value === 'number')
      .map(x => ({ px: x.value as number, at: x.path.join('.') }))
      .sort((a, b) => a.px - b.px)[0]
  it.each(chartNames)(
    '%s: no text under 12 px on a 1280 px screen or on a phone, in either language or theme',
    name => {
      for (const locale of ['en', 'zh'] as const)
        for (const theme of THEMES) {
          const option = optionOf(name, theme, locale)
          const slide = smallest(option, theme)
          expect(slide.px * SLIDE_SCALE, `slide, ${slide.at}`).toBeGreaterThanOrEqual(12)
          const phone = smallest(fitToWidth(charts[name], option as never, PHONE_WIDTH), theme)
          expect(phone.px, `phone, ${phone.at}`).toBeGreaterThanOrEqual(12)
        }
    },
  )
})

describe('colour is never the only cue', () => {
  // Two series differ without colour when their marks differ in shape, line style or pattern.
  const cue = (s: Obj) =>
    JSON.stringify([
      s.type,
      s.symbol,
      styleOf(s, 'lineStyle').type,
      styleOf(s, 'itemStyle').decal,
      styleOf(s, 'itemStyle').borderType,
    ])
  it.each(chartNames)('%s: the legend series differ by shape, line style or pattern', name => {
    const o = optionOf(name, 'light')
    const legend = seriesNamesOf(o as never)
    const shown = seriesOf(o).filter(s => legend.includes(String(s.name)))
    const cues = new Map<string, string[]>()
    for (const s of shown) cues.set(cue(s), [...(cues.get(cue(s)) ?? []), String(s.name)])
    const same = [...cues.values()].filter(names => names.length > 1)
    expect(same, 'series told apart by colour alone').toEqual([])
  })
})
