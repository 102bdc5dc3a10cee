// The deck context (lib/deck-context.ts) of the reading view's page: the components render once, at build time, to
// static HTML. Every chart is drawn by the server-side renderer at two widths (a phone's column and the wide
// column) in the light palette; the dark palette's colours are paired with the light ones so that one stylesheet
// recolours every drawing in dark mode (lib/read/style.ts). lib/read/live.ts swaps in a live chart near the screen.
import type { ChartModel } from '../charts/common'
import type { DeckData } from '../data/schema'
import type { ChartBodyProps, DeckContext } from '../deck-context'
import type { Locale } from '../i18n'
import type { Theme } from '../palette'
import { FULL_CHART } from '../chart-state'
import { chartSpec } from '../charts'
import { fitToWidth } from '../charts/narrow'
import { chartBodyProps } from '../deck-context'
import { pictureAlt } from '../explore/model'
import { translator } from '../i18n'
import { computed, defineComponent, h, ref } from 'vue'

export type ChartSvg = (model: ChartModel, opts: { width: number; height: number; theme: Theme }) => string

export interface PageDeckOptions {
  data: DeckData
  locale: Locale
  chartSvg: ChartSvg
  /** Widths the charts are drawn at: `narrow` for phones, `wide` for the reading column on larger screens. */
  widths: { narrow: number; wide: number }
  /** The number of the slide with this title (frontmatter `title:`), for links within the page. */
  slideNo: (title: string) => number | undefined
  /** Where the CSV downloads are served from (files written beside the page); without it they are data: URLs. */
  csvBase?: string
}

export interface PageDeck extends DeckContext {
  /** Charts drawn so far (each figure's id is `chart-<n>`). */
  readonly charts: () => number
  /** CSV files to write beside the page, by file name, when `csvBase` is set. */
  files: Map<string, string>
  /** Pairs of (light, dark) colours seen in the charts' SVG, for the dark-mode stylesheet. */
  colours: Map<string, Set<string>>
}

/** Records which dark colour each light colour of a chart becomes, by walking both SVGs in step. */
function pairColours(light: string, dark: string, into: Map<string, Set<string>>) {
  const attrs = /\b(fill|stroke|stop-color)="([^"]*)"/g
  const a = [...light.matchAll(attrs)]
  const b = [...dark.matchAll(attrs)]
  if (a.length !== b.length)
    throw new Error(
      `reading view: the light and dark SVG of a chart differ in shape (${a.length} vs ${b.length} colours)`,
    )
  a.forEach((m, i) => {
    if (m[2] === b[i][2]) return
    if (!into.has(m[2])) into.set(m[2], new Set())
    into.get(m[2])!.add(b[i][2])
  })
}

// The box around the SVG is the picture (role img, with the alt), which makes the SVG's own text presentational;
// hiding the SVG itself would leave a tagged PDF's figure empty, and Chromium then drops it. A picture, not a
// widget: no hover styles or classes (the live chart brings its own); it scales with its box.
function asPicture(svg: string, width: number, height: number): string {
  let out = svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\sclass="zr\d+-cls-\d+"/g, '')
    .replace(/^<svg\b/, `<svg focusable="false"`)
    .replace(/^(<svg\b[^>]*?)\s(?:width|height)="[\d.]+"/, '$1')
    .replace(/^(<svg\b[^>]*?)\s(?:width|height)="[\d.]+"/, '$1')
  if (!/^<svg\b[^>]*\sviewBox=/.test(out)) out = out.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`)
  return out
}

export function pageDeck(opts: PageDeckOptions): PageDeck {
  const t = translator(opts.locale)
  let charts = 0
  const files = new Map<string, string>()
  const colours = new Map<string, Set<string>>()

  function drawing(props: ChartBodyProps, width: number, cls: 'narrow' | 'wide'): string {
    const spec = chartSpec(props.name)
    const height = spec.height(width)
    const svg = (theme: Theme) =>
      opts.chartSvg(
        { ...props.modelIn(theme), option: fitToWidth(spec, props.modelIn(theme).option, width) },
        { width, height, theme },
      )
    const light = svg('light')
    pairColours(light, svg('dark'), colours)
    const box = `class="chart-svg ${cls}" style="aspect-ratio:${width}/${height}" data-w="${width}" data-h="${height}"`
    return `<div ${box}>${asPicture(light, width, height)}</div>`
  }

  // The light drawing at both widths (CSS shows the one for the screen), recoloured in dark mode by the stylesheet.
  const PageChart = defineComponent({
    name: 'PageChart',
    props: chartBodyProps,
    setup(props) {
      // A picture with its alt until the page's script makes it the keyboard's way into the data (client.ts).
      return () =>
        h('div', {
          class: 'chart-box',
          role: 'img',
          'aria-label': pictureAlt(props.label, props.description, t),
          'data-alt': props.label,
          'data-role': t('explore.role'),
          innerHTML: drawing(props, opts.widths.narrow, 'narrow') + drawing(props, opts.widths.wide, 'wide'),
        })
    },
  })

  return {
    kind: 'page',
    data: opts.data,
    locale: opts.locale,
    isDark: ref(false),
    // The handout prints this page with `?print` (lib/read/client.ts then leaves the charts pictures).
    print: () => ref(false),
    slide: () => undefined,
    // Every conference pooled and every series shown; the page's script picks a conference in the live chart.
    chartState: () => ({
      conference: computed({ get: () => FULL_CHART.conference, set: () => {} }),
      hidden: computed({ get: () => [...FULL_CHART.hidden], set: () => {} }),
    }),
    slideLink(title) {
      const no = opts.slideNo(title)
      if (no === undefined) throw new Error(`no slide has the title "${title}"`)
      return { no, is: 'a', attrs: { href: `#slide-${no}` } }
    },
    ChartBody: PageChart,
    // A file beside the page keeps the HTML small (it is all downloaded before the first paint); a data: URL
    // works anywhere.
    csvHref(file, csv) {
      if (opts.csvBase === undefined) return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`
      files.set(file, csv)
      return `${opts.csvBase}${file}`
    },
    figureAttrs: (name, props) => ({ id: `chart-${++charts}`, 'data-spec': JSON.stringify({ c: name, p: props }) }),
    charts: () => charts,
    files,
    colours,
  }
}
