// `npm run build [-- BASE] [-- --base BASE] [--out DIR] [--only en|zh]`: builds both editions for the base
// path they will be hosted under: English at <base> into <out>/, Chinese at <base>zh/ into <out>/zh/.
// The base comes from the argument, else DECK_BASE, else "/"; it must start and end with "/".
// English first: its build empties <out>, which would otherwise delete <out>/zh.
// DECK_SITE_URL (e.g. https://owner.github.io, no path; on Netlify and Vercel their own build variables)
// makes og:image and og:url absolute.
// Then, for static hosts and offline use (scripts/hosting.ts): a copy of index.html per route, the root
// 404.html, the merged _redirects, and one service worker per edition.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { siteUrlFromEnv } from '../lib/hosting'
import { finishHead, slideCount, writeRoot404, writeRouteCopies, writeServiceWorker } from './hosting'
import { writeReadingViews } from './lib/reading-view'

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
  },
})
const base = values.base ?? positionals[0] ?? process.env.DECK_BASE ?? '/'
if (!base.startsWith('/') || !base.endsWith('/')) {
  console.error(`build: the base path must start and end with "/", got "${base}" (e.g. DECK_BASE=/tf-vs-pytorch/)`)
  process.exit(2)
}
let siteUrl: string | undefined
try {
  siteUrl = siteUrlFromEnv(process.env)
}
catch (err) {
  console.error(`build: ${(err as Error).message}`)
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
  const index = `${out}/index.html`
  writeFileSync(index, finishHead(readFileSync(index, 'utf8'), `${base}${e.sub}`, siteUrl))
  // Slidev's 404.html is a copy of index.html made before the fixes above.
  copyFileSync(index, `${out}/404.html`)
  writeRouteCopies(out, await slideCount(e.entry))
}
const built = EDITIONS.filter(e => !values.only || values.only === e.locale)
if (built[0]?.sub === '')
  writeRoot404(resolve(root, values.out!), base, EDITIONS.filter(e => e.sub).map(e => e.sub))

// Hosts that read `_redirects` (Netlify, Cloudflare Pages) only read the one at the root, and take the first
// matching rule: put each sub-edition's fallback ahead of the English catch-all.
const redirects = resolve(root, values.out!, '_redirects')
if (!values.only && existsSync(redirects)) {
  const subs = EDITIONS.filter(e => e.sub).map(e => resolve(root, values.out!, e.sub, '_redirects')).filter(f => existsSync(f))
  const rules = [...subs.map(f => readFileSync(f, 'utf8').trim()), readFileSync(redirects, 'utf8').trim()]
  writeFileSync(redirects, `${rules.join('\n')}\n`)
}

// The reading views (<base>read, <base>zh/read): static pages written beside the decks, after them, since the
// English build empties <out>.
await writeReadingViews({ out: resolve(root, values.out!), base, editions: EDITIONS.filter(e => !values.only || e.locale === values.only), all: EDITIONS })

// Last, so that they also precache what was written into the build after the Slidev builds.
for (const e of built) {
  const out = resolve(root, e.sub ? `${values.out}/${e.sub}` : values.out!)
  const page = `${out}/read/index.html`
  if (existsSync(page))
    writeFileSync(page, finishHead(readFileSync(page, 'utf8'), `${base}${e.sub}`, siteUrl))
  const sw = await writeServiceWorker(e, out, `${base}${e.sub}`, e.sub ? [] : EDITIONS.filter(x => x.sub).map(x => x.sub))
  console.log(`build: ${e.locale} service worker precaches ${sw.count} files, ${(sw.bytes / 1024).toFixed(0)} KB, ${sw.cjkFaces} of ${sw.cjkFacesAll} Noto Sans SC subsets`)
}
