// `npm run build [-- BASE] [-- --base BASE] [--out DIR] [--only en|zh] [--no-pdf]`: builds both editions for the
// base path they will be hosted under: English at <base> into <out>/, Chinese at <base>zh/ into <out>/zh/.
// The base comes from the argument, else DECK_BASE, else "/"; it must start and end with "/".
// English first: its build empties <out>, which would otherwise delete <out>/zh.
// Then, when a Chromium is found, each edition's PDF and handout (<out>[/zh]/deck.pdf, handout.pdf), printed by
// the same code as `npm run export`; without one the build still succeeds and nothing links a PDF.
// DECK_SITE_URL (e.g. https://owner.github.io, no path; on Netlify and Vercel their own build variables)
// makes og:image and og:url absolute.
// Then, for static hosts and offline use (scripts/hosting.ts): a copy of index.html per route, the root
// 404.html, the merged _redirects, and one service worker per edition.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EDITIONS } from '../lib/editions'
import { siteUrlFromEnv } from '../lib/hosting'
import { finishHead, slideCount, writeRoot404, writeRouteCopies, writeServiceWorker } from './hosting'
import { findChromium } from './lib/chromium'
import { writeDownloads } from './lib/export/downloads'
import { deckMeta, printAll } from './lib/export/run'
import { inputsHash, STAMP_FILE } from './lib/export/stamp'
import { writeFirstSlide } from './lib/first-slide'
import { writeReadingViews } from './lib/reading-view'

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
let siteUrl: string | undefined
try {
  siteUrl = siteUrlFromEnv(process.env)
} catch (err) {
  console.error(`build: ${(err as Error).message}`)
  process.exit(2)
}
if (values.only && !EDITIONS.some(e => e.locale === values.only)) {
  console.error(`build: --only takes ${EDITIONS.map(e => e.locale).join(' or ')}, got "${values.only}"`)
  process.exit(2)
}

// PDFs: decided before building, because the deck's download button is built in (vite.config.ts reads
// DECK_PDF_URL) and the reading view links them too.
const chromium = values.pdf ? findChromium() : { why: '--no-pdf' }
if (!chromium.path) console.log(`build: PDFs skipped (${chromium.why}); the deck and the reading view link none.`)
// Slide 1 drawn into index.html (scripts/lib/first-slide.ts) needs a Chromium too, with or without PDFs.
const drawer = chromium.path ? chromium : findChromium()
if (!drawer.path) console.log(`build: slide 1 not drawn into index.html (${drawer.why}); the app draws it alone.`)

