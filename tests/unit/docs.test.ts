// The README and docs/ are what a newcomer follows: every `npm run` they name must exist in package.json, every
// project file they name must exist, and every docs page they link to must be there. Paths with a placeholder
// (`data/<name>.csv`), a glob or a build output (dist/, exports/) are not files of the repository and are skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
)
const pages = ['README.md', ...readdirSync(join(root, 'docs')).map(f => `docs/${f}`)].filter(f => f.endsWith('.md'))
const ROOMS = /^(lib|components|composables|scripts|tests|pages|data|styles|setup|docs|types|\.ci|\.github)\//

describe('README.md and docs/', () => {
  it('the README stays a front door (at most 150 lines)', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(150)
  })

  for (const page of pages) {
    const text = readFileSync(join(root, page), 'utf8')

    it(`${page} names only npm scripts that package.json has`, () => {
      const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map(m => m[1])
      expect(
        named.filter(s => !scripts.includes(s)),
        `${page}: add these to package.json's scripts or fix the name`,
      ).toEqual([])
    })

    it(`${page} names only files that exist`, () => {
      const named = [...text.matchAll(/`([^`\s]+)`/g)]
        .map(m => m[1].replace(/[),.:;]+$/, ''))
        .filter(
          p => ROOMS.test(p) || /^(package\.json|[\w-]+\.config\.ts|netlify\.toml|vercel\.json|[A-Z]+\.md)$/.test(p),
        )
        .filter(p => !/[<>*{}]|\.\.\./.test(p))
      expect(
        named.filter(p => !existsSync(join(root, p))),
        `${page}: these paths do not exist`,
      ).toEqual([])
    })

    it(`${page} links only to pages that exist`, () => {
      const base = page.startsWith('docs/') ? join(root, 'docs') : root
      const links = [...text.matchAll(/\]\(([^)#\s]+\.md)\)/g)].map(m => m[1]).filter(l => !/^https?:/.test(l))
      expect(
        links.filter(l => !existsSync(resolve(base, l))),
        `${page}: broken links`,
      ).toEqual([])
    })
  }
})
