import { defineAppSetup } from '@slidev/types'

// The Chinese font's CSS is big and the English title slide has no Chinese text, so the English edition
// fetches it once the first slide is up (the quotes of the post come later); the Chinese edition needs it
// for every slide and starts at once, and so does the print view (`?print`), which shows every slide at once.
// `html[data-cjk=loaded]` says the CSS is in: the export (scripts/export/print.ts) waits for it, then for
// document.fonts.ready, so the PDF embeds Noto Sans SC wherever Chinese text is.
export default defineAppSetup(() => {
  if (typeof window === 'undefined')
    return
  const load = () => import('../styles/cjk').then(() => (document.documentElement.dataset.cjk = 'loaded'))
  if (document.documentElement.lang.startsWith('zh') || new URLSearchParams(location.search).has('print'))
    void load()
  else if ('requestIdleCallback' in window)
    window.requestIdleCallback(() => void load(), { timeout: 1500 })
  else
    setTimeout(() => void load(), 500)
})
