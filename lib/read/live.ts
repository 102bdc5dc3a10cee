// A live ECharts chart in place of a figure's static SVG: same builders, same data, same box.
import type { EChartsType } from 'echarts/core'
import type { ChartModel } from '../charts/common'
import type { ChartState } from '../chart-state'
import type { ChartProps, ChartSpec } from '../charts/spec'
import { FULL_CHART } from '../chart-state'
import data from 'virtual:deck-data'
import { init } from 'echarts/core'
import { isLocale, translator } from '../i18n'
import { palettes } from '../palette'
import { deckOption } from '../render/option'
import { chartSpec } from '../charts'
import { themeName } from '../render/theme'
import { fitToWidth } from '../charts/narrow'
import { bindExplore } from '../explore/controller'
import { longDescription } from '../explore/model'
import '../render/register'

interface Live {
  chart: EChartsType
  state: ChartState
  draw: () => void
}
const live = new WeakMap<HTMLElement, Live>()

/** What else takes hold of a figure's live chart once it exists (e.g. a keyboard controller): figure and instance. */
export type LiveHook = (fig: HTMLElement, chart: EChartsType) => void
const hooks: LiveHook[] = []
export function onLive(hook: LiveHook): void {
  hooks.push(hook)
}

const dark = matchMedia('(prefers-color-scheme: dark)')
const reduced = matchMedia('(prefers-reduced-motion: reduce)')
const lang = document.documentElement.lang.slice(0, 2)
const locale = isLocale(lang) ? lang : 'en'
const t = translator(locale)

// The deck's own additions (aria, fonts, animation) and its theme, as the slide and the static SVG get them.
// No label for ECharts: the box around the chart carries its name and description (client.ts).
function optionOf(spec: ChartSpec, model: ChartModel, width: number) {
  return deckOption(fitToWidth(spec, model.option, width), { animate: !reduced.matches })
}

export function makeLive(fig: HTMLElement): Live {
  const existing = live.get(fig)
  if (existing) return existing
  const { c, p } = JSON.parse(fig.dataset.spec!) as { c: string; p: ChartProps }
  const spec = chartSpec(c)
  const box = fig.querySelector<HTMLElement>('.chart-box')!
  const host = document.createElement('div')
  host.className = 'chart-live'
  box.append(host)
  const theme = () => themeName(dark.matches ? 'dark' : 'light')
  const chart = init(host, theme(), { renderer: 'svg' })
  const state: ChartState = { ...FULL_CHART }
  let model: ChartModel
  const caption = fig.querySelector<HTMLElement>('.chart-title')
  const desc = fig.querySelector<HTMLElement>('.chart-desc p')
  const draw = () => {
    model = spec.model(p, data, { locale, t, palette: palettes[dark.matches ? 'dark' : 'light'] }, state)
    chart.setOption(optionOf(spec, model, host.clientWidth), { notMerge: true })
    // The caption (the chart's sentence) and the rest of the long description say what is drawn now.
    if (caption) caption.textContent = model.aria
    if (desc) desc.textContent = longDescription(model.explore, t)
  }
  draw()
  // The keyboard walk, on the box the page made focusable (client.ts), speaking in the figure's live region.
  bindExplore({
    host: box,
    region: fig.querySelector<HTMLElement>('[data-explore-said]')!,
    chart: () => chart,
    explore: () => model.explore,
    t,
  })
  // The static SVG keeps its place in the flow (so nothing moves) but is no longer seen.
  chart.on('finished', () => box.classList.add('is-live'))
  let wasNarrow = host.clientWidth
  new ResizeObserver(() => {
    chart.resize()
    if (host.clientWidth !== wasNarrow) {
      wasNarrow = host.clientWidth
      draw()
    }
  }).observe(host)
  dark.addEventListener('change', () => {
    chart.setTheme(theme())
    draw()
  })
  const entry = { chart, state, draw }
  live.set(fig, entry)
  for (const hook of hooks) hook(fig, chart)
  return entry
}

export function pick(fig: HTMLElement, value: string) {
  const entry = makeLive(fig)
  entry.state.conference = value
  // As ConferencePicker draws a pick: toggle buttons, exactly one pressed.
  for (const b of fig.querySelectorAll<HTMLButtonElement>('.picker button[data-value]')) {
    b.setAttribute('aria-pressed', String(b.dataset.value === value))
    b.classList.toggle('on', b.dataset.value === value)
  }
  entry.draw()
}
