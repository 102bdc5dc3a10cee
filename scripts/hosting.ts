// What scripts/build.ts does to a built edition so it works on a static host and offline:
// - the head: Slidev's quoted description fixed, social-card meta (lib/hosting.ts), the service worker's
//   registration;
// - a copy of index.html per client-side route (slides, presenter, overview), so GitHub Pages, which serves
//   only files, finds one for every deep link of both editions;
// - the root 404.html for what is left (unknown paths), sending paths under <base>zh/ to the Chinese edition;
// - a Workbox service worker per edition, precaching that edition only.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseDeck } from './lib/deck'
import { generateSW } from 'workbox-build'
import { codePointsOf, deckRoutes, facesUsed, fontFaces, socialHead } from '../lib/hosting'

const root = resolve(import.meta.dirname, '..')

export interface Edition {
  locale: string
  entry: string
  sub: string
}

export async function slideCount(entry: string): Promise<number> {
  const data = await parseDeck(entry)
  return data.slides.length
}

const marker = (name: string) => `<!-- deck:${name} -->`

/**
 * Registers the edition's worker once the page has loaded (slide 1 first). When a new deploy's worker takes
 * over a page an older one served, the page reloads once, so the new deck shows without asking. Only the same
 * worker script counts: the Chinese worker claiming a zh/ page that the English one (whose scope holds zh/) had
 * is no new deploy, and reloading then would only repeat the first visit.
 */
function registerScript(base: string): string {
  // Written out by hand, small and old-browser safe: it runs before the deck's own code.
  const script = [
    "if('serviceWorker' in navigator&&location.protocol!=='file:'){",
    'var sw=navigator.serviceWorker,had=sw.controller&&sw.controller.scriptURL;',
    "sw.addEventListener('controllerchange',function(){",
    'if(had&&sw.controller&&sw.controller.scriptURL===had)location.reload()});',
    "addEventListener('load',function(){",
    `sw.register('${base}sw.js',{scope:'${base}'})`,
    '.catch(function(){/* no offline copy: the deck still works online */})})}',
  ].join('')
  return `${marker('sw')}<script>${script}</script>`
}

/** Fixes and completes the head of a built page (index.html, or the reading view's page). Idempotent. */
export function finishHead(html: string, base: string, siteUrl: string | undefined): string {
  // Slidev 52.20.1 writes `info` and `author` through JSON.stringify, so the description reads
  // "\"A 2019 …\"" with the quotes. Strip them until Slidev fixes it.
  let out = html.replace(
    /(<meta (?:name|property)="(?:description|author|og:description)" content=")&quot;(.*?)&quot;(">)/g,
    '$1$2$3',
  )
  if (out.includes('property="og:image"')) out = socialHead(out, { base, siteUrl })
  if (!out.includes(marker('sw'))) out = out.replace('</head>', `${registerScript(base)}\n</head>`)
  return out
}

/**
 * Writes <out>/<route>/index.html for every route. GitHub Pages answers /<base>5 with a redirect to
 * /<base>5/; the first script puts the URL back to /<base>5 before the router reads it, so URLs look the same
 * on every host.
 */
export function writeRouteCopies(out: string, slides: number): void {
  const index = readFileSync(join(out, 'index.html'), 'utf8')
  const unslash =
    'if(/[^/]\\/$/.test(location.pathname))' +
    "history.replaceState(history.state,'',location.pathname.slice(0,-1)+location.search+location.hash)"
  const strip = `${marker('slash')}<script>${unslash}</script>`
  const page = index.replace('</title>', `</title>\n${strip}`)
  for (const route of deckRoutes(slides)) {
    mkdirSync(join(out, route), { recursive: true })
    writeFileSync(join(out, route, 'index.html'), page)
  }
}

/**
 * The root 404.html: GitHub Pages serves this one file for every missing path of the site. Every route of both
 * editions has a file, so only unknown paths land here; those under <base>zh/ go to the Chinese edition's
 * start, the rest get the English deck (whose router shows its own not-found handling).
 */
export function writeRoot404(out: string, base: string, subs: string[]): void {
  const index = readFileSync(join(out, 'index.html'), 'utf8')
  const checks = subs
    .map(sub => `if(location.pathname.indexOf('${base}${sub}')===0)location.replace('${base}${sub}'+location.search)`)
    .join(';')
  writeFileSync(
    join(out, '404.html'),
    index.replace('</title>', `</title>\n${marker('404')}<script>${checks}</script>`),
  )
}

