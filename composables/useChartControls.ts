import type { ComputedRef, InjectionKey, WritableComputedRef } from 'vue'
import { inject, onBeforeUnmount, provide, shallowReactive } from 'vue'

/** A chart's controls, as the phone remote offers them for the slide the talk is on. */
export interface ChartControls {
  page: number
  /** The chart's name (its `state-key`), unique on its slide. */
  key: string
  /** Conferences of its picker; empty when it has none. */
  conferences: readonly string[]
  conference: WritableComputedRef<string>
  series: ComputedRef<string[]>
  hidden: WritableComputedRef<string[]>
}

const KEY: InjectionKey<Map<string, ChartControls>> = Symbol('chart controls')

/** Collects the controls of the charts mounted below (components/RemoteView.vue mounts the current slide). */
export function provideChartControls(): Map<string, ChartControls> {
  const charts = shallowReactive(new Map<string, ChartControls>())
  provide(KEY, charts)
  return charts
}

/** Offers a chart's controls to a remote above it; nothing happens on a slide shown anywhere else. */
export function offerChartControls(controls: ChartControls): void {
  const charts = inject(KEY, null)
  if (!charts) return
  const id = `${controls.page}:${controls.key}`
  charts.set(id, controls)
  onBeforeUnmount(() => charts.delete(id))
}
