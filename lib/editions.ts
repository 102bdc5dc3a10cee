// The deck's editions, defined once. The build, the export, the bench, the e2e tests and the language switch
// read them from here. package.json's `dev` scripts repeat each entry and port, because npm runs them as
// plain commands; tests/unit/editions-config.test.ts fails when the two disagree.
import type { Locale } from './locale'

export const EDITIONS = [
  // The English edition is served at the base path itself; `npm run dev` presents it at localhost:3030.
  { locale: 'en', lang: 'en', label: 'English', entry: 'slides.md', sub: '', devPort: 3030 },
  { locale: 'zh', lang: 'zh-CN', label: '中文', entry: 'slides.zh.md', sub: 'zh/', devPort: 3031 },
] as const satisfies readonly {
  locale: Locale
  /** The pages' `lang` (and a link's `hreflang`). */
  lang: string
  /** The edition's name in its own language, as a language switch names it. */
  label: string
  entry: string
  sub: string
  devPort: number
}[]

export type Edition = (typeof EDITIONS)[number]

// A Locale with no edition is a type error here, not a link to nowhere in the language switch.
const everyLocale: [Exclude<Locale, Edition['locale']>] extends [never] ? true : never = true
void everyLocale

export function editionOf(locale: Locale): Edition {
  return EDITIONS.find(e => e.locale === locale)!
}

/** The npm script that presents an edition in development: `dev` for the first, `dev:<locale>` for the others. */
export const devScriptOf = (e: Edition) => (e === EDITIONS[0] ? 'dev' : `dev:${e.locale}`)
