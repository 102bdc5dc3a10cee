import type { ComputedRef } from 'vue'
import type { ChartEnv } from '../lib/charts/common'
import type { Locale } from '../lib/i18n'
import { configs, useDarkMode } from '@slidev/client'
import { computed } from 'vue'
import { isLocale, translator } from '../lib/i18n'
import { palettes } from '../lib/palette'

/** The deck's language, from `locale:` in the headmatter of slides.md / slides.zh.md. */
export function useLocale(): Locale {
  const value = (configs as { locale?: unknown }).locale
  return isLocale(value) ? value : 'en'
}

/** Language and colours for option builders; recomputed when the presenter toggles dark mode. */
export function useChartEnv(): ComputedRef<ChartEnv> {
  const { isDark } = useDarkMode()
  const locale = useLocale()
  const t = translator(locale)
  return computed(() => ({ locale, t, palette: palettes[isDark.value ? 'dark' : 'light'] }))
}
