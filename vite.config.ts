import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckData } from './lib/data/vite-plugin'

export default defineConfig({
  plugins: [deckData(fileURLToPath(new URL('./data', import.meta.url)))],
  build: {
    rollupOptions: {
      output: {
        // Slidev 52.20.1 puts every module whose path contains "/node_modules/vue" into its eagerly loaded
        // `modules/vue` chunk, and that pattern also matches vue-echarts: ~330 KB of ECharts/vue-echarts code
        // (≈110 KB gzip) landed on slide 1. This is Slidev's own manualChunks with one exception, so ECharts
        // stays in the lazy chunk of lib/echarts.ts (see BENCHMARKS.md). A user manualChunks replaces Slidev's.
        manualChunks(id: string) {
          if (/\/node_modules\/(?:echarts|zrender|vue-echarts)\//.test(id))
            return undefined
          if (id.startsWith('/@slidev-monaco-types/') || id.includes('/@slidev/monaco-types') || id.endsWith('?monaco-types&raw'))
            return 'monaco/bundled-types'
          if (id.includes('/shiki/') || id.includes('/@shikijs/'))
            return 'modules/shiki'
          if (id.startsWith('~icons/'))
            return 'modules/unplugin-icons'
          const async = ['file-saver', 'vue', '@vue'].find(m => id.includes(`/node_modules/${m}`))
          if (async)
            return `modules/${async.replace('@', '').replace('/', '-')}`
          return undefined
        },
      },
    },
  },
  optimizeDeps: {
    // Found late, these make the first dev/export run reload mid-way; listing them avoids it.
    include: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers', 'echarts/features', 'vue-echarts', 'csv-stringify/browser/esm/sync'],
  },
})
