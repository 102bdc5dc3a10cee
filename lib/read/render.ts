// The reading view: the whole talk as one static, article-like HTML page, built from the same Markdown, data, option
// builders and Vue components as the deck. Each slide's Markdown becomes HTML (markdown-it), and that HTML, with the
// deck's component tags in it, is rendered as a Vue template by vue/server-renderer with the page's deck context
// (page-deck.ts): the components a slide shows are the slide's own. It gets the parsed slides and a chart renderer,
// and returns the page; it needs the .vue files compiled (Vite's ssrLoadModule in the build, Vitest in the tests).
import type { Component } from 'vue'
import type { DeckData } from '../data/schema'
import type { Locale } from '../i18n'
import type { PageDeck, ChartSvg } from './page-deck'
import MarkdownIt from 'markdown-it'
import { createSSRApp, defineComponent } from 'vue'
import { renderToString } from 'vue/server-renderer'
import Chart from '../../components/Chart.vue'
import FactorCard from '../../components/FactorCard.vue'
import Fig from '../../components/Fig.vue'
import ModelLists from '../../components/ModelLists.vue'
import SourceList from '../../components/SourceList.vue'
import Verdict from '../../components/Verdict.vue'
import When from '../../components/When.vue'
import { DECK } from '../deck-context'
import { translator } from '../i18n'
import { escapeHtml } from '../table'
import { pageDeck } from './page-deck'
import { readingCss } from './style'

export type { ChartSvg }

/** The deck's components a slide (or its notes) may use, rendered on the page as on the slide. */
export const PAGE_COMPONENTS: Readonly<Record<string, Component>> = {
  Chart,
  FactorCard,
  Fig,
  ModelLists,
  SourceList,
  Verdict,
  When,
}

// Slidev's click wrappers and directives: every click is revealed on the page, so they render their content.
const Revealed = defineComponent({
  setup:
    (_, { slots }) =>
    () =>
      Object.values(slots).flatMap(slot => slot?.() ?? []),
})
const CLICK_COMPONENTS = { 'v-click': Revealed, 'v-clicks': Revealed, 'v-after': Revealed, 'v-switch': Revealed }
const CLICK_DIRECTIVES = ['click', 'clicks', 'click-hide', 'after']

/** A component tag the page cannot render stops the build, naming it and where it is. */
function checkTags(html: string, where: string) {
  for (const [, tag] of html.matchAll(/<\/?([A-Za-z][\w-]*)/g)) {
    const isComponent = /^[A-Z]/.test(tag) || tag.includes('-')
    if (isComponent && !(tag in PAGE_COMPONENTS) && !(tag in CLICK_COMPONENTS))
      throw new Error(
        `reading view: <${tag}> on ${where} is not a component the page renders; ` +
          'add it to PAGE_COMPONENTS in lib/read/render.ts',
      )
  }
}

/**
 * What only hydration reads (the page is never hydrated: its script swaps in live charts by itself): fragment and
 * v-if markers, scoped-style ids (the page has its own stylesheet, lib/read/style.ts), empty class and style.
 */
const hydrationOnly = (html: string) =>
  html.replace(/<!--(?:\[|\]|v-if)?-->/g, '').replace(/ data-v-[0-9a-f]{8}(?:="")?| (?:class|style)=""/g, '')

/** Renders HTML with component tags in it as a Vue template, with the page's deck context. */
async function renderTemplate(html: string, deck: PageDeck, where: string, idPrefix: string): Promise<string> {
  checkTags(html, where)
  const app = createSSRApp({ template: html })
  app.config.idPrefix = idPrefix
  // The first error or Vue warning stops the build, naming where it came from.
  const problems: unknown[] = []
  app.config.errorHandler = err => void problems.push(err)
  app.config.warnHandler = msg => void problems.push(new Error(`reading view, ${where}: ${msg}`))
  app.provide(DECK, deck)
  for (const [name, component] of Object.entries({ ...PAGE_COMPONENTS, ...CLICK_COMPONENTS }))
    app.component(name, component)
  for (const name of CLICK_DIRECTIVES) app.directive(name, {})
  const out = await renderToString(app)
  if (problems.length) throw problems[0]
  return hydrationOnly(out)
}

export interface ReadSlide {
  /** 1-based slide number in the deck. */
  no: number
  title: string
  /** The slide's Markdown, frontmatter and notes removed (what @slidev/parser calls `content`). */
  content: string
  /** The speaker notes' Markdown. */
  note: string
}

export interface ReadingViewInput {
  locale: Locale
  /** `lang` of the page, e.g. "en" or "zh-CN". */
  lang: string
  title: string
  description: string
  slides: ReadSlide[]
  data: DeckData
  chartSvg: ChartSvg
  links: {
    /** The deck's own URL; slide N is `${deck}${N}`. */
    deck: string
    /** The other edition's reading view. */
    other: { href: string; lang: string; label: string }
    /** The deck's PDF and the handout (this page printed), where the build has them. */
    pdfs?: { deck?: string; handout?: string }
  }
  /** @font-face rules (already pointing at the copied files). */
  fontCss?: string
  /** Font files to fetch with the page (`<link rel="preload">`), so they are in before the first paint. */
  preloadFonts?: string[]
  /** A stylesheet of more @font-face rules that the script adds after the page has loaded (fonts/cjk.css). */
  lateFontCss?: string
  /** URL prefix for the CSV downloads written beside the page (see RenderedPage.files); else data: URLs. */
  csvBase?: string
  /** The deck's favicon (headmatter `favicon`). */
  favicon?: string
  /** URL of the lazy-interactivity script, if there is one. */
  script?: string
  widths?: { narrow: number; wide: number }
}

