// The deck's languages, apart from their messages (lib/i18n/index.ts): what slide 1 needs to know which edition it is
// in costs a few bytes, not the whole message table of both languages.
export type Locale = 'en' | 'zh'

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh'
}
