// `npm run export:slidev [-- --entry slides.zh.md] [-- slidev export flags]`: Slidev's own export (dev server on
// port 12445) with a Chromium found on this machine (scripts/lib/chromium.ts), so a fresh clone needs no flags and
// no browser download.
// Writes exports/slidev/deck.pdf unless --output or --format say otherwise; every other flag goes to `slidev export`.
import { spawnSync } from 'node:child_process'
import { connect } from 'node:net'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/chromium'

const root = resolve(import.meta.dirname, '..')

const argv = process.argv.slice(2)
// --entry picks the edition (slides.md, slides.zh.md); everything else is for `slidev export`.
const entryAt = argv.indexOf('--entry')
const entry = entryAt < 0 ? 'slides.md' : argv[entryAt + 1]
if (!entry || !existsSync(resolve(root, entry))) {
  console.error(`export: --entry must name a deck file, got "${entry}"`)
  process.exit(2)
}
const args = entryAt < 0 ? argv : argv.filter((_, i) => i !== entryAt && i !== entryAt + 1)
const edition = entry.replace(/^slides/, '').replace(/\.md$/, '') // '' or '.zh'
const browser = findChromium()
if (!browser.path) {
  console.error(`export: ${browser.why}.\n${HOW_TO_GET_CHROMIUM}`)
  process.exit(2)
}

const flag = (name: string) => args.some(a => a === name || a.startsWith(`${name}=`))
const value = (name: string) => {
  const i = args.findIndex(a => a === name || a.startsWith(`${name}=`))
  return i < 0 ? undefined : args[i].includes('=') ? args[i].split('=')[1] : args[i + 1]
}
const extra: string[] = []
if (!flag('--output')) {
  const format = value('--format') ?? 'pdf'
  // deck[.zh][-clicks][-toc][-dark]
  const variant = ['--with-clicks', '--with-toc', '--dark'].filter(flag).map(f => f.replace(/^--(with-)?/, '-'))
  const name = format === 'png' ? `png${edition}` : `deck${edition}${variant.join('')}`
  const out = resolve(
    root,
    'exports/slidev',
    format === 'png' ? name : `${name}.${format === 'pptx-editable' ? 'pptx' : format}`,
  )
  mkdirSync(dirname(out), { recursive: true })
  extra.push('--output', out)
}
if (!flag('--timeout')) extra.push('--timeout', '120000')
// Belt and braces on a busy machine: let every slide's chunk load, and 2 s more, before printing.
if (!flag('--wait-until')) extra.push('--wait-until', 'networkidle')
if (!flag('--wait')) extra.push('--wait', '2000')

const slidev = resolve(root, 'node_modules/.bin/slidev')
const cmd = ['export', entry, '--executable-path', browser.path, ...extra, ...args]
const output = resolve(root, value('--output') ?? extra[extra.indexOf('--output') + 1])
const isPdf = (value('--format') ?? 'pdf') === 'pdf'

/** Pages of the PDF that are blank or still show Slidev's loading placeholder (needs pdftotext; none without it). */
function loadingPages(): number[] {
  const text = spawnSync('pdftotext', ['-layout', output, '-'], { encoding: 'utf8' })
  if (text.status !== 0) return []
  const pages = text.stdout.split('\f').slice(0, -1) // pdftotext ends every page with a form feed
  return pages.flatMap((page, i) => (/Loading slide/i.test(page) || !page.trim() ? [i + 1] : []))
}

/** Whether something answers on 127.0.0.1:port. */
const busy = (port: number) =>
  new Promise<boolean>(ok => {
    const socket = connect(port, '127.0.0.1', () => ok(!socket.destroy()))
    socket.on('error', () => ok(false))
  })
// slidev export serves the deck on port 12445 and has no flag to change it. When another export on this machine
// holds 127.0.0.1:12445 ours still starts, on another interface, and Chromium's "localhost" reaches the other
// deck (seen here: every page printed "Loading slide..."). So wait for the port, up to 10 minutes.
async function waitForExportPort() {
  for (let waited = 0; await busy(12445); waited += 3) {
    if (waited === 0) console.log('export: another slidev export holds port 12445; waiting for it to finish')
    if (waited > 600) throw new Error('export: port 12445 still busy after 10 minutes')
    await new Promise(r => setTimeout(r, 3000))
  }
}

for (let attempt = 1; attempt <= 2; attempt++) {
  await waitForExportPort()
  console.log(`export: slidev ${cmd.join(' ')}`)
  const started = Date.now()
  const run = spawnSync(slidev, cmd, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  if (run.status !== 0) {
    console.error(`export: slidev export failed (exit ${run.status ?? run.signal})`)
    process.exit(run.status ?? 1)
  }
  const loading = isPdf ? loadingPages() : []
  if (loading.length === 0) {
    console.log(`export: ${output} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    process.exit(0)
  }
  console.error(
    `export: pages ${loading.join(', ')} were printed blank or still loading` +
      (attempt === 1 ? '; exporting again' : ''),
  )
}
process.exit(1)
