// The part of @slidev/client this deck uses, typed for vue-tsc. @slidev/client ships raw .ts that relies
// on build-time globals (__DEV__, __SLIDEV_FEATURE_*__), so type-checking it from here fails in Slidev's
// code, not ours; tsconfig.json maps the import to this file instead. Vite still bundles the real module.
import type { ComputedRef, Ref } from 'vue'

export const configs: Record<string, unknown> & { title: string }

export function useDarkMode(): { isDark: Ref<boolean>; toggleDark: () => void }

export function useNav(): {
  isPrintMode: ComputedRef<boolean>
  isPrintWithClicks: Ref<boolean>
  isPresenter: ComputedRef<boolean>
  currentPage: ComputedRef<number>
  total: ComputedRef<number>
  /** Every slide, with its number and its frontmatter (FactorCard finds a slide by title). */
  slides: Ref<{ no: number; meta: { slide?: { frontmatter?: Record<string, unknown> } } }[]>
}

export function useSlideContext(): {
  $clicks: Ref<number>
  $page: Ref<number>
  $renderContext: Ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>
}

export function useIsSlideActive(): ComputedRef<boolean>
