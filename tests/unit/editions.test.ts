import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { describe, expect, it } from 'vitest'

// Both editions as Slidev parses them (as tests/e2e/deck.ts does), so the comparison sees what the presenter sees.
const root = resolve(import.meta.dirname, '../..')
const deckOf = (entry: string) => load({ userRoot: root, roots: [root] } as never, resolve(root, entry))
async function notesOf(entry: string): Promise<string[]> {
  return (await deckOf(entry)).slides.map(s => s.note ?? '')
}
/** A note's paragraphs: blocks separated by a blank line. */
export const paragraphs = (note: string) => note.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean)

const [en, zh] = await Promise.all([notesOf('slides.md'), notesOf('slides.zh.md')])

describe('the Chinese edition says everything the English says', () => {
  it('has the same slides', () => {
    expect(zh).toHaveLength(en.length)
  })

  it('has as many note paragraphs as the English, slide for slide', () => {
    const counts = (notes: string[]) => notes.map((n, i) => `slide ${i + 1}: ${paragraphs(n).length}`)
    expect(counts(zh)).toEqual(counts(en))
  })

  it('sets the page title without Slidev\'s " - Slidev" suffix, in both editions', async () => {
    for (const entry of ['slides.md', 'slides.zh.md'])
      expect((await deckOf(entry)).headmatter.titleTemplate, entry).toBe('%s')
  })

  it('uses full-width , : ; ( ) next to Chinese text, except inside quotes of the post', async () => {
    const halfWidth = /[\u3400-\u9FFF][,:;()]|[,:;()][\u3400-\u9FFF]/
    const offending = (await deckOf('slides.zh.md')).slides.flatMap((s, i) => `${s.content}\n${s.note ?? ''}`.split('\n')
      // The post's own words keep its punctuation: block quotes, and 「…」 quotes of it.
      .map(line => line.replace(/「[^」]*」/g, ''))
      .filter(line => !line.startsWith('>') && halfWidth.test(line))
      .map(line => `slide ${i + 1}: ${line}`))
    expect(offending).toEqual([])
  })

  it('counts paragraphs by blank lines, not by line breaks', () => {
    expect(paragraphs('a\n[click] b\n\n c \n\n\n')).toEqual(['a\n[click] b', 'c'])
  })
})
