// Plain functions scripts/build.ts uses to make a built edition work on static hosts: the routes that get a
// real file, the social-card meta, and the CJK font subsets an edition actually uses. Tested in
// tests/unit/hosting.test.ts without a build.
import type { Locale } from './locale'
import { EDITIONS, editionOf } from './editions'

/**
 * The client-side routes of an edition that get their own copy of index.html, so that a host which only
 * serves files (GitHub Pages) answers a deep link with 200 and the deck instead of its 404 page.
 * Paths are relative to the edition's base, without slashes at either end.
 */
export function deckRoutes(slideCount: number): string[] {
  if (!Number.isInteger(slideCount) || slideCount < 1)
    throw new Error(`deckRoutes: slideCount must be a whole number >= 1, got ${slideCount}`)
  const nos = Array.from({ length: slideCount }, (_, i) => String(i + 1))
  return [
    ...nos,
    'presenter',
    ...nos.map(n => `presenter/${n}`),
    'overview',
    'notes',
    // The phone remote (components/RemoteView.vue): `<base>remote` opens it where the talk is.
    'remote',
    ...nos.map(n => `remote/${n}`),
  ]
}

/**
 * DECK_SITE_URL as an origin: "https://owner.github.io" (a trailing slash is dropped). A path, query or hash is
 * refused: the base path comes from the build, and two sources for it would disagree.
 */
export function parseSiteUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new Error(`DECK_SITE_URL must be an absolute http(s) URL such as https://owner.github.io, got "${raw}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DECK_SITE_URL must start with https:// or http://, got "${raw}"`)
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `DECK_SITE_URL is the site's origin without a path (the base path comes from the build), got "${raw}"`,
    )
  return url.origin
}

/**
 * The site's origin for a build: DECK_SITE_URL, else what the host's build environment documents: Netlify's
 * `URL` (with NETLIFY=true), Vercel's `VERCEL_PROJECT_PRODUCTION_URL` (a host name). Undefined elsewhere.
 */
export function siteUrlFromEnv(env: Record<string, string | undefined>): string | undefined {
  if (env.DECK_SITE_URL?.trim()) return parseSiteUrl(env.DECK_SITE_URL)
  if (env.NETLIFY === 'true' && env.URL) return parseSiteUrl(env.URL)
  if (env.VERCEL_PROJECT_PRODUCTION_URL) return parseSiteUrl(`https://${env.VERCEL_PROJECT_PRODUCTION_URL}`)
  return undefined
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export interface SocialOptions {
  /** The edition's base path, e.g. "/tf-vs-pytorch/zh/". */
  base: string
  /** From parseSiteUrl; without it no URL in the head is made absolute. */
  siteUrl?: string
}

/**
 * Rewrites the social meta of a built index.html: og:image absolute and og:url set when the site's origin is
 * known, twitter:card for a large image, og:type. Slidev writes og:image as the asset path Vite gave it
 * (base-absolute, e.g. /tf-vs-pytorch/assets/og-image-XXXX.png) or, for an image it did not process, "./x.png";
 * both become base-absolute so that copies of the page in sub-folders point at the same image.
 */
export function socialHead(html: string, { base, siteUrl }: SocialOptions): string {
  if (!/^\/(?:.*\/)?$/.test(base)) throw new Error(`socialHead: base must start and end with "/", got "${base}"`)
  const image = html.match(/<meta property="og:image" content="([^"]*)">/)
  if (!image) throw new Error('socialHead: the page has no og:image meta (set seoMeta.ogImage in the headmatter)')
  let src = image[1]
  if (src.startsWith('./')) src = base + src.slice(2)
  else if (!src.startsWith('/') && !/^https?:\/\//.test(src)) src = base + src
  if (siteUrl && src.startsWith('/')) src = siteUrl + src
  const tags = [
    `<meta property="og:image" content="${escapeAttr(src)}">`,
    '<meta property="og:image:width" content="1200">',
    '<meta property="og:image:height" content="630">',
    '<meta property="og:type" content="website">',
    ...(siteUrl ? [`<meta property="og:url" content="${escapeAttr(siteUrl + base)}">`] : []),
    '<meta name="twitter:card" content="summary_large_image">',
  ]
  // Drop whatever Slidev wrote for the tags set here, so each appears once.
  const cleaned = html.replace(
    /<meta (?:property|name)="(?:og:url|og:type|og:image:width|og:image:height|twitter:card)" content="[^"]*">\s*/g,
    '',
  )
  return cleaned.replace(image[0], tags.join('\n'))
}

/** One @font-face of a CSS file: its woff2 file name and the code points it covers. */
export interface FontFace {
  family: string
  file: string
  ranges: Array<[number, number]>
}

/** The @font-face rules of a (built) CSS file that have a woff2 source and a unicode-range. */
export function fontFaces(css: string): FontFace[] {
  const faces: FontFace[] = []
  for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    const family = block.match(/font-family:\s*['"]?([^;'"]+)['"]?/)?.[1]
    const file = block.match(/url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/)?.[1]
    const range = block.match(/unicode-range:\s*([^;}]+)/)?.[1]
    if (!family || !file || !range) continue
    const ranges = range.split(',').map((r): [number, number] => {
      const m = r.trim().match(/^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i)
      if (!m) throw new Error(`fontFaces: cannot read unicode-range "${r.trim()}" of ${file}`)
      if (m[1].includes('?'))
        return [Number.parseInt(m[1].replace(/\?/g, '0'), 16), Number.parseInt(m[1].replace(/\?/g, 'f'), 16)]
      const lo = Number.parseInt(m[1], 16)
      return [lo, m[2] ? Number.parseInt(m[2], 16) : lo]
    })
    faces.push({ family, file: file.split('/').pop()!, ranges })
  }
  return faces
}

/**
 * The code points a built edition can show, read off its HTML and JavaScript: the slide text, chart labels
 * and data are strings there, possibly written as \uXXXX escapes.
 */
export function codePointsOf(sources: string[]): Set<number> {
  const points = new Set<number>()
  for (const src of sources) {
    const text = src
      .replace(/\\u\{([0-9a-f]+)\}/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
      .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    for (const ch of text) {
      const cp = ch.codePointAt(0)!
      if (cp > 0x7f) points.add(cp)
    }
  }
  return points
}

/** The faces whose unicode-range holds at least one of the code points: the subsets a page can ever load. */
export function facesUsed(faces: FontFace[], points: Set<number>): FontFace[] {
  return faces.filter(f => [...points].some(cp => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)))
}

/**
 * The same place in the other edition: each edition lives at the site's base plus its `sub` (lib/editions.ts),
 * English at <base>, Chinese at <base>zh/. `base` is this edition's base, `route` the path after it ("7",
 * "presenter/3", "" for the start), `search` the query string with its "?" (chart state, clicks), kept as it is.
 */
export function otherEditionUrl(base: string, locale: Locale, route: string, search: string): string {
  const here = editionOf(locale)
  if (!base.endsWith(`/${here.sub}`))
    throw new Error(`otherEditionUrl: the ${locale} edition's base must end in "${here.sub || '/'}", got "${base}"`)
  const other = `${base.slice(0, base.length - here.sub.length)}${EDITIONS.find(e => e !== here)!.sub}`
  return `${other}${route.replace(/^\/+/, '')}${search}`
}