function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap(d =>
    d.isDirectory() ? filesUnder(dir, join(rel, d.name)) : [join(rel, d.name)],
  )
}

/** The text an edition shows: its Markdown, the shared messages, components and data, its reading view. */
function editionText(e: Edition, out: string): string[] {
  const pagesDir = e.sub ? join(root, 'pages', e.sub) : join(root, 'pages')
  const md = readdirSync(pagesDir)
    .filter(f => f.endsWith('.md'))
    .map(f => join(pagesDir, f))
  const shared = [
    ...readdirSync(join(root, 'data'))
      .filter(f => f.endsWith('.csv'))
      .map(f => join(root, 'data', f)),
    ...readdirSync(join(root, 'components'))
      .filter(f => f.endsWith('.vue'))
      .map(f => join(root, 'components', f)),
    ...['global-top.vue', 'global-bottom.vue'].map(f => join(root, f)).filter(f => existsSync(f)),
    join(root, 'lib/i18n/index.ts'),
    join(root, 'lib/figures.ts'),
  ]
  const read = join(out, 'read/index.html')
  return [resolve(root, e.entry), ...md, ...shared, ...(existsSync(read) ? [read] : [])].map(f =>
    readFileSync(f, 'utf8'),
  )
}

export interface WorkerReport {
  count: number
  bytes: number
  cjkFaces: number
  cjkFacesAll: number
}

/**
 * A Workbox service worker at <base>sw.js for one edition, scoped to <base>. It precaches the edition's
 * pages, code, styles and images, its Latin fonts, and of the Chinese font only the subsets holding a
 * character the edition shows. Navigations inside the edition get the cached index.html (the deck's router
 * takes it from there); the reading view is its own cached page; other editions' paths are left alone.
 */
export async function writeServiceWorker(e: Edition, out: string, base: string, subs: string[]): Promise<WorkerReport> {
  const assets = filesUnder(out, 'assets')
  const css = assets
    .filter(f => f.endsWith('.css'))
    .map(f => readFileSync(join(out, f), 'utf8'))
    .join('\n')
  const faces = fontFaces(css)
  const cjk = faces.filter(f => /Noto Sans SC/i.test(f.family))
  const cjkUsed = new Set(facesUsed(cjk, codePointsOf(editionText(e, out))).map(f => f.file))
  const cjkAll = new Set(cjk.map(f => f.file))
  const fonts = assets.filter(
    f => f.endsWith('.woff2') && (!cjkAll.has(f.split('/').pop()!) || cjkUsed.has(f.split('/').pop()!)),
  )

  const routeCopies = deckRoutes(await slideCount(e.entry)).map(r => `${r}/index.html`)
  const reading = existsSync(join(out, 'read/index.html'))
  // The reading view is globbed as read/index.html, which also answers read/; hosts that serve it at
  // "read" without the slash (Netlify, Vercel) leave that URL in the address bar, so it is cached too.
  const readEntries = reading
    ? [
        {
          url: 'read',
          revision: createHash('sha256')
            .update(readFileSync(join(out, 'read/index.html')))
            .digest('hex')
            .slice(0, 16),
        },
      ]
    : []
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const result = await generateSW({
    swDest: join(out, 'sw.js'),
    globDirectory: out,
    // The reading view picks its own font subsets (scripts/lib/reading-view.ts): all of read/ is needed.
    globPatterns: ['index.html', 'assets/**/*.{js,css,png,svg,jpg,webp}', '*.png', 'read/**/*'],
    globIgnores: [...subs.map(s => `${s}**`), ...routeCopies, '**/*.map'],
    additionalManifestEntries: [...fonts.map(f => ({ url: f, revision: null })), ...readEntries],
    // Query strings carry chart state and clicks; the cached files do not vary by them.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: `${base}index.html`,
    navigateFallbackAllowlist: [new RegExp(`^${esc(base)}`)],
    navigateFallbackDenylist: [
      ...subs.map(s => new RegExp(`^${esc(base + s)}`)),
      new RegExp(`^${esc(base)}read(?:/|$)`),
      /\.\w+$/,
    ],
    cacheId: `deck${base.replace(/\W+/g, '-')}`,
    cleanupOutdatedCaches: true,
    // A new deploy takes over at once (the page reloads itself, see registerScript): no prompt.
    skipWaiting: true,
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  })
  for (const w of result.warnings) console.warn(`build: service worker (${e.locale}): ${w}`)
  return { count: result.count, bytes: result.size, cjkFaces: cjkUsed.size, cjkFacesAll: cjkAll.size }
}
