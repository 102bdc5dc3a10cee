// What the deck's components take from where they are shown, behind one injected context: a slide in Slidev
// (composables/slidevDeck.ts, provided by setup/main.ts) or the reading view's page, drawn once to HTML at build
// time (lib/read/page-deck.ts). So the slide and the page render the same components (one ChartFrame, one source
// line, one picker, ModelLists, FactorCard, Verdict, SourceList, Fig, When), and a component renders in a unit
// test with the page's context and no Slidev. Nothing here imports Slidev, vue-router or ECharts.
import type { Component, ComputedRef, InjectionKey, PropType, Ref, WritableComputedRef } from 'vue'
import type { ChartEnv, ChartModel } from './charts/common'
import type { ChartProps } from './charts/spec'
import type { DeckData } from './data/schema'
import type { Locale } from './i18n'
import type { Theme } from './palette'
import { computed, inject } from 'vue'
import { translator } from './i18n'
import { palettes } from './palette'

/** One chart's state as the audience changes it (lib/chart-state.ts has its type and its URL form). */
export interface ChartStateRefs {
  conference: WritableComputedRef<string>
  hidden: WritableComputedRef<string[]>
}

/** What ChartFrame gives the component that draws the chart itself (`ChartBody`). */
export interface ChartBodyProps {
  /** The chart's name (its spec in lib/charts/). */
  name: string
  model: ChartModel
  /** The same chart built in a theme's colours: a drawing made once for both themes needs the other one. */
  modelIn: (theme: Theme) => ChartModel
  /** Series switched off; the body emits `update:hidden` when the reader switches one. */
  hidden: string[]
  /** The short alt: what the chart shows. */
  label: string
  /** The long description: the chart's sentence, its axes, ranges and ends (lib/explore/model.ts). */
  description: string
}

/** ChartBodyProps as Vue's runtime props, declared once for both bodies (the slide's and the page's). */
export const chartBodyProps = {
  name: { type: String, required: true },
  model: { type: Object as PropType<ChartModel>, required: true },
  modelIn: { type: Function as PropType<ChartBodyProps['modelIn']>, required: true },
  hidden: { type: Array as PropType<string[]>, required: true },
  label: { type: String, required: true },
  description: { type: String, required: true },
} as const

/** A link to another slide: the element or component that makes it, and its attributes. */
export interface SlideLink {
  no: number
  is: string | Component
  attrs: Record<string, unknown>
}

export interface DeckContext {
  /** `slide`: live, in Slidev (and its print view); `page`: drawn once to static HTML (the reading view). */
  kind: 'slide' | 'page'
  data: DeckData
  locale: Locale
  isDark: Readonly<Ref<boolean>>
  /**
   * Whether this is printing (Slidev's print view, the PDF), where a chart is a picture with its alt and its controls
   * keep out of the way. Call it in `setup`: on a slide it reads the route.
   */
  print: () => Readonly<Ref<boolean>>
  /** The slide the calling component is on (call it in `setup`): its number and click count; none on a page. */
  slide: () => { no: number; clicks: Readonly<Ref<number>> } | undefined
  /** One chart's state (call it in `setup`): in the slide's URL on a slide, all conferences and series on a page. */
  chartState: (name: string, conferences: () => readonly string[]) => ChartStateRefs
  /** A link to the slide with this title (frontmatter `title:`); an error names a title no slide has. */
  slideLink: (title: string) => SlideLink
  /** Draws the chart: BaseChart (live ECharts) on a slide, the static SVG drawings on a page. */
  ChartBody: Component
  /** Where a chart's CSV download points: a data: URL, or a file written beside the page. */
  csvHref: (fileName: string, csv: string) => string
  /** Attributes of a chart's figure that its context needs (the page's id and what its script revives). */
  figureAttrs: (name: string, props: ChartProps) => Record<string, string>
}

export const DECK: InjectionKey<DeckContext> = Symbol('deck')

export function useDeck(): DeckContext {
  const deck = inject(DECK, null)
  if (!deck)
    throw new Error(
      'no deck context: slides get it from setup/main.ts, the reading view from lib/read/page-deck.ts, a test ' +
        'from app.provide(DECK, pageDeck(…))',
    )
  return deck
}

/** Language and colours for option builders; recomputed when the presenter toggles dark mode. */
export function useChartEnv(): ComputedRef<ChartEnv> {
  const deck = useDeck()
  const t = translator(deck.locale)
  return computed(() => ({ locale: deck.locale, t, palette: palettes[deck.isDark.value ? 'dark' : 'light'] }))
}
