import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, ViteDevServer } from 'vite'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { chartParamsOf, queryToApply, withChartParams } from '../../lib/stage/chart-sync'
import { talkMoveOf } from '../../lib/stage/keys'
import { clicksOfBlocks, noteState } from '../../lib/stage/notes'
import { cookieValue, isGuarded, isLoopback, isSameOrigin, presentGuard } from '../../lib/stage/present-guard'
import { lanAddresses, newPassword, talkUrls } from '../../scripts/lib/present'

const key = (
  k: string,
  mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
})

describe('keys that move the talk while a control has the focus', () => {
  const button = { tagName: 'BUTTON', onSlide: true }
  it('PageDown and PageUp, what a clicker sends, always move it from a button or a link', () => {
    expect(talkMoveOf(key('PageDown'), button)).toBe('next')
    expect(talkMoveOf(key('PageUp'), { tagName: 'A', onSlide: false })).toBe('prev')
  })
  it('←/→ move it from a control on a slide, by click, or by slide with Shift', () => {
    expect(talkMoveOf(key('ArrowRight'), button)).toBe('next')
    expect(talkMoveOf(key('ArrowLeft'), button)).toBe('prev')
    expect(talkMoveOf(key('ArrowRight', { shiftKey: true }), button)).toBe('nextSlide')
    expect(talkMoveOf(key('ArrowLeft', { shiftKey: true }), button)).toBe('prevSlide')
    expect(talkMoveOf(key('ArrowRight'), { tagName: 'BUTTON', onSlide: false })).toBeUndefined()
  })
  it('leaves alone what Slidev handles itself, text fields, other keys and shortcuts with modifiers', () => {
    expect(talkMoveOf(key('PageDown'), { tagName: 'BODY', onSlide: false })).toBeUndefined()
    expect(talkMoveOf(key('PageDown'), { tagName: 'INPUT', onSlide: true })).toBeUndefined()
    expect(talkMoveOf(key(' '), button)).toBeUndefined()
    expect(talkMoveOf(key('Enter'), button)).toBeUndefined()
    expect(talkMoveOf(key('ArrowRight', { altKey: true }), button)).toBeUndefined()
    expect(talkMoveOf(key('PageDown', { metaKey: true }), button)).toBeUndefined()
  })
})

describe('the chart state the audience follows', () => {
  it('is the chart parameters of the URL only, in one order', () => {
    expect(chartParamsOf({ clicks: '2', 'hide.trend': 'PyTorch', conf: 'CVPR', password: 'x' })).toEqual({
      conf: 'CVPR',
      'hide.trend': 'PyTorch',
    })
    expect(Object.keys(chartParamsOf({ 'hide.trend': 'a', conf: 'b' }))).toEqual(['conf', 'hide.trend'])
    expect(chartParamsOf({ conf: undefined, 'hide.later': null })).toEqual({})
  })
  it("replaces a window's chart parameters and keeps Slidev's", () => {
    expect(withChartParams({ clicks: '1', conf: 'ICLR', 'hide.x': 'A' }, { conf: 'CVPR' })).toEqual({
      clicks: '1',
      conf: 'CVPR',
    })
  })
  it('is applied on the slide it belongs to, by a window other than the one that set it, when it differs', () => {
    const sync = { page: 3, params: { conf: 'CVPR' }, by: 'presenter' }
    expect(queryToApply(sync, 3, { clicks: '2' }, 'audience')).toEqual({ clicks: '2', conf: 'CVPR' })
    expect(queryToApply(sync, 4, { clicks: '2' }, 'audience')).toBeUndefined()
    expect(queryToApply(sync, 3, { clicks: '2' }, 'presenter')).toBeUndefined()
    expect(queryToApply(sync, 3, { conf: 'CVPR' }, 'audience')).toBeUndefined()
    // A presenter who shows "All" again takes the audience's conference away.
    expect(queryToApply({ ...sync, params: {} }, 3, { conf: 'CVPR', clicks: '1' }, 'audience')).toEqual({ clicks: '1' })
  })
})

describe("the remote's notes", () => {
  it('give a block the click of its first mark, and a block without one the last mark before it', () => {
    expect(clicksOfBlocks([[], [1], [], [2, 3], []])).toEqual([0, 1, 1, 2, 3])
    expect(clicksOfBlocks([])).toEqual([])
  })
  it('tell past, current and future apart', () => {
    expect([0, 1, 2].map(b => noteState(b, 1))).toEqual(['past', 'current', 'future'])
  })
})

describe('npm run present: what it prints', () => {
  it('makes passwords that are new each time, easy to read off a screen', () => {
    const a = newPassword()
    expect(a).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    expect(a).not.toMatch(/[01lo]/)
    expect(newPassword()).not.toBe(a)
  })
  it('gives the phone an address on the local network, never loopback', () => {
    const lan = lanAddresses({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true } as never],
      eth0: [
        { address: 'fe80::1', family: 'IPv6', internal: false } as never,
        { address: '192.168.1.20', family: 'IPv4', internal: false } as never,
      ],
    })
    expect(lan).toEqual(['192.168.1.20'])
    const urls = talkUrls(3030, 'a b&c', lan[0])
    expect(urls.projector).toBe('http://localhost:3030/')
    expect(urls.presenter).toBe('http://localhost:3030/presenter/?password=a%20b%26c')
    expect(urls.phone).toBe('http://192.168.1.20:3030/remote?password=a%20b%26c')
    expect(talkUrls(3030, 'x', undefined).phone).toBeUndefined()
  })
})

