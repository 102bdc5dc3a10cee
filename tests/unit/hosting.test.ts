import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  codePointsOf,
  deckRoutes,
  facesUsed,
  fontFaces,
  otherEditionUrl,
  parseSiteUrl,
  siteUrlFromEnv,
  socialHead,
} from '../../lib/hosting'
import { githubPagesRules } from '../../scripts/lib/hosts/github-pages'
import { matchRule, netlifyRules, parseRedirects } from '../../scripts/lib/hosts/netlify'
import type { Answer } from '../../scripts/lib/hosts/static'
import { matchRewrite, readVercelJson, vercelRules } from '../../scripts/lib/hosts/vercel'

const head = (image: string) =>
  `<head><title>T</title>\n<meta property="og:title" content="T">\n` +
  `<meta property="og:image" content="${image}">\n</head>`

describe('deckRoutes', () => {
  it('lists every slide, the presenter for every slide, overview, notes and the remote for every slide', () => {
    expect(deckRoutes(2)).toEqual([
      '1',
      '2',
      'presenter',
      'presenter/1',
      'presenter/2',
      'overview',
      'notes',
      'remote',
      'remote/1',
      'remote/2',
    ])
  })
  it('refuses a count that is not a positive whole number', () => {
    expect(() => deckRoutes(0)).toThrow(/slideCount must be a whole number >= 1, got 0/)
    expect(() => deckRoutes(2.5)).toThrow(/got 2.5/)
  })
})

