// The part of @slidev/client this deck uses, and nothing more, typed for vue-tsc. @slidev/client ships raw .ts
// that relies on build-time globals (__DEV__, __SLIDEV_FEATURE_*__), so type-checking it from here fails in
// Slidev's code, not ours; tsconfig.json maps the import to this file instead. Vite still bundles the real module.
import type { ComputedRef, Ref } from 'vue'

export const configs: Record<string, unknown>

export function useDarkMode(): { isDark: Ref<boolean> }

export function useNav(): {
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  currentPage: ComputedRef<number>
  /** Every slide, with its number and its frontmatter (FactorCard finds a slide by title). */
  slides: Ref<{ no: number; meta: { slide?: { frontmatter?: Record<string, unknown> } } }[]>
}

export function useSlideContext(): {
  $clicks: Ref<number>
  $page: Ref<number>
  $renderContext: Ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>
}
