// The app's side of the static slide 1 that scripts/build.ts writes into index.html (scripts/lib/first-slide.ts):
// it stays over the app until the app's own slide 1 has been painted beneath it, then goes, so nothing moves.
// Any navigation away from slide 1 takes it away at once; so does a deadline, so that a deck whose slide never
// shows (a broken chunk) is not hidden behind a picture of its first slide.
import type { Router } from 'vue-router'

/** The id scripts/lib/first-slide.ts gives the static slide (FIRST_SLIDE_ID there). */
export const FIRST_SLIDE_ID = 'deck-first-slide'
const DEADLINE_MS = 15_000

export function releaseFirstSlide(router: Router, doc: Document = document): void {
  const still = doc.getElementById(FIRST_SLIDE_ID)
  if (!still) return
  const el: HTMLElement = still
  const started = performance.now()
  const go = () => el.remove()
  const stop = router.afterEach(to => {
    if (to.params.no !== undefined && String(to.params.no) !== '1') {
      stop()
      go()
    }
  })
  function check() {
    if (!el.isConnected) return
    const own = doc.querySelector('#app .slidev-page-1 .slidev-layout')
    // A chart on slide 1 says what "drawn" is (BaseChart's data-waitfor, as the export reads it): the static copy
    // shows the finished chart, so the swap waits for the app's to finish too.
    const waiting = [...(own?.querySelectorAll<HTMLElement>('[data-waitfor]') ?? [])].some(
      el => !el.querySelector(el.dataset.waitfor!),
    )
    if (own && !waiting && doc.fonts.status === 'loaded') {
      // Two frames: the first paints the app's slide under the static one, the second removes the static one.
      requestAnimationFrame(() => requestAnimationFrame(go))
      return
    }
    if (performance.now() - started > DEADLINE_MS) go()
    else requestAnimationFrame(check)
  }
  check()
}
