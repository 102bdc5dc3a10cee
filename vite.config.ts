import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckData } from './lib/data/vite-plugin'

export default defineConfig({
  plugins: [deckData(fileURLToPath(new URL('./data', import.meta.url)))],
  optimizeDeps: {
    // Found late, these make the first dev/export run reload mid-way; listing them avoids it.
    include: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers', 'echarts/features', 'vue-echarts', 'csv-stringify/browser/esm/sync'],
  },
})
