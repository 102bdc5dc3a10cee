// While `npm run present` runs, the dev server is reachable from the local network. Slidev checks the remote
// password in the browser only, sends that password to every browser in its config module, and its server accepts
// writes to the slides (POST /__slidev/slides/N.json), moves of the talk (POST /@server-reactive/nav) and its MCP
// endpoint (/__mcp) from anyone. This plugin puts the check on the server: a browser that shows the password once
// (POST <base>__deck/unlock) gets a cookie, and without that cookie every request that could change the deck or
// drive the talk is refused with 403. Requests from the laptop itself (loopback, same origin) stay allowed, so the
// audience window there follows and sends as with `npm run dev`. Reading stays open: see docs/presenting.md.
import type { IncomingMessage } from 'node:http'
import type { Plugin } from 'vite'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { UNLOCK_PATH } from './unlock'
import { patchSlidevConfigs } from '../slidev-configs'

/** Requests that could change the deck or drive the talk: every write, and the dev server's editor opener. */
export function isGuarded(method: string | undefined, url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0]
  if (path.endsWith('/__open-in-editor')) return true
  return !['GET', 'HEAD', 'OPTIONS'].includes((method ?? 'GET').toUpperCase())
}

export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'))
}

/** A request a page of this server sent (no Origin, or the same host), not one a foreign page made the browser send. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of req) {
    body += String(chunk)
    if (body.length > 1000) break
  }
  return body
}

/** The Vite plugin; `password` undefined (not presenting) gives a plugin that does nothing. */
export function presentGuard(
  password = process.env.DECK_PRESENT === '1' ? process.env.DECK_REMOTE_PASSWORD : '',
): Plugin {
  // The cookie is not the password: a key made for this run of the server, derived from it.
  const token = createHmac('sha256', randomBytes(32))
    .update(password ?? '')
    .digest('base64url')
  // Cookies do not tell ports apart: the English and the Chinese edition presented side by side need two names.
  const cookie = `deck-remote-${token.slice(0, 8)}`
  return {
    name: 'deck:present-guard',
    apply: 'serve',
    enforce: 'pre',
    transform(code, id) {
      // The browser learns that a password is needed, not the password.
      return password ? patchSlidevConfigs(code, id, { remote: true }) : undefined
    },
    configureServer(server) {
      if (!password) return
      server.middlewares.use((req, res, next) => {
        const authorized = () => sameSecret(cookieValue(req.headers.cookie, cookie) ?? '', token)
        const path = (req.url ?? '').split('?')[0]
        if (path.endsWith(`/${UNLOCK_PATH}`) && req.method === 'POST') {
          void bodyOf(req).then(body => {
            if (sameSecret(body, password) || (!body && authorized())) {
              res.setHeader('Set-Cookie', `${cookie}=${token}; Path=/; HttpOnly; SameSite=Strict`)
              res.statusCode = 204
            } else res.statusCode = 403
            res.end()
          })
          return
        }
        if (!isGuarded(req.method, req.url) || authorized()) return next()
        if (isLoopback(req.socket.remoteAddress) && isSameOrigin(req.headers.origin, req.headers.host)) return next()
        res.statusCode = 403
        res.setHeader('Content-Type', 'text/plain')
        res.end('Refused: this talk is being presented; the presenter password is needed to change or drive it.\n')
      })
    },
  }
}
