// `npm run build [-- BASE] [-- --base BASE] [--out DIR] [--only en|zh]`: builds both editions for the base
// path they will be hosted under: English at <base> into <out>/, Chinese at <base>zh/ into <out>/zh/.
// The base comes from the argument, else DECK_BASE, else "/"; it must start and end with "/".
// English first: its build empties <out>, which would otherwise delete <out>/zh.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { inputsHash, STAMP_FILE } from './export/stamp'

export const EDITIONS = [
  { locale: 'en', entry: 'slides.md', sub: '' },
  { locale: 'zh', entry: 'slides.zh.md', sub: 'zh/' },
] as const

const root = resolve(import.meta.dirname, '..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    only: { type: 'string' },
    pdf: { type: 'boolean', default: true },
  },
  allowNegative: true,
})
const base = values.base ?? positionals[0] ?? process.env.DECK_BASE ?? '/'
if (!base.startsWith('/') || !base.endsWith('/')) {
  console.error(`build: the base path must start and end with "/", got "${base}" (e.g. DECK_BASE=/tf-vs-pytorch/)`)
  process.exit(2)
}
if (values.only && !EDITIONS.some(e => e.locale === values.only)) {
  console.error(`build: --only takes ${EDITIONS.map(e => e.locale).join(' or ')}, got "${values.only}"`)
  process.exit(2)
}

for (const e of EDITIONS) {
  if (values.only && values.only !== e.locale)
    continue
  const out = resolve(root, e.sub ? `${values.out}/${e.sub}` : values.out!)
  const args = ['build', e.entry, '--base', `${base}${e.sub}`, '--out', out]
  console.log(`build: slidev ${args.join(' ')}`)
  const run = spawnSync(resolve(root, 'node_modules/.bin/slidev'), args, { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } })
  if (run.status !== 0)
    process.exit(run.status ?? 1)
  // Slidev 52.20.1 writes `info` and `author` into index.html through JSON.stringify, so the description
  // reads "\"A 2019 …\"" with the quotes. Strip them from the built file until Slidev fixes it.
  const index = `${out}/index.html`
  const html = readFileSync(index, 'utf8')
  writeFileSync(index, html.replace(/(<meta (?:name|property)="(?:description|author|og:description)" content=")&quot;(.*?)&quot;(">)/g, '$1$2$3'))
  // What this build was made from: `npm run export` reuses a build whose stamp matches (scripts/export/stamp.ts).
  writeFileSync(resolve(out, STAMP_FILE), `${JSON.stringify({ inputs: inputsHash(root, { base: `${base}${e.sub}`, locale: e.locale }) })}\n`)
}

// Hosts that read `_redirects` (Netlify, Cloudflare Pages) only read the one at the root, and take the first
// matching rule: put each sub-edition's fallback ahead of the English catch-all.
const redirects = resolve(root, values.out!, '_redirects')
if (!values.only && existsSync(redirects)) {
  const subs = EDITIONS.filter(e => e.sub).map(e => resolve(root, values.out!, e.sub, '_redirects')).filter(f => existsSync(f))
  const rules = [...subs.map(f => readFileSync(f, 'utf8').trim()), readFileSync(redirects, 'utf8').trim()]
  writeFileSync(redirects, `${rules.join('\n')}\n`)
}