// --- the server's guard, driven as Vite's connect stack drives it ---
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

function middlewareOf(plugin: Plugin): Middleware | undefined {
  let found: Middleware | undefined
  const server = { middlewares: { use: (fn: Middleware) => (found = fn) } } as unknown as ViteDevServer
  ;(plugin.configureServer as (s: ViteDevServer) => void)(server)
  return found
}

interface Answer {
  passed: boolean
  status?: number
  headers: Record<string, string>
}

function request(
  mw: Middleware,
  opts: { method?: string; url: string; from?: string; origin?: string; cookie?: string; body?: string },
): Promise<Answer> {
  const req = Readable.from(opts.body ? [opts.body] : []) as unknown as IncomingMessage
  Object.assign(req, {
    method: opts.method ?? 'GET',
    url: opts.url,
    socket: { remoteAddress: opts.from ?? '192.168.1.30' },
    headers: { host: 'deck.local:3030', origin: opts.origin, cookie: opts.cookie },
  })
  return new Promise(resolve => {
    const answer: Answer = { passed: false, headers: {} }
    const res = {
      statusCode: 200,
      setHeader: (k: string, v: string) => (answer.headers[k.toLowerCase()] = v),
      end: () => resolve({ ...answer, status: res.statusCode }),
    }
    mw(req, res as unknown as ServerResponse, () => resolve({ ...answer, passed: true }))
  })
}

describe("npm run present's guard on the dev server", () => {
  const plugin = presentGuard('open-sesame')
  const mw = middlewareOf(plugin)!

  it('refuses writes to the slides and moves of the talk from the network without the password', async () => {
    expect((await request(mw, { method: 'POST', url: '/__slidev/slides/3.json', body: '{}' })).status).toBe(403)
    expect((await request(mw, { method: 'POST', url: '/@server-reactive/nav', body: '{}' })).status).toBe(403)
    expect((await request(mw, { method: 'POST', url: '/__mcp' })).status).toBe(403)
    expect((await request(mw, { url: '/__open-in-editor?file=slides.md' })).status).toBe(403)
  })
  it('lets anyone read', async () => {
    expect((await request(mw, { url: '/3' })).passed).toBe(true)
    expect((await request(mw, { url: '/__slidev/slides/3.json' })).passed).toBe(true)
  })
  it('lets the laptop itself drive, unless a foreign page makes its browser send the request', async () => {
    const local = { method: 'POST', url: '/@server-reactive/nav', from: '127.0.0.1' }
    expect((await request(mw, local)).passed).toBe(true)
    expect((await request(mw, { ...local, from: '::1', origin: 'http://deck.local:3030' })).passed).toBe(true)
    expect((await request(mw, { ...local, origin: 'http://evil.example' })).status).toBe(403)
  })
  it('gives a cookie for the right password only, and the cookie opens the writes', async () => {
    expect((await request(mw, { method: 'POST', url: '/__deck/unlock', body: 'guess' })).status).toBe(403)
    expect((await request(mw, { method: 'POST', url: '/__deck/unlock' })).status).toBe(403)
    const ok = await request(mw, { method: 'POST', url: '/__deck/unlock', body: 'open-sesame' })
    expect(ok.status).toBe(204)
    const cookie = ok.headers['set-cookie'].split(';')[0]
    expect(ok.headers['set-cookie']).toMatch(/HttpOnly/)
    expect(cookie).not.toContain('open-sesame')
    expect((await request(mw, { method: 'POST', url: '/@server-reactive/nav', cookie })).passed).toBe(true)
    expect((await request(mw, { method: 'POST', url: '/__deck/unlock', cookie })).status).toBe(204)
    const forged = `${cookie.split('=')[0]}=${'x'.repeat(43)}`
    expect((await request(mw, { method: 'POST', url: '/@server-reactive/nav', cookie: forged })).status).toBe(403)
  })
  it('tells the browser that a password is needed, not the password', () => {
    const transform = plugin.transform as (code: string, id: string) => string | undefined
    const out = transform('export default {"title":"T","remote":"open-sesame"}', '/@slidev/configs')!
    expect(out).not.toContain('open-sesame')
    expect(JSON.parse(out.replace('export default ', ''))).toEqual({ title: 'T', remote: true })
  })
  it('does nothing when the deck is not being presented', () => {
    const off = presentGuard('')
    expect(middlewareOf(off)).toBeUndefined()
    expect(
      (off.transform as (c: string, id: string) => unknown)('export default {}', '/@slidev/configs'),
    ).toBeUndefined()
  })
})

describe('guard helpers', () => {
  it('classify requests, addresses, origins and cookies', () => {
    expect(isGuarded('POST', '/anything')).toBe(true)
    expect(isGuarded('GET', '/x?y')).toBe(false)
    expect(isGuarded('GET', '/__open-in-editor?file=a')).toBe(true)
    expect(isLoopback('127.0.0.1')).toBe(true)
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true)
    expect(isLoopback('192.168.1.2')).toBe(false)
    expect(isLoopback(undefined)).toBe(false)
    expect(isSameOrigin(undefined, 'a:1')).toBe(true)
    expect(isSameOrigin('http://a:1', 'a:1')).toBe(true)
    expect(isSameOrigin('http://a:2', 'a:1')).toBe(false)
    expect(isSameOrigin('null', 'a:1')).toBe(false)
    expect(cookieValue('a=1; deck=x=y; b=2', 'deck')).toBe('x=y')
    expect(cookieValue(undefined, 'deck')).toBeUndefined()
  })
})
