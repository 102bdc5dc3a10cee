import type { TalkMove } from '../lib/stage/keys'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { nextTick } from 'vue'
import { talkMoveOf } from '../lib/stage/keys'

const onSlide = (el: Element) => el.closest('.slidev-page') !== null

/**
 * Keeps the keyboard and the clicker driving the talk whatever control of a slide has the focus (lib/stage/keys.ts
 * says which keys), and lets a mouse pick leave no focus behind, so Space moves the talk after it too.
 */
export function useTalkKeys(): void {
  const nav = useNav()
  const moves: Record<TalkMove, () => Promise<void>> = {
    next: nav.next,
    prev: nav.prev,
    nextSlide: () => nav.nextSlide(),
    prevSlide: () => nav.prevSlide(),
  }

  // Capture on window, before Slidev's key tracking (useMagicKeys listens on window, bubbling): stopping the event
  // there keeps Slidev from also acting on it once the focus has left the control.
  window.addEventListener(
    'keydown',
    e => {
      const el = document.activeElement
      if (!el || nav.isPrintMode.value) return
      const move = talkMoveOf(e, { tagName: el.tagName, onSlide: onSlide(el) })
      if (!move) return
      e.preventDefault()
      e.stopImmediatePropagation()
      void moves[move]().then(async () => {
        await nextTick()
        // Focus left on a slide that has just been hidden would swallow the next key where nothing shows it.
        if (document.activeElement === el && !el.checkVisibility({ visibilityProperty: true }))
          (el as HTMLElement).blur()
      })
    },
    { capture: true },
  )

  // A click with the mouse or a tap (detail > 0; Enter and Space give 0) leaves the focus on what was clicked;
  // on a slide nothing needs it, and Slidev would ignore Space while it stays.
  document.addEventListener('click', e => {
    if (e.detail === 0 || !(e.target instanceof Element)) return
    const control = e.target.closest('button, a')
    if (control instanceof HTMLElement && onSlide(control) && document.activeElement === control) control.blur()
  })
}
