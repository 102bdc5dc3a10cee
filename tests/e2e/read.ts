import type { SlideInfo } from './deck'

/** The reading view of an edition: `<base>read`. */
export const readUrl = (base: string) => `${base}read`

/** How many charts a slide shows: its chart components, counted in the Markdown rather than in the page. */
export const chartTags = (s: SlideInfo) => (s.content.match(/<Chart\b/g) ?? []).length

/**
 * A note as plain text, the way the reading view prints it: no click markers, no Markdown emphasis. An underscore
 * inside a word (`cvt_text`) is no emphasis: it stays.
 */
export function noteParagraphs(note: string): string[] {
  return note
    .replace(/\[click(?::\d+)?\]\s*/g, '')
    .split(/\n\s*\n/)
    .map(p =>
      p
        .replace(/[*`]/g, '')
        .replace(/(?<!\w)_|_(?!\w)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
}
