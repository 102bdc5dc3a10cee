import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The import graph goes data → domain → charts (draw) and figures (quote): lib/domain/ computes from rows and
// knows nothing of drawing or quoting; builders do not reach into the slide text's figures, nor figures into
// builders.
const lib = fileURLToPath(new URL('../../lib/', import.meta.url))
const importsOf = (file: string) =>
  [...readFileSync(`${lib}${file}`, 'utf8').matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map(m => m[1])
const tsIn = (dir: string) => readdirSync(`${lib}${dir}`).filter(f => f.endsWith('.ts'))

describe('imports', () => {
  it('lib/domain/ imports only the data schema and fields, its own modules and the locale type', () => {
    const files = tsIn('domain')
    expect(files.length).toBeGreaterThan(0)
    for (const f of files)
      for (const i of importsOf(`domain/${f}`))
        expect(i, `lib/domain/${f}`).toMatch(/^(\.\.\/data\/(?:schema|fields)|\.\/[\w-]+|\.\.\/locale)$/)
  })

  it('builders do not import figures.ts, and figures.ts imports no builder', () => {
    for (const f of tsIn('charts')) expect(importsOf(`charts/${f}`), `lib/charts/${f}`).not.toContain('../figures')
    for (const i of importsOf('figures.ts')) expect(i).not.toMatch(/charts\//)
  })
})
