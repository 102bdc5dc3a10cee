import type { Ref, WritableComputedRef } from 'vue'
import type { Query } from '../lib/chart-state'
import { useNav, useSlideContext } from '@slidev/client'
import { computed, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { confFromQuery, hiddenFromQuery, withConf, withHidden } from '../lib/chart-state'

/**
 * One piece of chart state, kept in the slide URL while the chart's slide is the current one (so reload and
 * links restore it), and in memory otherwise (the next-slide preview in the presenter, the overview), where
 * it must not write into the URL of another slide. Writes replace the history entry: arrow keys and
 * `?clicks=` stay Slidev's.
 */
function useUrlState<T>(read: (q: Query) => T, write: (q: Query, v: T) => Query, initial: T): WritableComputedRef<T> {
  const route = useRoute()
  const router = useRouter()
  const { $page } = useSlideContext()
  const { currentPage } = useNav()
  const active = computed(() => $page.value === currentPage.value)
  const local = ref(initial) as Ref<T>
  return computed({
    get: () => (active.value ? read(route.query as Query) : local.value),
    set: v => {
      if (active.value) void router.replace({ query: write(route.query as Query, v) })
      else local.value = v
    },
  })
}

/** The conference picked in a trend chart (`?conf=`); anything not in `options` reads as 'all'. */
export function useConference(options: () => readonly string[]): WritableComputedRef<string> {
  return useUrlState(q => confFromQuery(q, options()), withConf, 'all')
}

/** The series switched off in the chart keyed `chart` (`?hide.<chart>=`). */
export function useHiddenSeries(chart: string): WritableComputedRef<string[]> {
  return useUrlState(
    q => hiddenFromQuery(q, chart),
    (q, v) => withHidden(q, chart, v),
    [],
  )
}