const md = new MarkdownIt({ html: true, linkify: false, typographer: false })
// Code is code, not a template: `{{ }}` in it stays as written (as Slidev does).
const fence = md.renderer.rules.fence!
md.renderer.rules.fence = (...args) => fence(...args).replace(/^<pre\b/, '<pre v-pre')

// Slidev's click markers in the notes ("[click] Speed.", "[click:3]") pace the talk; the reader needs none.
export function notesToHtml(note: string): string {
  const text = note.replace(/\[click(?::\d+)?\]\s*/g, '').trim()
  return text ? md.render(text) : ''
}

// Slide headings sit one level below the page's h1 (the talk's title).
function shiftHeadings(html: string, by: number): string {
  if (by === 0) return html
  return html.replace(
    /<(\/?)h([1-6])\b/g,
    (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + by)}`,
  )
}

export interface RenderedPage {
  html: string
  charts: number
  /** Everything the page shows as text (for picking font subsets). */
  text: string
  /** Files to write beside the page, by name relative to `csvBase`. */
  files: Map<string, string>
}

const preloadFont = (href: string) =>
  `<link rel="preload" href="${escapeHtml(href)}" as="font" type="font/woff2" crossorigin>`

export async function renderReadingView(input: ReadingViewInput): Promise<RenderedPage> {
  const t = translator(input.locale)
  const deck = pageDeck({
    locale: input.locale,
    data: input.data,
    chartSvg: input.chartSvg,
    widths: input.widths ?? { narrow: 358, wide: 720 },
    csvBase: input.csvBase,
    slideNo: title => input.slides.find(s => s.title === title)?.no,
  })
  const esc = escapeHtml
  const [cover, ...rest] = input.slides
  if (!cover) throw new Error('reading view: the deck has no slides')

  const slideHtml = async (s: ReadSlide, shift: number) => {
    const where = `slide ${s.no} ("${s.title}")`
    // The slide's own heading carries the anchor, so `…/read#slide-5` opens at slide 5.
    const markdown = shiftHeadings(md.render(s.content), shift).replace(/<h([12])>/, `<h$1 id="slide-${s.no}">`)
    const body = await renderTemplate(markdown, deck, where, `s${s.no}`)
    const note = notesToHtml(s.note)
    const notes = note && (await renderTemplate(note, deck, `the notes of ${where}`, `n${s.no}`))
    return { body, notes }
  }

  const first = await slideHtml(cover, 0)
  const notesBlock = (notes: string) => (notes ? `<div class="notes">${notes}</div>` : '')
  const deckLink = (no: number) =>
    `<a class="slide-link" href="${esc(input.links.deck)}${no}">${esc(t('read.slideLink', { n: no }))}</a>`
  const sections: string[] = []
  for (const s of rest) {
    const { body, notes } = await slideHtml(s, 1)
    const foot = `${notesBlock(notes)}<p class="slide-foot">${deckLink(s.no)}</p>`
    sections.push(`<section class="slide" data-slide="${s.no}">${body}${foot}</section>`)
  }

  const other = input.links.other
  const pdf = (href: string | undefined, key: 'read.pdfDeck' | 'read.pdfHandout') =>
    href ? `<a href="${esc(href)}" type="application/pdf" data-pdf>${esc(t(key))}</a>` : ''
  const pdfs = pdf(input.links.pdfs?.deck, 'read.pdfDeck') + pdf(input.links.pdfs?.handout, 'read.pdfHandout')
  const css = readingCss(deck.colours)
  const coverFoot = `${notesBlock(first.notes)}<p class="slide-foot">${deckLink(cover.no)}</p>`
  const toDeck = `<a href="${esc(input.links.deck)}">${esc(t('read.toDeck'))}</a>`
  const intro = `<p class="intro">${esc(t('read.intro'))}</p>`
  const lateFonts = input.lateFontCss ? `<link rel="stylesheet" href="${esc(input.lateFontCss)}">` : ''
  const otherLang = esc(other.lang)
  const otherLink = `<a href="${esc(other.href)}" lang="${otherLang}" hreflang="${otherLang}">${esc(other.label)}</a>`
  const html = `<!doctype html>
<html lang="${esc(input.lang)}"${input.lateFontCss ? ' data-late-fonts' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.title)}</title>
<meta name="description" content="${esc(input.description)}">
<meta name="color-scheme" content="light dark">
${input.favicon ? `<link rel="icon" href="${esc(input.favicon)}">` : ''}
${(input.preloadFonts ?? []).map(preloadFont).join('')}
<style>${input.fontCss ?? ''}${css}</style>
<noscript><style>.picker{display:none}</style>${lateFonts}</noscript>
</head>
<body>
<header class="top"><nav>${toDeck}${pdfs}${otherLink}</nav></header>
<main>
<article>
<header class="cover" data-slide="${cover.no}">${first.body}${intro}${coverFoot}</header>
${sections.join('\n')}
</article>
</main>
${input.script ? `<script type="module" src="${esc(input.script)}"></script>` : ''}
</body>
</html>
`
  return { html, charts: deck.charts(), text: html.replace(/<[^>]+>/g, ' '), files: deck.files }
}
