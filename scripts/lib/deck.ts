// One of this project's decks as Slidev's own parser reads it (slides, titles, notes, frontmatter, headmatter):
// what the build, the export, the bench and the tests count and walk. @slidev/parser's `load` takes a whole
// ResolvedSlidevOptions, of which it reads only the roots for a deck without addons, hence the cast.
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export const projectRoot = resolve(import.meta.dirname, '../..')

/** Parses `entry` (a path relative to `root`), with its `src:` imports. */
export function parseDeck(entry: string, root = projectRoot) {
  return load({ userRoot: root, roots: [root] } as never, resolve(root, entry))
}
