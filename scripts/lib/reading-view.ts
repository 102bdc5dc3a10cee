// Writes the reading views (<out>/read/index.html, <out>/zh/read/index.html) after the Slidev builds: the slides
// parsed by @slidev/parser from the same Markdown, the data from data/ through the deck's loader, charts drawn by
// lib/render/chart-svg.ts, fonts copied from @fontsource, and the lazy-interactivity script bundled by Vite.
import type { ReadSlide, renderReadingView as RenderReadingView } from '../../lib/read/render'
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Edition } from '../../lib/editions'
import { parseDeck } from './deck'
import { loadDeckData } from '../../lib/data/load'
import { isLocale } from '../../lib/i18n'
import { fontFaces } from '../../lib/hosting'
import { fontFacesFor } from '../../lib/read/fonts'
import { chartSvg } from '../../lib/render/chart-svg'
import type { EditionDownloads } from './export/downloads'
import { readDownloads } from './export/downloads'
import { deckCharFiles, isCjkSide, uncoveredChars } from '../fonts/chars'

const root = resolve(import.meta.dirname, '../..')

export type ReadEdition = Pick<Edition, 'locale' | 'lang' | 'label' | 'entry' | 'sub'>

export async function slidesFor(entry: string): Promise<{ slides: ReadSlide[]; headmatter: Record<string, unknown> }> {
  const data = await parseDeck(entry)
  const slides = data.slides.map((s, i) => ({
    no: i + 1,
    title: s.title ?? '',
    content: s.content,
    note: s.note ?? '',
  }))
  return { slides, headmatter: data.headmatter as Record<string, unknown> }
}

// The @font-face rules are inlined. Noto Sans SC is the deck's build-time subset (styles/fonts/noto-sc.css, four
// files, ~160 KB). On the Chinese page its files are preloaded (fetched with the page, at a lower priority than the
// page itself), so they are usually in before the first paint; when they are not, the text shows in a system CJK
// font set on Noto's line metrics ("Noto Sans SC Fallback", lib/read/style.ts), and CJK glyphs are 1em wide in all
// of them, so the swap moves nothing. A machine without any CJK font (this project's test machine) shows
// missing-glyph boxes of another width until then, and the swap moves the text: Lighthouse counts that as layout
// shift. Tried and dropped: `font-display: optional` (a loaded machine missed its ~100 ms window and kept the boxes
// for good); the page top's glyphs inlined as data: URLs (decoded after the first paint all the same, +40 KB HTML).
// The English page quotes Chinese far below its first screen: its Noto rules go into fonts/cjk.css, which the
// page's script adds once the page has loaded (a <noscript> link without JavaScript), so they do not hold back
// its first paint.
const LATIN_CSS = ['@fontsource-variable/inter/wght.css', '@fontsource/fira-code/400.css']
const CJK_CSS = [resolve(root, 'styles/fonts/noto-sc.css')]

/**
 * lib/read/render.ts with the deck's Vue components compiled for the server (@vitejs/plugin-vue), loaded through a
 * Vite server in middleware mode (no port, no file watching): the page renders the slides' own components.
 */
