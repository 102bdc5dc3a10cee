// The deck context (lib/deck-context.ts) on a slide: Slidev's slide, click count, navigation and dark mode, the
// chart state in the slide's URL (useChartState.ts), the data from the Vite plugin, and the live chart
// (BaseChart.vue). setup/main.ts provides it to the whole app; its functions run in the setup of the component
// that calls them, so each gets the slide it is on.
import type { DeckContext } from '../lib/deck-context'
import { useDarkMode } from '@slidev/client/composables/useDarkMode.ts'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { useSlideContext } from '@slidev/client/context.ts'
import data from 'virtual:deck-data'
import { defineComponent, h } from 'vue'
import { RouterLink } from 'vue-router'
import BaseChart from '../components/BaseChart.vue'
import { chartBodyProps } from '../lib/deck-context'
import { useConference, useHiddenSeries } from './useChartState'
import { useLocale } from './useLocale'

/** The live chart in ChartFrame's body. */
const SlideChart = defineComponent({
  name: 'SlideChart',
  props: chartBodyProps,
  emits: ['update:hidden'],
  setup(props, { emit }) {
    return () =>
      h(BaseChart, {
        option: props.model.option,
        label: props.label,
        description: props.description,
        explore: props.model.explore,
        hidden: props.hidden,
        'onUpdate:hidden': (hidden: string[]) => emit('update:hidden', hidden),
      })
  },
})

// Chart state travels in the query string; the click count belongs to the slide it was set on, not to the target.
function queryWithoutClicks(): Record<string, string> {
  const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search)
  params.delete('clicks')
  return Object.fromEntries(params)
}

export function slidevDeck(): DeckContext {
  return {
    kind: 'slide',
    data,
    locale: useLocale(),
    isDark: useDarkMode().isDark,
    print: () => useNav().isPrintMode,
    slide() {
      const { $page, $clicks } = useSlideContext()
      return { no: $page.value, clicks: $clicks }
    },
    chartState: (name, conferences) => ({ conference: useConference(conferences), hidden: useHiddenSeries(name) }),
    slideLink(title) {
      const slide = useNav().slides.value.find(s => s.meta.slide?.frontmatter?.title === title)
      if (!slide) throw new Error(`no slide has the title "${title}"`)
      const to = () => ({ path: `/${slide.no}`, query: queryWithoutClicks() })
      // A getter: the query is read when the link renders, as it is then, not when the card was set up.
      return {
        no: slide.no,
        is: RouterLink,
        attrs: {
          get to() {
            return to()
          },
        },
      }
    },
    ChartBody: SlideChart,
    csvHref: (_file, csv) => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`,
    figureAttrs: () => ({}),
  }
}
