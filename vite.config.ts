import type {} from '@slidev/types'
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { lazyECharts } from './lib/chunking'
import { deckData } from './lib/data/vite-plugin'
import { patchSlidevConfigs } from './lib/slidev-configs'
import { NO_CHART_SYNC } from './lib/stage/chart-sync'
import { presentGuard } from './lib/stage/present-guard'

/**
 * Slidev's download button (`download:` in the headmatter) for the PDF that scripts/build.ts prints into the
 * build. The build sets DECK_PDF_URL only when it has a Chromium to print with, so the button exists exactly
 * when the file will; otherwise the deck keeps `download: false`. (`download: true` would make `slidev build`
 * run `slidev export` on port 12445 itself.)
 */
function pdfDownload(url = process.env.DECK_PDF_URL): Plugin {
  return {
    name: 'deck:pdf-download',
    enforce: 'post',
    transform(code, id) {
      return url ? patchSlidevConfigs(code, id, { download: url }) : undefined
    },
  }
}

export default defineConfig({
  plugins: [deckData(fileURLToPath(new URL('./data', import.meta.url))), pdfDownload(), lazyECharts(), presentGuard()],
  slidev: {
    // The chart state the presenter sets, kept by the dev server beside Slidev's slide and click and sent to every
    // window over its WebSocket (composables/useChartSync.ts).
    serverRef: { state: { chartSync: NO_CHART_SYNC } },
  },
  build: {
    // Fonts stay files: a small one (the symbol subsets of styles/fonts/noto-sc.css, Fira Code's symbols) inlined
    // as base64 would load with its stylesheet even where no character needs it, and the service worker's and the
    // image downloads' lists of font files (scripts/hosting.ts, lib/render/embed-fonts.ts) would miss it.
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  optimizeDeps: {
    // Found late, these make the first dev/export run reload mid-way; listing them avoids it.
    include: [
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
      'echarts/features',
      'vue-echarts',
      'csv-stringify/browser/esm/sync',
      // The data's schema (lib/data/schema.ts) reaches the browser too; found late, it reloaded the first
      // `npm run present` page while the talk was starting.
      'zod',
    ],
  },
})
