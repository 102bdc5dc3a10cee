// The characters the deck can show: everything in the slides, pages, components, layouts, chart code, messages
// and data. Outside the CJK blocks (plus printable ASCII and the spaces and signs number and date formatting
// produce) they go to Inter (scripts/fonts/inter.ts); inside them to Noto Sans SC (scripts/fonts/noto.ts), split
// into the characters the cover shows and the rest. tests/unit/fonts.test.ts fails when the sources gain a
// character a committed subset lacks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { EDITIONS } from '../../lib/editions'

export const CHAR_SOURCES = [
  ...EDITIONS.map(e => e.entry),
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
/**
 * Intl output and typography the sources may not spell out: spaces, dashes, quotes, signs. Not the narrow no-break
 * space (U+202F): no font the deck ships has it, and the deck's formats (en-GB, zh-CN dates and numbers) never
 * write it; the coverage test in tests/unit/fonts.test.ts fails if a source spells it.
 */
const ALWAYS = ' \u00A0\u2009–—‘’“”…•·×−→←↑↓%‰°±'

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

/** The sorted, de-duplicated characters of the sources under `root` that `keep` accepts, plus `always`. */
function charsOf(root: string, keep: (cp: number) => boolean, always: Iterable<number>): string {
  const set = new Set<number>(always)
  for (const file of CHAR_SOURCES.flatMap(p => files(root, p))) {
    for (const ch of readFileSync(file, 'utf8')) {
      const cp = ch.codePointAt(0)!
      if (keep(cp)) set.add(cp)
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b))
}

const codePoints = (s: string) => [...s].map(ch => ch.codePointAt(0)!)
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i)

/** The sorted, de-duplicated characters of the sources under `root` that the Latin font should have. */
export function deckLatinChars(root: string): string {
  return charsOf(root, isLatinSide, [...ASCII, ...codePoints(ALWAYS)])
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
  return charsOf(root, isCjkSide, codePoints(CJK_ALWAYS).filter(isCjkSide))
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
export function coverCjkChars(root: string, entries: readonly string[] = EDITIONS.map(e => e.entry)): string {
  const set = new Set<number>()
  for (const entry of entries) {
    for (const ch of coverMarkdown(readFileSync(join(root, entry), 'utf8'))) {
      const cp = ch.codePointAt(0)!
      if (isCjkSide(cp)) set.add(cp)
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b))
}

/**
 * Every character the sources under `root` show (line breaks and tabs aside), with the first file it appears in;
 * the characters the deck writes itself (ALWAYS, CJK_ALWAYS) are credited to this file.
 */
export function deckCharFiles(root: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const ch of ALWAYS + CJK_ALWAYS) out.set(ch, 'scripts/fonts/chars.ts')
  for (const file of CHAR_SOURCES.flatMap(p => files(root, p))) {
    for (const ch of readFileSync(file, 'utf8')) {
      if (ch.codePointAt(0)! >= 0x20 && !out.has(ch)) out.set(ch, file.slice(root.length + 1))
    }
  }
  return out
}

/** One line per character no deck font has ("✗ (U+2717) in lib/verdict.ts"), for a test to list. */
export function uncoveredChars(chars: Map<string, string>, covered: (codePoint: number) => boolean): string[] {
  return [...chars]
    .filter(([ch]) => !covered(ch.codePointAt(0)!))
    .map(([ch, file]) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${file}`)
}
