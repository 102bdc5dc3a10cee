// Binds the keyboard walk of lib/explore/model.ts to a chart on the page: the slide's (components/BaseChart.vue) and
// the reading view's live chart (lib/read/live.ts). No framework and no ECharts import: it is handed the element that
// takes the focus, the live region to speak in, and something that can dispatch ECharts actions.
import type { Translate } from '../i18n'
import type { Cursor, Explore } from './model'
import { announce, isExploreKey, moveCursor } from './model'

/** The part of an ECharts instance the walk uses (vue-echarts' component exposes the same method). */
export interface ActionTarget {
  dispatchAction: (action: { type: string; [key: string]: unknown }) => void
}

export interface ExploreBinding {
  /** The focusable box around the chart (tabindex 0): Tab reaches it once. */
  host: HTMLElement
  /** A polite live region that exists before anything is said in it. */
  region: HTMLElement
  /** The chart as drawn now, or undefined while it is not (the walk still speaks). */
  chart: () => ActionTarget | undefined
  /** The points as they are now: click step, conference and hidden series already applied. */
  explore: () => Explore
  t: Translate
}

/**
 * While the host has the keyboard's focus the arrows, Home and End walk the chart (its data, not the slides); any
 * other key (PageDown, PageUp, Space: the clicker's) goes on to the talk. Escape gives the arrows back to the talk
 * until Enter takes them again or the focus comes back. A click with the mouse does not take the arrows. Returns the
 * function that undoes the binding.
 */
export function bindExplore(b: ExploreBinding): () => void {
  let cursor: Cursor | undefined
  // Bound while the host already has the keyboard's focus (the reading view loads the walk on focus): it is live.
  let active = b.host.matches(':focus-visible')
  let byPointer = false

  const say = (text: string) => {
    // The same sentence twice (a key at the end of a group) is still said: the region must change to be read.
    b.region.textContent = b.region.textContent === text ? `${text}\u00A0` : text
  }
  const clear = () => {
    const chart = b.chart()
    chart?.dispatchAction({ type: 'downplay' })
    chart?.dispatchAction({ type: 'hideTip' })
  }
  const show = (explore: Explore, at: Cursor) => {
    const p = explore.groups[at.group].points[at.point]
    const chart = b.chart()
    chart?.dispatchAction({ type: 'downplay' })
    chart?.dispatchAction({ type: 'highlight', seriesIndex: p.seriesIndex, dataIndex: p.dataIndex })
    chart?.dispatchAction({ type: 'showTip', seriesIndex: p.seriesIndex, dataIndex: p.dataIndex })
    say(announce(explore, at, b.t))
  }

  const onPointerDown = () => (byPointer = true)
  const onFocus = () => {
    active = !byPointer
    byPointer = false
  }
  // Each visit starts at the first point: the chart may draw something else by the next one (a click, a pick).
  const onBlur = () => {
    active = false
    cursor = undefined
    clear()
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== b.host || e.altKey || e.ctrlKey || e.metaKey) return
    if (e.key === 'Escape' && active) {
      active = false
      clear()
      say(b.t('explore.leave'))
    } else if (e.key === 'Enter' && !active) {
      active = true
      const explore = b.explore()
      // Back where the walk was left, if that point is still drawn; else at the start.
      if (!cursor || !explore.groups[cursor.group]?.points[cursor.point])
        cursor = moveCursor(explore, undefined, 'Home')
      if (cursor) show(explore, cursor)
    } else if (isExploreKey(e.key) && active) {
      const explore = b.explore()
      // The groups may have changed under the cursor (a series switched off, a click step): moveCursor clamps.
      cursor = moveCursor(explore, cursor, e.key)
      if (cursor) show(explore, cursor)
    } else return
    // Slidev listens on window: the walk's keys stop here, so the slide does not move as well.
    e.preventDefault()
    e.stopPropagation()
  }

  b.host.addEventListener('pointerdown', onPointerDown)
  b.host.addEventListener('focus', onFocus)
  b.host.addEventListener('blur', onBlur)
  b.host.addEventListener('keydown', onKey)
  return () => {
    b.host.removeEventListener('pointerdown', onPointerDown)
    b.host.removeEventListener('focus', onFocus)
    b.host.removeEventListener('blur', onBlur)
    b.host.removeEventListener('keydown', onKey)
  }
}
