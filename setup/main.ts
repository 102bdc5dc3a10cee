import { defineAppSetup } from '@slidev/types'
import { slidevDeck } from '../composables/slidevDeck'
import { DECK } from '../lib/deck-context'
import { hasChartState, withoutChartState } from '../lib/chart-state'
import { releaseFirstSlide } from '../lib/first-slide'

// The Chinese font (styles/cjk.ts: Noto Sans SC's and the symbols' rules, ~2 KB gzip) is not needed by the English
// title slide, so the English edition asks for it only after slide 1 is up: on the first move to another slide,
// or 1 s after the page's load event, whichever comes first (slide 2, preloaded hidden, quotes the post in
// Chinese). The Chinese edition needs it for every slide and starts at once, and so does the print view
// (`?print`), which shows every slide at once. `html[data-cjk=loaded]` says the CSS is in: the export
// (scripts/lib/export/print.ts) waits for it, then for document.fonts.ready, so the PDF embeds Noto Sans SC wherever
// Chinese text is.
export default defineAppSetup(({ app, router }) => {
  // What the deck's components take from Slidev, behind one context (lib/deck-context.ts): the reading view gives
  // the same components a static one.
  app.provide(DECK, slidevDeck())

  // Slidev carries the query string along when it moves to another slide; chart state (?conf=, ?hide.…=)
  // belongs to the slide it was set on, so a move to another slide drops it before the new slide draws.
  router.beforeEach((to, from) => {
    // The phone remote moves the talk with Slidev's own navigation, which knows one slide path, `/N`: from the
    // remote, a move to a slide stays on the remote (components/RemoteView.vue).
    if (from.name === 'remote' && to.name === 'play')
      return { name: 'remote', params: to.params, query: to.query, hash: to.hash }
    if (!from.matched.length || to.params.no === undefined || from.params.no === undefined) return
    if (String(to.params.no) !== String(from.params.no) && hasChartState(to.query))
      return { path: to.path, query: withoutChartState(to.query), hash: to.hash, replace: true }
  })

  if (typeof window === 'undefined') return
  // The static slide 1 of index.html (scripts/lib/first-slide.ts), if the build drew one.
  releaseFirstSlide(router)
  let started = false
  const load = () => {
    if (started) return
    started = true
    void import('../styles/cjk').then(() => (document.documentElement.dataset.cjk = 'loaded'))
  }
  if (document.documentElement.lang.startsWith('zh') || new URLSearchParams(location.search).has('print')) {
    load()
    return
  }
  const stop = router.afterEach(to => {
    if (to.params.no !== undefined && String(to.params.no) !== '1') {
      stop()
      load()
    }
  })
  const later = () => setTimeout(load, 1000)
  if (document.readyState === 'complete') later()
  else window.addEventListener('load', later, { once: true })
})
