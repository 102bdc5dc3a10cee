import type { ComputedRef } from 'vue'
import type { ChartEnv } from '../lib/charts/common'
import { useDarkMode } from '@slidev/client'
import { computed } from 'vue'
import { translator } from '../lib/i18n'
import { palettes } from '../lib/palette'
import { useLocale } from './useLocale'

/** Language and colours for option builders; recomputed when the presenter toggles dark mode. */
export function useChartEnv(): ComputedRef<ChartEnv> {
  const { isDark } = useDarkMode()
  const locale = useLocale()
  const t = translator(locale)
  return computed(() => ({ locale, t, palette: palettes[isDark.value ? 'dark' : 'light'] }))
}