for (const e of EDITIONS) {
  if (values.only && values.only !== e.locale) continue
  const out = resolve(root, e.sub ? `${values.out}/${e.sub}` : values.out!)
  const args = ['build', e.entry, '--base', `${base}${e.sub}`, '--out', out]
  const download = chromium.path ? `${base}${e.sub}deck.pdf` : ''
  console.log(`build: slidev ${args.join(' ')}`)
  const run = spawnSync(resolve(root, 'node_modules/.bin/slidev'), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', DECK_PDF_URL: download },
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
  const index = `${out}/index.html`
  writeFileSync(index, finishHead(readFileSync(index, 'utf8'), `${base}${e.sub}`, siteUrl))
  if (drawer.path) {
    const t0 = Date.now()
    const size = await writeFirstSlide(out, `${base}${e.sub}`, drawer.path)
    console.log(`build: slide 1 drawn into ${e.sub}index.html (${size}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }
  // Slidev's 404.html is a copy of index.html made before the fixes above.
  copyFileSync(index, `${out}/404.html`)
  writeRouteCopies(out, await slideCount(e.entry))
  // What this build was made from: `npm run export` reuses a build whose stamp matches (scripts/lib/export/stamp.ts).
  writeFileSync(
    resolve(out, STAMP_FILE),
    `${JSON.stringify({ inputs: inputsHash(root, { base: `${base}${e.sub}`, locale: e.locale, download }) })}\n`,
  )
}
const built = EDITIONS.filter(e => !values.only || values.only === e.locale)
if (built[0]?.sub === '')
  writeRoot404(
    resolve(root, values.out!),
    base,
    EDITIONS.filter(e => e.sub).map(e => e.sub),
  )

// The PDFs this build will have, for whatever links them (the reading view, generated after this, reads it
// with readDownloads()); rewritten below with the files that were printed.
const outRoot = resolve(root, values.out!)
writeDownloads(
  outRoot,
  Object.fromEntries(built.map(e => [e.locale, chromium.path ? { deck: 'deck.pdf', handout: 'handout.pdf' } : {}])),
)

// Hosts that read `_redirects` (Netlify, Cloudflare Pages) only read the one at the root, and take the first
// matching rule: put each sub-edition's fallback ahead of the English catch-all.
const redirects = resolve(root, values.out!, '_redirects')
if (!values.only && existsSync(redirects)) {
  const subs = EDITIONS.filter(e => e.sub)
    .map(e => resolve(root, values.out!, e.sub, '_redirects'))
    .filter(f => existsSync(f))
  const rules = [...subs.map(f => readFileSync(f, 'utf8').trim()), readFileSync(redirects, 'utf8').trim()]
  writeFileSync(redirects, `${rules.join('\n')}\n`)
}

// The reading views (<base>read, <base>zh/read): static pages written beside the decks, after them, since the
// English build empties <out>.
await writeReadingViews({ out: outRoot, base, editions: built, all: EDITIONS })

// The PDFs, last: the handout prints the reading view (<out>[/zh]/read/index.html, written before this).
if (chromium.path) {
  const hasRead = (e: (typeof EDITIONS)[number]) => existsSync(resolve(outRoot, e.sub, 'read/index.html'))
  const jobs = await Promise.all(
    built.flatMap(e =>
      (['deck', 'handout'] as const)
        .filter(kind => kind === 'deck' || hasRead(e))
        .map(async kind => ({
          base: `${base}${e.sub}`,
          kind,
          output: resolve(outRoot, e.sub, `${kind}.pdf`),
          meta: await deckMeta(e.entry),
        })),
    ),
  )
  try {
    await printAll(outRoot, base, chromium.path, jobs, m =>
      console.log(m.replace(`${outRoot}/`, `${values.out}/`).replace(/^export:/, 'build:')),
    )
  } catch (err) {
    console.error(`build: printing the PDFs failed, and the deck links them: ${(err as Error).message}`)
    process.exit(1)
  }
  for (const e of built.filter(e => !hasRead(e)))
    console.log(`build: no ${e.sub}read/index.html, so no ${e.sub}handout.pdf`)
}
writeDownloads(
  outRoot,
  Object.fromEntries(
    built.map(e => [
      e.locale,
      chromium.path
        ? {
            deck: 'deck.pdf',
            ...(existsSync(resolve(outRoot, e.sub, 'handout.pdf')) ? { handout: 'handout.pdf' } : {}),
          }
        : {},
    ]),
  ),
)

// Last, so that they also precache what was written into the build after the Slidev builds.
for (const e of built) {
  const out = resolve(root, e.sub ? `${values.out}/${e.sub}` : values.out!)
  const page = `${out}/read/index.html`
  if (existsSync(page)) writeFileSync(page, finishHead(readFileSync(page, 'utf8'), `${base}${e.sub}`, siteUrl))
  const sw = await writeServiceWorker(
    e,
    out,
    `${base}${e.sub}`,
    e.sub ? [] : EDITIONS.filter(x => x.sub).map(x => x.sub),
  )
  console.log(
    `build: ${e.locale} service worker precaches ${sw.count} files, ${(sw.bytes / 1024).toFixed(0)} KB, ` +
      `${sw.cjkFaces} of ${sw.cjkFacesAll} Noto Sans SC subsets`,
  )
}
