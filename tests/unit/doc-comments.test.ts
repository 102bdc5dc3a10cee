// A `/** … */` comment documents the declaration right below it (editors show it there, on hover). One left above
// a blank line, another comment, an import or a re-export documents nothing: it was orphaned by a move.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const ROOMS = ['lib', 'components', 'composables', 'setup', 'scripts', 'tests', 'types']

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

/** `file:line` of each doc comment that is not directly above a declaration. */
function orphanedDocComments(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n')
  const found: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim().startsWith('/**')) continue
    let end = i
    while (end < lines.length && !lines[end].includes('*/')) end++
    const next = (lines[end + 1] ?? '').trim()
    if (next === '' || /^(\/\*\*|\/\/|export \{|import |\})/.test(next)) found.push(`${relative(root, path)}:${i + 1}`)
    i = end
  }
  return found
}

describe('doc comments', () => {
  it('each sits right above what it documents', () => {
    const files = ROOMS.flatMap(room => sources(join(root, room)))
    expect(files.length).toBeGreaterThan(50)
    expect(files.flatMap(orphanedDocComments)).toEqual([])
  })
})
