// The part of @slidev/client this deck uses, and nothing more, typed for vue-tsc. @slidev/client ships raw .ts
// that relies on build-time globals (__DEV__, __SLIDEV_FEATURE_*__), so type-checking it from here fails in
// Slidev's code, not ours; tsconfig.json maps the import to this file instead. Vite still bundles the real module.
import type { ComputedRef, Ref } from 'vue'

export const configs: Record<string, unknown>

export function useDarkMode(): { isDark: Ref<boolean> }

export interface SlideRoute {
  no: number
  meta: {
    slide?: { frontmatter?: Record<string, unknown>; title?: string; noteHTML?: string }
    // Set by Slidev once the slide is mounted with its primary clicks (the remote mounts it for this).
    __clicksContext?: { total: number } | null
  }
  component: unknown
}

export function useNav(): {
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  currentPage: ComputedRef<number>
  /** Every slide, with its number and its frontmatter (FactorCard finds a slide by title). */
  slides: Ref<SlideRoute[]>
  total: ComputedRef<number>
  clicks: ComputedRef<number>
  clicksTotal: ComputedRef<number>
  hasNext: ComputedRef<boolean>
  hasPrev: ComputedRef<boolean>
  currentSlideRoute: ComputedRef<SlideRoute>
  nextRoute: ComputedRef<SlideRoute>
  clicksContext: ComputedRef<unknown>
  getPrimaryClicks: (route: SlideRoute) => unknown
  next: () => Promise<void>
  prev: () => Promise<void>
  nextSlide: (lastClicks?: boolean) => Promise<void>
  prevSlide: (lastClicks?: boolean) => Promise<void>
  go: (no: number | string, clicks?: number) => Promise<void>
}

/** Slide, click and timer, synced between windows by Slidev (@slidev/client state/shared.ts). */
export interface SharedState {
  page: number
  clicks: number
  clicksTotal: number
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number; end?: number }>
    startedAt: number
    pausedAt: number
  }
  lastUpdate?: { id: string; type: 'presenter' | 'viewer'; time: number }
}
export const sharedState: SharedState

/** Slidev's sync of one piece of state between windows (@slidev/client state/syncState.ts). */
export function createSyncState<State extends object>(
  serverState: State,
  defaultState: State,
  persist?: boolean,
): {
  init: (channelKey: string) => void
  onPatch: (fn: (state: State) => void) => void
  patch: <K extends keyof State>(key: K, value: State[K]) => void
  state: State
}

export function useSlideContext(): {
  $clicks: Ref<number>
  $page: Ref<number>
  $renderContext: Ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>
}
