// Serves a built deck on loopback by the rules of a real static host (scripts/lib/hosts/): GitHub Pages by
// default, which is the strictest (files only, then the one root 404.html), so a deck that works here works
// there. `--host netlify|vercel` follows those hosts' rules instead (for a build with base "/").
// Usage: tsx scripts/serve.ts [--dir dist] [--host github-pages|netlify|vercel] [--base /sub/] [--port 4173]
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Host } from './lib/hosts'
import { HOSTS, hostRules } from './lib/hosts'
import { listen, serveRules } from './lib/hosts/static'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: 'github-pages' },
    base: { type: 'string' },
    port: { type: 'string', default: '4173' },
  },
})
const dir = resolve(values.dir!)
if (!existsSync(`${dir}/index.html`))
  throw new Error(`${dir}/index.html not found: build the deck first (npm run build)`)
if (!HOSTS.includes(values.host as Host)) throw new Error(`--host takes ${HOSTS.join(', ')}, got "${values.host}"`)
// The base: --base, else DECK_BASE, else the one the deck was built for (read off its index.html).
const built = readFileSync(`${dir}/index.html`, 'utf8').match(/src="([^"]*\/)assets\//)?.[1]
const base = values.base ?? process.env.DECK_BASE ?? (built?.startsWith('/') ? built : '/')
if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`--base must start and end with "/", got "${base}"`)

await listen(serveRules(hostRules(values.host as Host, dir, base), values.host!), Number(values.port))
console.log(`deck on http://127.0.0.1:${values.port}${base} (${values.host} rules)`)
