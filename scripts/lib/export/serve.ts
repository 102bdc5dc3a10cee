// A static server for one built deck on loopback, in-process: files from `dir` as the host would serve them at
// `/`, and client-side routes (`/zh/print`, `/3`) answered with the index.html of the edition they belong to.
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export interface Served {
  url: string
  close: () => Promise<void>
}

/** The deepest folder on the path holding an index.html (the Chinese edition lives in <dir>/zh/). */
function spaIndex(dir: string, path: string): string | undefined {
  const parts = path.split('/').filter(p => p && p !== '..')
  for (let n = parts.length; n >= 0; n--) {
    const rel = [...parts.slice(0, n), 'index.html'].join('/')
    if (existsSync(join(dir, rel))) return `/${rel}`
  }
  return undefined
}

/** Serves `dir` under `mount` (the base it was built for) on 127.0.0.1, on the first free port of `ports` (0 = any). */
export async function serveBuild(dir: string, mount: string, ports: number[]): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true })
  const server = createServer((req, res) => {
    if (!req.url?.startsWith(mount)) {
      res.statusCode = 404
      res.end(`not under ${mount}`)
      return
    }
    req.url = `/${req.url.slice(mount.length)}`
    const path = req.url.split('?')[0]
    files(req, res, () => {
      const index = /\.\w+$/.test(path) ? undefined : spaIndex(dir, path)
      if (!index) {
        res.statusCode = 404
        res.end('not found')
        return
      }
      req.url = index
      files(req, res, () => {
        res.statusCode = 404
        res.end('not found')
      })
    })
  })
  for (const port of ports) {
    const ok = await new Promise<boolean>(done => {
      server.once('error', () => done(false))
      server.listen(port, '127.0.0.1', () => done(true))
    })
    if (ok) {
      const { port: bound } = server.address() as AddressInfo
      return {
        url: `http://127.0.0.1:${bound}`,
        close: () => new Promise(done => server.close(() => done())),
      }
    }
  }
  throw new Error(`export: no free port among ${ports[0]}–${ports.at(-1)} on 127.0.0.1 (set EXPORT_PORT)`)
}
