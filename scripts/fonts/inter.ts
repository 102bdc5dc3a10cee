// `npm run fonts`: writes styles/fonts/inter-deck.woff2, Inter (variable, the wght axis) cut down to the
// characters the deck shows (scripts/fonts/chars.ts), and styles/fonts/inter-deck.chars.txt, the list it was cut to.
// Fontsource's Latin file carries ~400 glyphs; slide 1 downloads it whole. Re-run after adding text with new
// characters (tests/unit/fonts.test.ts says when).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import subsetFont from 'subset-font'
import { deckLatinChars } from './chars'

const root = resolve(import.meta.dirname, '../..')
const source = resolve(root, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2')
const chars = deckLatinChars(root)
const out = await subsetFont(readFileSync(source), chars, { targetFormat: 'woff2' })
mkdirSync(resolve(root, 'styles/fonts'), { recursive: true })
writeFileSync(resolve(root, 'styles/fonts/inter-deck.woff2'), out)
writeFileSync(resolve(root, 'styles/fonts/inter-deck.chars.txt'), `${chars}\n`)
console.log(
  `fonts: styles/fonts/inter-deck.woff2, ${[...chars].length} characters, ${(out.length / 1024).toFixed(1)} KB ` +
    `(from ${(readFileSync(source).length / 1024).toFixed(1)} KB)`,
)
