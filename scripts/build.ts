// Builds both editions of the deck: English at <base> into <out>/, Chinese at <base>zh/ into <out>/zh/.
// Usage: tsx scripts/build.ts [--base /tf-vs-pytorch/] [--out dist] [--only en|zh]
// English first: its build empties <out>, which would otherwise delete <out>/zh.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

export const EDITIONS = [
  { locale: 'en', entry: 'slides.md', sub: '' },
  { locale: 'zh', entry: 'slides.zh.md', sub: 'zh/' },
] as const

const { values } = parseArgs({ options: {
  base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
  out: { type: 'string', default: 'dist' },
  only: { type: 'string' },
} })
const base = values.base!
if (!base.startsWith('/') || !base.endsWith('/'))
  throw new Error(`--base must start and end with "/", got "${base}"`)

for (const e of EDITIONS) {
  if (values.only && values.only !== e.locale)
    continue
  const out = e.sub ? `${values.out}/${e.sub.replace(/\/$/, '')}` : values.out!
  const args = ['slidev', 'build', e.entry, '--base', `${base}${e.sub}`, '--out', out]
  console.log(`> ${args.join(' ')}`)
  const r = spawnSync('npx', args, { stdio: 'inherit' })
  if (r.status !== 0)
    process.exit(r.status ?? 1)
}

// Hosts that read `_redirects` (Netlify, Cloudflare Pages) only read the one at the root, and take the first
// matching rule: put each sub-edition's fallback ahead of the English catch-all.
const root = `${values.out}/_redirects`
if (!values.only && existsSync(root)) {
  const subs = EDITIONS.filter(e => e.sub).map(e => `${values.out}/${e.sub}_redirects`).filter(f => existsSync(f))
  const rules = [...subs.map(f => readFileSync(f, 'utf8').trim()), readFileSync(root, 'utf8').trim()]
  writeFileSync(root, `${rules.join('\n')}\n`)
}
