import type { Locale } from '../lib/locale'
import { configs } from '@slidev/client/env.ts'
import { isLocale } from '../lib/locale'

/** The deck's language, from `locale:` in the headmatter of slides.md / slides.zh.md. */
export function useLocale(): Locale {
  const value = (configs as { locale?: unknown }).locale
  return isLocale(value) ? value : 'en'
}
