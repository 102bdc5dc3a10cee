import { defineAppSetup } from '@slidev/types'
import { hasChartState, withoutChartState } from '../lib/chart-state'

// The Chinese font's CSS is big and the English title slide has no Chinese text, so the English edition
// fetches it once the first slide is up (the quotes of the post come later); the Chinese edition needs it
// for every slide and starts at once. Export and the PDF wait for the network to go idle, so both get it.
export default defineAppSetup(({ router }) => {
  // Slidev carries the query string along when it moves to another slide; chart state (?conf=, ?hide.…=)
  // belongs to the slide it was set on, so a move to another slide drops it before the new slide draws.
  router.beforeEach((to, from) => {
    if (!from.matched.length || to.params.no === undefined || from.params.no === undefined)
      return
    if (String(to.params.no) !== String(from.params.no) && hasChartState(to.query))
      return { path: to.path, query: withoutChartState(to.query), hash: to.hash, replace: true }
  })

  if (typeof window === 'undefined')
    return
  const load = () => import('../styles/cjk')
  if (document.documentElement.lang.startsWith('zh'))
    void load()
  else if ('requestIdleCallback' in window)
    window.requestIdleCallback(() => void load(), { timeout: 1500 })
  else
    setTimeout(() => void load(), 500)
})
