import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
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
        expect(i, `lib/domain/${f}`).toMatch(/^(\.\.\/data\/(?:schema|fields|frameworks)|\.\/[\w-]+|\.\.\/locale)$/)
  })

  it('builders do not import figures.ts, and figures.ts imports no builder', () => {
    for (const f of tsIn('charts')) expect(importsOf(`charts/${f}`), `lib/charts/${f}`).not.toContain('../figures')
    for (const i of importsOf('figures.ts')) expect(i).not.toMatch(/charts\//)
  })
})

// The browser gets the data as plain JSON, checked at build time (lib/data/vite-plugin.ts): zod, the schema library,
// stays in Node. Building zod's schemas cost a phone a long task at start-up when a name list pulled it in.
describe('the browser bundle', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const valueImports = (file: string) => {
    const text = readFileSync(file, 'utf8')
    const code = file.endsWith('.vue')
      ? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(m => m[1]).join('\n')
      : text
    return [...code.matchAll(/^import\s+(?!type\b)[^'"]*?['"]([^'"]+)['"]/gm)].map(m => m[1])
  }
  const resolveFrom = (file: string, spec: string) =>
    [spec, `${spec}.ts`, `${spec}/index.ts`]
      .map(s => resolve(dirname(file), s))
      .find(f => existsSync(f) && /\.(ts|vue)$/.test(f))
  const entries = ['setup', 'components', 'composables']
    .flatMap(d => readdirSync(`${root}${d}`).map(f => `${root}${d}/${f}`))
    // The reading view's own client (scripts/lib/reading-view.ts bundles it) loads in the browser too.
    .concat(['global-top.vue', 'global-bottom.vue', 'lib/read/client.ts'].map(f => `${root}${f}`))
    .filter(f => /\.(ts|vue)$/.test(f))

  it('reaches no module that imports zod at run time', () => {
    const seen = new Set<string>()
    const reachesZod: string[] = []
    const walk = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const spec of valueImports(file)) {
        if (spec === 'zod') reachesZod.push(relative(root, file))
        const next = spec.startsWith('.') ? resolveFrom(file, spec) : undefined
        if (next) walk(next)
      }
    }
    entries.forEach(walk)
    expect(seen.size).toBeGreaterThan(entries.length)
    expect(seen.has(`${root}lib/domain/research.ts`)).toBe(true)
    expect(reachesZod).toEqual([])
  })
})
