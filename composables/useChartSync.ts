import type { ChartSync } from '../lib/stage/chart-sync'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { createSyncState } from '@slidev/client/state/syncState.ts'
import serverChartSync from 'server-reactive:chartSync'
import { computed, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { chartParamsOf, NO_CHART_SYNC, queryToApply, sameParams } from '../lib/stage/chart-sync'

// Slidev's own sync, as it syncs slide and click (@slidev/client state/shared.ts): across windows of one browser by
// BroadcastChannel in a build, through the dev server's WebSocket in development (the `chartSync` key of the
// server's state is declared in vite.config.ts).
const sync = createSyncState<ChartSync>(serverChartSync, { ...NO_CHART_SYNC, params: {} })

/** The windows whose chart state the audience follows: the presenter view and the phone remote. */
const WRITERS = new Set(['presenter', 'remote'])

/**
 * What the presenter does to a chart (a conference picked, a series hidden) shows in every audience window, whose
 * URL then carries it as if picked there; an audience window never sends its own. Moving to another slide drops
 * the state as before (setup/main.ts), and the presenter's next slide starts from none.
 */
export function useChartSync(): void {
  const nav = useNav()
  const route = useRoute()
  const router = useRouter()
  if (nav.isPrintMode.value) return
  sync.init(`${import.meta.env.BASE_URL} - chart state`)
  const self = Math.random().toString(36).slice(2, 10)
  const writer = computed(() => WRITERS.has(String(route.name)))
  const onSlide = computed(() => route.params.no !== undefined)

  function publish() {
    const params = chartParamsOf(route.query)
    const page = nav.currentPage.value
    if (sync.state.page === page && sameParams(sync.state.params, params)) return
    sync.patch('page', page)
    sync.patch('params', params)
    sync.patch('by', self)
  }
  function receive() {
    if (!onSlide.value) return
    const query = queryToApply(sync.state, nav.currentPage.value, route.query, self)
    if (query) void router.replace({ query })
  }

  // Until the first route is resolved the window has no slide of its own: what it finds there is handled once, below.
  let ready = false
  sync.onPatch(() => ready && receive())
  watch(
    () => [nav.currentPage.value, route.fullPath],
    () => {
      if (!ready || !onSlide.value) return
      if (writer.value) publish()
      else receive()
    },
  )
  // Opened with chart state in its URL, a presenter shows it to the audience; opened without, it takes up what the
  // audience already shows (a reloaded presenter window), like every other window.
  void router.isReady().then(() => {
    ready = true
    if (writer.value && onSlide.value && Object.keys(chartParamsOf(route.query)).length) publish()
    else receive()
  })
}
