// `npm run export [-- flags]`: the deck as a PDF, printed from the built deck with the local Chromium; no Vite
// dev server, no port 12445. Builds the edition first unless .export/<locale>/ holds a build of the same inputs
// (scripts/lib/export/stamp.ts). Flags:
//   --entry slides.zh.md   the Chinese edition (default slides.md)
//   --dark                 the dark theme
//   --with-clicks          one page per click step
//   --handout              the reading view (<base>read) as an A4 handout instead of the slides
//   --range 3-5,7          some slides only
//   --output FILE          default exports/deck[.zh][-clicks][-dark].pdf, exports/handout[.zh][-dark].pdf
//   --dist DIR [--base B]  print this build as it is (e.g. dist/ from `npm run build`), no freshness check
//   --rebuild              build even when the build looks fresh
// Slidev's own export (pptx, png, --with-toc, or to compare) is `npm run export:slidev`.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EDITIONS } from '../lib/editions'
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/chromium'
import { deckMeta, printAll } from './lib/export/run'
import { inputsHash, stampOf } from './lib/export/stamp'

const root = resolve(import.meta.dirname, '..')

function fail(message: string, code = 2): never {
  console.error(message)
  process.exit(code)
}

let parsed
try {
  parsed = parseArgs({
    options: {
      entry: { type: 'string', default: 'slides.md' },
      dark: { type: 'boolean', default: false },
      'with-clicks': { type: 'boolean', default: false },
      handout: { type: 'boolean', default: false },
      range: { type: 'string' },
      output: { type: 'string' },
      dist: { type: 'string' },
      base: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      format: { type: 'string', default: 'pdf' },
    },
  })
} catch (e) {
  fail(`export: ${(e as Error).message}\n(Slidev's own export takes its other flags: npm run export:slidev -- …)`)
}
const args = parsed.values
if (args.format !== 'pdf')
  fail(
    `export: this export writes PDF only; for --format ${args.format} use ` +
      `npm run export:slidev -- --format ${args.format}`,
  )
const edition =
  EDITIONS.find(e => e.entry === args.entry) ??
  fail(`export: --entry must be one of ${EDITIONS.map(e => e.entry).join(', ')}, got "${args.entry}"`)
if (args.handout && (args['with-clicks'] || args.range))
  fail('export: --handout prints the whole reading view; it takes neither --with-clicks nor --range')

const browser = findChromium()
if (!browser.path) fail(`export: ${browser.why}.\n${HOW_TO_GET_CHROMIUM}`)

const started = Date.now()
// The build to print: --dist as given, else this edition's own export build, rebuilt when its inputs changed.
let dir: string
let mount: string
if (args.dist) {
  dir = resolve(args.dist)
  if (!existsSync(join(dir, edition.sub, 'index.html')))
    fail(`export: --dist ${args.dist} has no ${edition.sub}index.html (build it first: npm run build)`)
  const built = readFileSync(join(dir, 'index.html'), 'utf8').match(/src="([^"]*\/)assets\//)?.[1]
  mount = args.base ?? (built?.startsWith('/') ? built : '/')
  if (!mount.startsWith('/') || !mount.endsWith('/')) fail(`export: --base must start and end with "/", got "${mount}"`)
} else {
  dir = resolve(root, '.export', edition.locale)
  mount = '/'
  const want = inputsHash(root, { base: `/${edition.sub}`, locale: edition.locale, download: '' })
  if (args.rebuild || stampOf(join(dir, edition.sub)) !== want) {
    console.log(
      `export: building the ${edition.locale} edition into ${dir} (its inputs changed since the last export build)`,
    )
    const b = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(root, 'scripts/build.ts'),
        '--only',
        edition.locale,
        '--out',
        dir,
        '--base',
        '/',
        '--no-pdf',
      ],
      { cwd: root, stdio: 'inherit' },
    )
    if (b.status !== 0) fail(`export: the build failed (exit ${b.status ?? b.signal})`, 1)
  } else {
    console.log(`export: reusing the build in ${dir} (same inputs)`)
  }
}

const suffix = `${edition.sub ? '.zh' : ''}${args['with-clicks'] ? '-clicks' : ''}${args.dark ? '-dark' : ''}`
const output = resolve(args.output ?? resolve(root, 'exports', `${args.handout ? 'handout' : 'deck'}${suffix}.pdf`))
try {
  await printAll(dir, mount, browser.path, [
    {
      base: `${mount}${edition.sub}`,
      kind: args.handout ? 'handout' : 'deck',
      dark: args.dark,
      clicks: args['with-clicks'],
      range: args.range,
      output,
      meta: await deckMeta(args.entry!),
    },
  ])
} catch (e) {
  fail((e as Error).message, 1)
}
console.log(`export: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
