// `npm run build [-- BASE] [-- --base BASE] [other slidev build flags]`: builds the deck into dist/ for the
// base path it will be hosted under. The base comes from the argument, else the DECK_BASE environment
// variable, else "/". It must start and end with "/" (e.g. /tf-vs-pytorch/).
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)

let base = process.env.DECK_BASE || '/'
const rest: string[] = []
for (let i = 0; i < args.length; i++) {
  const a = args[i]
  if (a === '--base')
    base = args[++i]
  else if (a.startsWith('--base='))
    base = a.slice('--base='.length)
  else if (!a.startsWith('-') && a.startsWith('/') && (i === 0 || !args[i - 1].startsWith('--')))
    base = a
  else
    rest.push(a)
}
if (!base || !base.startsWith('/') || !base.endsWith('/')) {
  console.error(`build: the base path must start and end with "/", got "${base}" (e.g. DECK_BASE=/tf-vs-pytorch/)`)
  process.exit(2)
}
const cmd = ['build', 'slides.md', '--base', base, ...rest]
console.log(`build: slidev ${cmd.join(' ')}`)
const run = spawnSync(resolve(root, 'node_modules/.bin/slidev'), cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } })
if (run.status !== 0)
  process.exit(run.status ?? 1)

// Slidev 52.20.1 writes `info` and `author` into index.html through JSON.stringify, so the page description
// reads "\"A 2019 …\"" with the quotes. Strip them from the built file until Slidev fixes it.
const outIndex = rest.indexOf('--out')
const outDir = resolve(root, outIndex >= 0 ? rest[outIndex + 1] : 'dist')
const index = `${outDir}/index.html`
const html = readFileSync(index, 'utf8')
writeFileSync(index, html.replace(/(<meta (?:name|property)="(?:description|author|og:description)" content=")&quot;(.*?)&quot;(">)/g, '$1$2$3'))
