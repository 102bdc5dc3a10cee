// The chart state Slidev's dev server keeps for every window (vite-plugin-vue-server-ref; the key is declared in
// vite.config.ts, `slidev.serverRef.state.chartSync`). In a build the module holds the initial value only.
declare module 'server-reactive:chartSync' {
  import type { ChartSync } from '../lib/stage/chart-sync'

  const state: ChartSync
  export default state
}
