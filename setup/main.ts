import { defineAppSetup } from '@slidev/types'

// The Chinese font's CSS is big and the English title slide has no Chinese text, so the English edition
// fetches it once the first slide is up (the quotes of the post come later); the Chinese edition needs it
// for every slide and starts at once. Export and the PDF wait for the network to go idle, so both get it.
export default defineAppSetup(() => {
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
