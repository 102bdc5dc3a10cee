// Serves a built deck under its base path on loopback, the way a static host would: files from `dir`,
// unknown paths under the base fall back to the nearest index.html (Slidev's history routing; the Chinese
// edition built into <dir>/zh/ gets its own), anything else is a 404.
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import sirv from 'sirv'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string' },
    port: { type: 'string', default: '4173' },
  },
})
if (!existsSync(`${values.dir}/index.html`))
  throw new Error(`${values.dir}/index.html not found: build the deck first (npm run build)`)
// The base: --base, else DECK_BASE, else the one the deck was built for (read off its index.html).
const built = readFileSync(`${values.dir}/index.html`, 'utf8').match(/src="([^"]*\/)assets\//)?.[1]
const base = values.base ?? process.env.DECK_BASE ?? (built?.startsWith('/') ? built : '/')
if (!base.startsWith('/') || !base.endsWith('/'))
  throw new Error(`--base must start and end with "/", got "${base}"`)

const files = sirv(values.dir, { dev: false, etag: true })

/** The deepest directory on the request's path that holds an index.html: the edition the path belongs to. */
function spaIndex(path: string): string {
  const parts = path.split('?')[0].split('/').filter(Boolean)
  for (let n = parts.length; n > 0; n--) {
    const dir = parts.slice(0, n).join('/')
    if (!dir.includes('..') && existsSync(join(values.dir!, dir, 'index.html')))
      return `/${dir}/index.html`
  }
  return '/index.html'
}
const server = createServer((req, res) => {
  const url = req.url ?? '/'
  if (!url.startsWith(base)) {
    res.writeHead(url === '/' ? 302 : 404, url === '/' ? { Location: base } : {})
    res.end(url === '/' ? '' : `not under ${base}`)
    return
  }
  req.url = `/${url.slice(base.length)}`
  files(req, res, () => {
    // Not a file: a client-side route (e.g. /zh/3), unless it looks like a missing asset.
    if (/\.\w+$/.test(req.url!.split('?')[0])) {
      res.statusCode = 404
      res.end('not found')
      return
    }
    req.url = spaIndex(req.url!)
    files(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    })
  })
})
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`deck on http://127.0.0.1:${values.port}${base}`)
})
