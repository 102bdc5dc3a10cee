// The one way to draw a chart outside the live ECharts instance: ECharts' server-side SVG renderer, in Node
// (tests, build scripts, the social card) and in the browser (image downloads, the reading view).
import type { ChartModel } from '../charts/common'
import type { Theme } from '../palette'
import { init } from 'echarts/core'
import { chartFont } from '../palette'
import { measureTextLikeInter } from './measure'
import { deckOption } from './option'
import { themeName } from './theme'
import './register'

export type { Theme }

export interface ChartSvgOptions {
  width: number
  height: number
  theme: Theme
  /** Series switched off in the legend, as on the slide. */
  hidden?: Iterable<string>
  /** Font stack for the chart's text (default: the deck's fonts). */
  fontFamily?: string
}

/** The bare chart as an `<svg>` string, drawn at once (no animation). */
export function chartSvg(model: ChartModel, opts: ChartSvgOptions): string {
  for (const key of ['width', 'height'] as const) {
    const v = opts[key]
    if (!Number.isFinite(v) || v <= 0)
      throw new Error(`chartSvg: ${key} must be a positive number of pixels, got ${String(v)}`)
  }
  if (opts.theme !== 'light' && opts.theme !== 'dark')
    throw new Error(`chartSvg: theme must be "light" or "dark", got ${JSON.stringify(opts.theme)}`)
  measureTextLikeInter()
  const chart = init(null, themeName(opts.theme), {
    renderer: 'svg',
    ssr: true,
    width: Math.round(opts.width),
    height: Math.round(opts.height),
  })
  try {
    // ECharts writes the font stack into a double-quoted style attribute without escaping it, so quoted
    // family names must use single quotes for the SVG to stay well-formed XML.
    const fontFamily = (opts.fontFamily ?? chartFont).replace(/"/g, "'")
    chart.setOption(
      deckOption(model.option, {
        label: model.aria,
        hidden: opts.hidden,
        animate: false,
        fontFamily,
      }),
    )
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