describe('parseSiteUrl', () => {
  it('takes an origin, dropping a trailing slash', () => {
    expect(parseSiteUrl('https://owner.github.io/')).toBe('https://owner.github.io')
    expect(parseSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080')
  })
  it('is undefined when unset or empty', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined()
    expect(parseSiteUrl('  ')).toBeUndefined()
  })
  it('names what is wrong', () => {
    expect(() => parseSiteUrl('owner.github.io')).toThrow(/absolute http\(s\) URL.*"owner.github.io"/)
    expect(() => parseSiteUrl('ftp://x.org')).toThrow(/https:\/\/ or http:\/\//)
    expect(() => parseSiteUrl('https://owner.github.io/repo/')).toThrow(
      /without a path.*"https:\/\/owner.github.io\/repo\/"/,
    )
  })
})

describe('siteUrlFromEnv', () => {
  it("prefers DECK_SITE_URL, then Netlify's URL, then Vercel's production host", () => {
    expect(siteUrlFromEnv({ DECK_SITE_URL: 'https://a.org', NETLIFY: 'true', URL: 'https://b.netlify.app' })).toBe(
      'https://a.org',
    )
    expect(siteUrlFromEnv({ NETLIFY: 'true', URL: 'https://b.netlify.app' })).toBe('https://b.netlify.app')
    expect(siteUrlFromEnv({ URL: 'https://not-netlify.org' })).toBeUndefined()
    expect(siteUrlFromEnv({ VERCEL_PROJECT_PRODUCTION_URL: 'deck.vercel.app' })).toBe('https://deck.vercel.app')
    expect(siteUrlFromEnv({})).toBeUndefined()
  })
})

describe('socialHead', () => {
  it('makes og:image and og:url absolute with the site URL, and asks for a large card', () => {
    const html = socialHead(head('/deck/zh/assets/og-image.zh-X.png'), {
      base: '/deck/zh/',
      siteUrl: 'https://o.github.io',
    })
    expect(html).toContain('<meta property="og:image" content="https://o.github.io/deck/zh/assets/og-image.zh-X.png">')
    expect(html).toContain('<meta property="og:url" content="https://o.github.io/deck/zh/">')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">')
    expect(html.match(/og:image"/g)).toHaveLength(1)
  })
  it('without the site URL claims no absolute URL, and a relative image becomes base-absolute', () => {
    const html = socialHead(head('./og-image.png'), { base: '/deck/' })
    expect(html).toContain('<meta property="og:image" content="/deck/og-image.png">')
    expect(html).not.toContain('og:url')
    expect(html).not.toMatch(/content="https?:/)
  })
  it('is idempotent', () => {
    const once = socialHead(head('/a/x.png'), { base: '/a/', siteUrl: 'https://s.org' })
    expect(socialHead(once, { base: '/a/', siteUrl: 'https://s.org' })).toBe(once)
  })
  it('says what is missing', () => {
    expect(() => socialHead('<head></head>', { base: '/' })).toThrow(/no og:image/)
    expect(() => socialHead(head('x.png'), { base: 'deck' })).toThrow(/base must start and end with "\/", got "deck"/)
  })
})

describe('font subsets', () => {
  const css = `@font-face{font-family:'Noto Sans SC';
src:url(/b/assets/noto-sans-sc-5-400-normal-AB.woff2) format('woff2'),url(/b/assets/x.woff) format('woff');
unicode-range:U+4e00-4e09,U+ff0c}
@font-face{font-family:'Noto Sans SC';src:url(/b/assets/noto-sans-sc-6-400-normal-CD.woff2) format('woff2');
unicode-range:U+9f8?}
@font-face{font-family:Inter;src:url(/b/assets/inter.woff2)}`
  it('reads the woff2 file and ranges of each face with a unicode-range', () => {
    const faces = fontFaces(css)
    expect(faces.map(f => f.file)).toEqual(['noto-sans-sc-5-400-normal-AB.woff2', 'noto-sans-sc-6-400-normal-CD.woff2'])
    expect(faces[0].ranges).toEqual([
      [0x4e00, 0x4e09],
      [0xff0c, 0xff0c],
    ])
    expect(faces[1].ranges).toEqual([[0x9f80, 0x9f8f]])
  })
  it('keeps only the faces holding a character the text shows, escaped or not', () => {
    const faces = fontFaces(css)
    expect(facesUsed(faces, codePointsOf(['"\\u4e01"'])).map(f => f.file)).toEqual([
      'noto-sans-sc-5-400-normal-AB.woff2',
    ])
    expect(facesUsed(faces, codePointsOf(['龈 only']))).toHaveLength(1) // U+9F88
    expect(facesUsed(faces, codePointsOf(['plain ASCII']))).toEqual([])
  })
  it('names an unreadable range', () => {
    expect(() => fontFaces('@font-face{font-family:X;src:url(a.woff2);unicode-range:U+zz}')).toThrow(
      /cannot read unicode-range "U\+zz" of a.woff2/,
    )
  })
})

describe('otherEditionUrl', () => {
  it('keeps the route and the query string', () => {
    expect(otherEditionUrl('/deck/', 'en', '7', '?x=1')).toBe('/deck/zh/7?x=1')
    expect(otherEditionUrl('/deck/zh/', 'zh', '7', '?x=1')).toBe('/deck/7?x=1')
    expect(otherEditionUrl('/', 'en', 'presenter/3', '')).toBe('/zh/presenter/3')
  })
  it('refuses a Chinese base that is not <base>zh/', () => {
    expect(() => otherEditionUrl('/deck/', 'zh', '1', '')).toThrow(/must end in "zh\/", got "\/deck\/"/)
  })
})

/** A tiny publish directory: index.html, zh/index.html, 3/index.html, a.js, 404.html. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hosts-'))
  for (const [f, text] of [
    ['index.html', 'en'],
    ['zh/index.html', 'zh'],
    ['3/index.html', 'en3'],
    ['a.js', 'js'],
    ['404.html', 'nf'],
  ]) {
    mkdirSync(join(dir, f, '..'), { recursive: true })
    writeFileSync(join(dir, f), text)
  }
  return dir
}
const body = (a: Answer) =>
  a.kind === 'file'
    ? `${a.status} ${readFileSync(a.file, 'utf8')}`
    : a.kind === 'redirect'
      ? `${a.status} -> ${a.location}`
      : `${a.status}`

describe('GitHub Pages rules', () => {
  const rules = githubPagesRules(site(), '/r/')
  it('serves files, folder indexes after a slash redirect, else the root 404.html with 404', () => {
    expect(body(rules('/r/a.js', ''))).toBe('200 js')
    expect(body(rules('/r/', ''))).toBe('200 en')
    expect(body(rules('/r', '?q'))).toBe('301 -> /r/?q')
    expect(body(rules('/r/3', '?x=1'))).toBe('301 -> /r/3/?x=1')
    expect(body(rules('/r/3/', ''))).toBe('200 en3')
    expect(body(rules('/r/zh/7', ''))).toBe('404 nf')
    expect(rules('/other/', '').status).toBe(404)
  })
})

describe('Netlify rules', () => {
  it('parses _redirects and names a bad line', () => {
    expect(parseRedirects('# c\n/a/*  /a/index.html  200\n/b /c 302!\n')).toEqual([
      { from: '/a/*', to: '/a/index.html', status: 200, force: false },
      { from: '/b', to: '/c', status: 302, force: true },
    ])
    expect(() => parseRedirects('/a\n')).toThrow(/line 1: expected "from to \[status\]", got "\/a"/)
  })
  it('fills :splat and :name', () => {
    expect(matchRule({ from: '/old/*', to: '/new/:splat', status: 301, force: false }, '/old/x/y')).toBe('/new/x/y')
    expect(matchRule({ from: '/u/:id/*', to: '/p/:id', status: 200, force: false }, '/u/5/z')).toBe('/p/5')
    expect(matchRule({ from: '/old/*', to: '/', status: 301, force: false }, '/older')).toBeUndefined()
  })
  it('serves files first, then the first matching rule', () => {
    const dir = site()
    writeFileSync(join(dir, '_redirects'), '/zh/*  /zh/index.html  200\n/*  /index.html  200\n')
    const rules = netlifyRules(dir)
    expect(body(rules('/a.js', ''))).toBe('200 js')
    expect(body(rules('/3', ''))).toBe('200 en3')
    expect(body(rules('/zh/7', ''))).toBe('200 zh')
    expect(body(rules('/9', ''))).toBe('200 en')
    writeFileSync(join(dir, '_redirects'), '/*  /index.html  200\n/zh/*  /zh/index.html  200\n')
    expect(body(rules('/zh/7', '')), 'the catch-all first wins').toBe('200 en')
    writeFileSync(join(dir, '_redirects'), '/a.js  /zh/index.html  200!\n')
    expect(body(rules('/a.js', '')), 'a forced rule beats the file').toBe('200 zh')
  })
})

describe('Vercel rules', () => {
  it('matches path-to-regexp sources', () => {
    expect(matchRewrite({ source: '/zh/(.*)', destination: '/zh/index.html' }, '/zh/7')).toBe('/zh/index.html')
    expect(matchRewrite({ source: '/zh/(.*)', destination: '/zh/index.html' }, '/zhx')).toBeUndefined()
    expect(matchRewrite({ source: '/p/:id', destination: '/q/:id' }, '/p/4')).toBe('/q/4')
    expect(matchRewrite({ source: '/(.*)', destination: '/$1.html' }, '/a')).toBe('/a.html')
  })
  it('checks the filesystem first, then the real vercel.json in order: Chinese paths get the Chinese deck', () => {
    const rules = vercelRules(site(), resolve(import.meta.dirname, '../../vercel.json'))
    expect(body(rules('/a.js', ''))).toBe('200 js')
    expect(body(rules('/3', ''))).toBe('200 en3')
    expect(body(rules('/zh/7', ''))).toBe('200 zh')
    expect(body(rules('/zh/presenter/3', ''))).toBe('200 zh')
    expect(body(rules('/9', ''))).toBe('200 en')
  })
  it('names a bad rewrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vercel-'))
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ rewrites: [{ source: 'zh', destination: '/' }] }))
    expect(() => readVercelJson(join(dir, 'v.json'))).toThrow(/rewrites\[0\] needs a "source" starting with "\/"/)
  })
})
