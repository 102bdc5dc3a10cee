import type { Page } from '@playwright/test'
import { resolve } from 'node:path'
import { loadDeckData } from '../../lib/data/load'
import { EDITIONS as EDITION_LIST } from '../../lib/editions'
import { resolveFigures } from '../../lib/figures'
import { BASE } from '../../playwright.config'
import { parseDeck, projectRoot } from '../../scripts/lib/deck'

export { BASE }

/** The editions (lib/editions.ts) as scripts/build.ts builds them for the tests: each at BASE + its sub. */
export const EDITIONS = EDITION_LIST.map(e => ({ ...e, base: `${BASE}${e.sub}` }))
export type Edition = (typeof EDITIONS)[number]

/**
 * A slide as parsed from the Markdown. `title` is Slidev's title (frontmatter `title:`, else the first heading):
 * the slide's topic, shown as the kicker. `heading` is the first `# ` line as it renders, figures resolved from data/.
 */
export interface SlideInfo {
  no: number
  title: string
  heading: string
  clicks: number
  note: string
  content: string
}

const deckData = loadDeckData(resolve(projectRoot, 'data'))

/** The slides as Slidev itself parses them from the Markdown, so the walk covers every slide there is. */
export async function slidesOf(entry = 'slides.md'): Promise<SlideInfo[]> {
  const data = await parseDeck(entry)
  const locale = data.headmatter.locale === 'zh' ? 'zh' : 'en'
  return data.slides.map((s, i) => ({
    no: i + 1,
    title: s.title ?? '',
    heading: resolveFigures(/^# (.+)$/m.exec(s.content)?.[1] ?? '', deckData, locale).replace(/<[^>]+>/g, ''),
    clicks: Number(s.frontmatter.clicks ?? 0),
    note: s.note ?? '',
    content: s.content,
  }))
}

/** Each slide's Markdown, in order: to find a slide by what it shows. */
export async function slideContents(entry = 'slides.md'): Promise<string[]> {
  const data = await parseDeck(entry)
  return data.slides.map(s => s.content)
}

export interface Watch {
  problems: string[]
  external: string[]
}

/** Collects console errors/warnings, page errors and any request that leaves the machine. */
export function watchPage(page: Page): Watch {
  const w: Watch = { problems: [], external: [] }
  page.on('console', m => {
    // Playwright's own note when the config blocks the deck's service worker (playwright.config.ts).
    if (m.text() === 'Service Worker registration blocked by Playwright') return
    if (m.type() === 'error' || m.type() === 'warning') w.problems.push(`console.${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', e => w.problems.push(`pageerror: ${e.message}`))
  // A reload or goto of the test's own cancels what the old page was still fetching (Slidev prefetches the chunks of
  // other slides): those aborts, between the navigation's request and the new page's DOMContentLoaded, are the
  // test's doing, not the deck's. Any other failed request is a problem.
  let navigating = false
  page.on('domcontentloaded', () => (navigating = false))
  page.on('requestfailed', r => {
    if (navigating && r.failure()?.errorText === 'net::ERR_ABORTED') return
    w.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`)
  })
  page.on('request', r => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigating = true
    const url = new URL(r.url())
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) w.external.push(r.url())
  })
  return w
}

/** The active slide's chart frames. */
export function chartsOn(page: Page, no: number) {
  return page.locator(`.slidev-page-${no} figure[data-chart]`)
}

/** Text as a heading shows it: Markdown's typographer curls the quotes that the source spells straight. */
export const plainText = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