async function loadRenderer(): Promise<{ render: typeof RenderReadingView; close: () => Promise<void> }> {
  const { createServer } = await import('vite')
  const { default: vue } = await import('@vitejs/plugin-vue')
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [vue()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  const mod = (await server.ssrLoadModule('/lib/read/render.ts')) as typeof import('../../lib/read/render')
  return { render: mod.renderReadingView, close: () => server.close() }
}

export async function buildReadClient(dir: string): Promise<string> {
  const { build } = await import('vite')
  const { deckData } = await import('../../lib/data/vite-plugin')
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    base: './',
    plugins: [deckData(join(root, 'data'))],
    build: {
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      manifest: false,
      modulePreload: false,
      target: 'es2020',
      rollupOptions: {
        input: { read: join(root, 'lib/read/client.ts') },
        output: { entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  })
  const entry = readdirSync(dir).find(f => /^read-[\w-]+\.js$/.test(f))
  if (!entry) throw new Error(`reading view: the client build wrote no read-*.js into ${dir}`)
  return entry
}

/** The deck's and the handout's PDF, as links under the edition's base, for those the build has. */
function pdfLinks(files: EditionDownloads | undefined, base: string) {
  return { deck: files?.deck && `${base}${files.deck}`, handout: files?.handout && `${base}${files.handout}` }
}

/**
 * Writes `<out>/<sub>read/index.html` for each edition, with its fonts and the client script in `assets/`.
 * `base` is the deck's base path (the English edition's).
 */
export async function writeReadingViews(opts: {
  out: string
  base: string
  editions: readonly ReadEdition[]
  all: readonly ReadEdition[]
}) {
  const data = loadDeckData(join(root, 'data'))
  // Which PDFs this build offers (scripts/build.ts decides before the page is written, and fails if one is missing).
  const downloads = readDownloads(opts.out)
  const clientDir = join(opts.out, '.read-client')
  const client = await buildReadClient(clientDir)
  const { render: renderReadingView, close } = await loadRenderer()
  try {
    for (const e of opts.editions) {
      if (!isLocale(e.locale)) throw new Error(`reading view: unknown locale "${e.locale}"`)
      const { slides, headmatter } = await slidesFor(e.entry)
      const other = opts.all.find(x => x !== e)!
      const pageDir = join(opts.out, e.sub, 'read')
      // A rebuild of one edition (--only) must not leave the last build's hashed scripts behind.
      rmSync(join(pageDir, 'assets'), { recursive: true, force: true })
      const assets = `${opts.base}${e.sub}read/assets/`
      const input = {
        locale: e.locale,
        lang: String(headmatter.lang ?? e.lang),
        title: String(headmatter.title ?? ''),
        description: String(headmatter.info ?? ''),
        favicon: typeof headmatter.favicon === 'string' ? headmatter.favicon : undefined,
        slides,
        data,
        chartSvg,
        links: {
          deck: `${opts.base}${e.sub}`,
          other: {
            href: `${opts.base}${other.sub}read`,
            lang: other.lang,
            label: other.label,
          },
          pdfs: pdfLinks(downloads[e.locale], `${opts.base}${e.sub}`),
        },
        script: `${assets}${client}`,
        csvBase: `${assets}data/`,
      }
      // Draw once without fonts to learn which characters the page shows, then pick the font subsets for them.
      const { text } = await renderReadingView(input)
      const cjkRanges = CJK_CSS.flatMap(sheet => fontFaces(readFileSync(sheet, 'utf8')).flatMap(f => f.ranges))
      const uncut = [...new Set(text)].filter(
        c =>
          isCjkSide(c.codePointAt(0)!) &&
          !cjkRanges.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi),
      )
      if (uncut.length) {
        const files = deckCharFiles(root)
        const chars = uncoveredChars(new Map(uncut.map(c => [c, files.get(c) ?? 'the page'])), () => false)
        throw new Error(
          `reading view (${e.locale}) shows characters Noto Sans SC's subset lacks; run \`npm run fonts\` and ` +
            `commit styles/fonts/: ${chars.join(', ')}`,
        )
      }
      let fontCss = ''
      let lateFontCss = ''
      mkdirSync(join(pageDir, 'assets/fonts'), { recursive: true })
      const pick = (sheet: string, chars: string) => {
        const path = resolve(root, 'node_modules', sheet) // an absolute `sheet` stays as it is
        const faces = fontFacesFor(readFileSync(path, 'utf8'), chars, `${assets}fonts/`)
        for (const f of faces.files)
          copyFileSync(resolve(dirname(path), f), join(pageDir, 'assets/fonts', f.split('/').pop()!))
        return faces.css
      }
      const cjkPage = input.lang.startsWith('zh')
      const preload: string[] = []
      const urls = (css: string) => [...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map(m => m[1])
      for (const sheet of LATIN_CSS) {
        const faces = pick(sheet, text)
        fontCss += faces
        // On the Chinese page, Inter is fetched with the page like Noto: its cover's lines mix the two, and Inter
        // arriving after the first paint wrapped them anew and moved the chart under them (layout shift 0.16).
        // The English page's first paint waits for Inter anyway; a preload there only competed with the page.
        if (cjkPage && sheet.includes('/inter/')) preload.push(...urls(faces))
      }
      for (const sheet of CJK_CSS) {
        const faces = pick(sheet, text)
        if (!cjkPage) lateFontCss += faces
        else {
          fontCss += faces
          preload.push(...urls(faces))
        }
      }
      if (lateFontCss) writeFileSync(join(pageDir, 'assets/fonts/cjk.css'), lateFontCss)
      const page = await renderReadingView({
        ...input,
        preloadFonts: [...new Set(preload)],
        fontCss,
        lateFontCss: lateFontCss ? `${assets}fonts/cjk.css` : undefined,
      })
      cpSync(clientDir, join(pageDir, 'assets'), { recursive: true })
      mkdirSync(join(pageDir, 'assets/data'), { recursive: true })
      for (const [name, csv] of page.files) writeFileSync(join(pageDir, 'assets/data', name), csv)
      writeFileSync(join(pageDir, 'index.html'), page.html)
      console.log(
        `build: reading view ${join(e.sub, 'read/index.html')} ` +
          `(${page.charts} charts, ${(page.html.length / 1024).toFixed(0)} KiB)`,
      )
    }
  } finally {
    await close()
  }
  rmSync(clientDir, { recursive: true, force: true })
}
