// The characters the deck can show: everything in the slides, pages, components, layouts, chart code, messages
// and data. Outside the CJK blocks (plus printable ASCII and the spaces and signs number and date formatting
// produce) they go to Inter (scripts/fonts/inter.ts); inside them to Noto Sans SC (scripts/fonts/noto.ts), split
// into the characters the cover shows and the rest. tests/unit/fonts.test.ts fails when the sources gain a
// character a committed subset lacks.
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

/** Whether Noto Sans SC should carry this code point: from the CJK Radicals block up (ideographs, CJK and
 * full-width punctuation, kana). */
export function isCjkSide(cp: number): boolean {
  return cp >= 0x2e80 && !(cp >= 0xd800 && cp < 0xe000)
}

/** CJK output the sources may not spell out: Intl dates and numbers in zh-CN, full-width punctuation. */
const CJK_ALWAYS = '年月日时分秒万亿，。、：；！？（）《》「」“”—…'

/** The sorted, de-duplicated CJK characters (Noto Sans SC's part) of the sources under `root`. */
export function deckCjkChars(root: string): string {
  const set = new Set<number>()
  for (const ch of CJK_ALWAYS) if (isCjkSide(ch.codePointAt(0)!)) set.add(ch.codePointAt(0)!)
  for (const file of CHAR_SOURCES.flatMap(p => files(root, p))) {
    for (const ch of readFileSync(file, 'utf8')) {
      const cp = ch.codePointAt(0)!
      if (isCjkSide(cp)) set.add(cp)
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b))
}

/**
 * The first slide's Markdown of an entry file (after the headmatter, before its speaker notes): the cover, the
 * only slide whose glyphs are needed before slide 1 shows.
 */
export function coverMarkdown(entry: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*?)(?:\r?\n---\r?\n|$)/.exec(entry)
  if (!m) throw new Error('coverMarkdown: the entry has no headmatter (--- … ---) before its first slide')
  return m[1].split('<!--')[0]
}

/** The CJK characters the covers of `entries` (Markdown files under `root`) show, sorted. */
export function coverCjkChars(root: string, entries = ['slides.md', 'slides.zh.md']): string {
  const set = new Set<number>()
  for (const entry of entries) {
    for (const ch of coverMarkdown(readFileSync(join(root, entry), 'utf8'))) {
      const cp = ch.codePointAt(0)!
      if (isCjkSide(cp)) set.add(cp)
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b))
}
