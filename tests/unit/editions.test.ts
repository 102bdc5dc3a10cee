import { describe, expect, it } from 'vitest'
import { parseDeck } from '../../scripts/lib/deck'

// Both editions as Slidev parses them (as tests/e2e/deck.ts does), so the comparison sees what the presenter sees.
const deckOf = parseDeck
async function notesOf(entry: string): Promise<string[]> {
  return (await deckOf(entry)).slides.map(s => s.note ?? '')
}
/** A note's paragraphs: blocks separated by a blank line. */
export const paragraphs = (note: string) =>
  note
    .split(/\n\s*\n/)
    .map(p => p.trim())
    .filter(Boolean)

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
    const offending = (await deckOf('slides.zh.md')).slides.flatMap((s, i) =>
      `${s.content}\n${s.note ?? ''}`
        .split('\n')
        // The post's own words keep its punctuation: block quotes, and “…” quotes of it (「…」 in older text).
        .map(line => line.replace(/“[^”]*”|「[^」]*」/g, ''))
        .filter(line => !line.startsWith('>') && halfWidth.test(line))
        .map(line => `slide ${i + 1}: ${line}`),
    )
    expect(offending).toEqual([])
  })

  it("puts each slide's topic (its title) as the kicker above a title that states the finding", async () => {
    for (const entry of ['slides.md', 'slides.zh.md']) {
      const slides = (await deckOf(entry)).slides
      const kickers = slides.map(s => /<div class="kicker">([^<]*)<\/div>/.exec(s.content)?.[1]).filter(Boolean)
      // Every slide but the cover, the appendix and the sources states a finding.
      expect(kickers.length, entry).toBe(slides.length - 3)
      for (const s of slides.filter(x => x.content.includes('class="kicker"')))
        expect(/<div class="kicker">([^<]*)<\/div>/.exec(s.content)![1], `${entry} slide ${s.index + 1}`).toBe(s.title)
    }
  })

  it('links each factor card to a slide of the same edition, by title', async () => {
    for (const entry of ['slides.md', 'slides.zh.md']) {
      const slides = (await deckOf(entry)).slides
      const targets = slides.flatMap(s => [...s.content.matchAll(/<FactorCard to="([^"]+)"/g)].map(m => m[1]))
      expect(targets, entry).toHaveLength(4)
      for (const t of targets)
        expect(
          slides.map(s => s.title),
          `${entry}: card "${t}"`,
        ).toContain(t)
    }
  })

  it('counts paragraphs by blank lines, not by line breaks', () => {
    expect(paragraphs('a\n[click] b\n\n c \n\n\n')).toEqual(['a\n[click] b', 'c'])
  })
})
