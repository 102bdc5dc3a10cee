// The editions are defined once, in lib/editions.ts; these are the places that must repeat them and the facts
// that must hold for them, each checked against that one list.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { devScriptOf, EDITIONS, editionOf } from '../../lib/editions'
import { otherEditionUrl } from '../../lib/hosting'
import { isLocale } from '../../lib/locale'

const root = resolve(import.meta.dirname, '../..')
const scripts = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts

describe('the editions (lib/editions.ts)', () => {
  it('each has a dev script in package.json that presents its entry on its port', () => {
    for (const e of EDITIONS) {
      const script = scripts[devScriptOf(e)]
      expect(script, `package.json has no "${devScriptOf(e)}" script for the ${e.locale} edition`).toBeDefined()
      expect(script).toBe(`slidev ${e.entry} --port ${e.devPort}`)
    }
  })

  it('keeps `npm run dev` on the English deck at localhost:3030, as README.md says', () => {
    expect(scripts.dev).toBe('slidev slides.md --port 3030')
    expect(readFileSync(resolve(root, 'README.md'), 'utf8')).toContain('http://localhost:3030')
  })

  it("each entry's headmatter names the edition's locale", () => {
    for (const e of EDITIONS) {
      const headmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(resolve(root, e.entry), 'utf8'))?.[1] ?? ''
      expect(/^locale:\s*(\S+)$/m.exec(headmatter)?.[1], `${e.entry}: locale`).toBe(e.locale)
    }
  })

  it('differ in locale, entry, path and port; the first is served at the base itself', () => {
    for (const key of ['locale', 'entry', 'sub', 'devPort'] as const)
      expect(new Set(EDITIONS.map(e => e[key])).size, key).toBe(EDITIONS.length)
    expect(EDITIONS[0].sub).toBe('')
    for (const e of EDITIONS.slice(1)) expect(e.sub).toMatch(/^[a-z-]+\/$/)
    for (const e of EDITIONS) expect(isLocale(e.locale)).toBe(true)
  })

  it("the language switch's link goes from each edition's base to the other's", () => {
    const [en, zh] = EDITIONS
    expect(otherEditionUrl(`/deck/${en.sub}`, en.locale, '4', '')).toBe(`/deck/${zh.sub}4`)
    expect(otherEditionUrl(`/deck/${zh.sub}`, zh.locale, '4', '')).toBe(`/deck/${en.sub}4`)
    expect(editionOf('zh')).toBe(zh)
  })

  it('are not defined again elsewhere: the dev ports only in package.json and lib/editions.ts', () => {
    for (const file of ['components/LangSwitch.vue', 'scripts/build.ts', 'scripts/export.ts', 'tests/e2e/deck.ts']) {
      const text = readFileSync(resolve(root, file), 'utf8')
      for (const e of EDITIONS) expect(text, `${file} repeats port ${e.devPort}`).not.toContain(String(e.devPort))
      expect(text, `${file} lists the entries itself`).not.toMatch(/entry: 'slides/)
    }
  })
})
