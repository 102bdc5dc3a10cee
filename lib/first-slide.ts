// The app's side of the static slide 1 that scripts/build.ts writes into index.html (scripts/lib/first-slide.ts):
// it stays over the app until the app's own slide 1 has been painted beneath it, then goes, so nothing moves.
// Any navigation away from slide 1 takes it away at once; so does a deadline, so that a deck whose slide never
// shows (a broken chunk) is not hidden behind a picture of its first slide.
import type { Router } from 'vue-router'
import { shallowRef } from 'vue'

/** The id scripts/lib/first-slide.ts gives the static slide (FIRST_SLIDE_ID there). */
export const FIRST_SLIDE_ID = 'deck-first-slide'
const DEADLINE_MS = 15_000

/**
 * Whether the static copy's offer to read the talk as an article is on the page. The app keeps that element when
 * the static slide goes (global-bottom.vue shows no second one meanwhile): on a phone it is the largest text
 * there, painted at once; an identical offer drawn by the app seconds later would be the page's largest
 * contentful paint instead.
 */
export const staticOffer = shallowRef(false)

export function releaseFirstSlide(router: Router, doc: Document = document): void {
  const still = doc.getElementById(FIRST_SLIDE_ID)
  if (!still) return
  const el: HTMLElement = still
  const started = performance.now()
  const offer = el.querySelector<HTMLElement>('[data-read-offer]')
  staticOffer.value = !!offer
  const drop = () => {
    el.remove()
    staticOffer.value = false
  }
  // The slide goes; a shown offer stays where it is, the same element in the same place (moved, it would be painted
  // anew), until the talk leaves slide 1.
  const go = () => {
    if (!offer || doc.defaultView?.getComputedStyle(offer).display === 'none') return drop()
    for (const child of [...el.children]) if (child !== offer) child.remove()
  }
  const stop = router.afterEach(to => {
    if (to.params.no !== undefined && String(to.params.no) !== '1') {
      stop()
      drop()
    }
  })
  function check() {
    if (!el.isConnected || !el.querySelector('.slidev-slide-container')) return
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

/**
 * The static slide 1's picture of the `n`-th chart on slide 1: the SVG the build took from the app's own chart
 * (light theme only, as the copy was taken in it), while the copy is on the page. BaseChart shows it in place of a
 * live chart until the audience reaches for the chart, so slide 1 starts without ECharts.
 */
export function firstSlidePicture(n: number, doc: Document = document): string | undefined {
  if (!firstSlideUp(doc)) return undefined
  return doc.getElementById(FIRST_SLIDE_ID)!.querySelectorAll('.base-chart')[n]?.querySelector('svg')?.outerHTML
}

/** Whether a chart of slide 1 can start as the static copy's picture (see firstSlidePicture). */
export function firstSlideUp(doc: Document = document): boolean {
  return (
    !!doc.getElementById(FIRST_SLIDE_ID)?.querySelector('.base-chart') &&
    !doc.documentElement.classList.contains('dark')
  )
}
