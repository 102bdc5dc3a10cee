// Slidev puts every module whose path contains "/node_modules/vue" into its eagerly loaded `modules/vue` chunk,
// and that pattern also matches vue-echarts: ~330 KB of ECharts/vue-echarts code (≈110 KB gzip) would land on
// slide 1. This plugin keeps Slidev's own manualChunks and makes one exception, so ECharts stays in the lazy
// chunk of lib/echarts.ts (see BENCHMARKS.md). It wraps Slidev's function rather than copying it, so a change
// to Slidev's chunking reaches the deck; tests/unit/chunking.test.ts fails when the exception is no longer
// needed or no longer has a function to wrap.
import type { Plugin, UserConfig } from 'vite'

type Output = NonNullable<NonNullable<NonNullable<UserConfig['build']>['rollupOptions']>['output']>
export type ManualChunks = Extract<Exclude<Output, unknown[]>['manualChunks'], (...args: never[]) => unknown>

/** The modules kept out of Slidev's chunks, to be split where the deck imports them: lazily. */
export const LAZY = /\/node_modules\/(?:echarts|zrender|vue-echarts)\//

export function withLazyECharts(slidev: ManualChunks): ManualChunks {
  return (id, meta) => (LAZY.test(id) ? undefined : slidev(id, meta))
}

export function lazyECharts(): Plugin {
  return {
    name: 'deck:lazy-echarts',
    // After Slidev's own config hook (slidev:config), which sets its manualChunks.
    config: {
      order: 'post',
      handler(config, env) {
        if (env.command !== 'build') return
        const output = config.build?.rollupOptions?.output
        if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function')
          throw new Error(
            'deck:lazy-echarts: Slidev no longer sets build.rollupOptions.output.manualChunks to a function; ' +
              'check whether ECharts still stays off slide 1 and update lib/chunking.ts',
          )
        output.manualChunks = withLazyECharts(output.manualChunks)
      },
    },
  }
}
