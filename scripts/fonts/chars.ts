// The characters the deck can show in its Latin font: everything in the slides, pages, components, layouts, chart
// code, messages and data, outside the CJK blocks (Noto Sans SC draws those), plus printable ASCII and the
// spaces and signs number and date formatting produce. scripts/fonts/inter.ts subsets Inter to these;
// tests/unit/fonts.test.ts fails when the sources gain a character the committed subset lacks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const CHAR_SOURCES = [
  'slides.md',
  'slides.zh.md',
  'pages',
  'components',
  'layouts',
  'setup',
  'lib',
  'data',
  'global-top.vue',
  'global-bottom.vue',
]
const TEXT = /\.(?:md|vue|ts|csv|json)$/
/** Intl output and typography the sources may not spell out: spaces (incl. narrow no-break), dashes, quotes, signs. */
const ALWAYS = ' \u00A0\u2009\u202F–—‘’“”…•·×−→←↑↓%‰°±'

function files(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (statSync(full).isDirectory()) return readdirSync(full).flatMap(n => files(root, `${path}/${n}`))
  return TEXT.test(path) ? [full] : []
}

/** Whether the deck's Latin font should carry this code point (not CJK, not a control character). */
export function isLatinSide(cp: number): boolean {
  return cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && cp < 0x2e80 && !(cp >= 0xd800 && cp < 0xe000)
}

/** The sorted, de-duplicated characters of the sources under `root` that the Latin font should have. */
export function deckLatinChars(root: string): string {
  const set = new Set<number>()
  for (let cp = 0x20; cp < 0x7f; cp++) set.add(cp)
  for (const ch of ALWAYS) set.add(ch.codePointAt(0)!)
  for (const file of CHAR_SOURCES.flatMap(p => files(root, p))) {
    for (const ch of readFileSync(file, 'utf8')) {
      const cp = ch.codePointAt(0)!
      if (isLatinSide(cp)) set.add(cp)
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b))
}
