// What the three host test servers share: finding files in a publish directory, content types, and an HTTP
// server that answers with whatever the host's rules decided. Files are looked up on every request (no
// index kept), so a test can swap the directory under a running server to stage a new deploy.
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import { readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'

/** What a host answers for one request. */
export type Answer =
  | { kind: 'file'; file: string; status: number }
  | { kind: 'redirect'; location: string; status: number }
  | { kind: 'none'; status: number; body: string }

/** A host's rules: the site path (decoded, starting with "/") and query string in, an answer out. */
export type HostRules = (path: string, search: string) => Answer

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
}

/** The file at `rel` inside `dir`, if it is a regular file; never outside `dir`. */
export function fileAt(dir: string, rel: string): string | undefined {
  const file = normalize(join(dir, rel))
  if (file !== normalize(dir) && !file.startsWith(normalize(dir) + sep)) return undefined
  try {
    return statSync(file).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

/** Whether `rel` inside `dir` is a directory. */
export function dirAt(dir: string, rel: string): boolean {
  try {
    return statSync(normalize(join(dir, rel))).isDirectory()
  } catch {
    return false
  }
}

export function serveRules(rules: HostRules, name: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid')
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    } catch {
      res.writeHead(400).end('bad path')
      return
    }
    const answer = rules(path, url.search)
    res.setHeader('x-test-host', name)
    if (answer.kind === 'redirect') {
      res.writeHead(answer.status, { Location: answer.location }).end()
    } else if (answer.kind === 'file') {
      // Static hosts revalidate HTML and sw.js; the test servers never let the browser cache anything, so
      // what a test sees is what the service worker (or the server) served.
      res.writeHead(answer.status, {
        'Content-Type': TYPES[extname(answer.file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      res.end(req.method === 'HEAD' ? undefined : readFileSync(answer.file))
    } else {
      res.writeHead(answer.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(answer.body)
    }
  })
}

export async function listen(server: Server, port: number): Promise<void> {
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', ok)
  })
}
