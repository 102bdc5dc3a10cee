import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckLatinChars, isLatinSide } from '../../scripts/fonts/chars'

const root = resolve(import.meta.dirname, '../..')

describe("the deck's Inter subset (styles/fonts/inter-deck.woff2)", () => {
  it('has every character the slides, pages, components, messages and data use (else: npm run fonts)', () => {
    const cut = new Set(readFileSync(resolve(root, 'styles/fonts/inter-deck.chars.txt'), 'utf8').trimEnd())
    const missing = [...deckLatinChars(root)].filter(c => !cut.has(c))
    expect(missing, 'characters the subset lacks: run `npm run fonts` and commit styles/fonts/').toEqual([])
  })

  it('is smaller than the Fontsource Latin file it replaces on slide 1', () => {
    const subset = statSync(resolve(root, 'styles/fonts/inter-deck.woff2')).size
    const full = statSync(
      resolve(root, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'),
    ).size
    expect(subset).toBeGreaterThan(5000)
    expect(subset).toBeLessThan(0.8 * full)
  })

  it('leaves Chinese to Noto Sans SC and keeps Latin letters, digits and typographic signs', () => {
    expect(isLatinSide('用'.codePointAt(0)!)).toBe(false)
    expect(isLatinSide('，'.codePointAt(0)!)).toBe(false)
    expect(['A', '9', '–', '’', '×'].every(c => isLatinSide(c.codePointAt(0)!))).toBe(true)
  })
})
