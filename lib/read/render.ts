// The reading view: the whole talk as one static, article-like HTML page, built from the same Markdown, data and
// option builders as the deck. Pure: it gets the parsed slides and a chart renderer, and returns the page.
import type { DeckData } from '../data/schema'
import type { Locale } from '../i18n'
import type { ChartSvg, RenderContext } from './components'
import MarkdownIt from 'markdown-it'
import { translator } from '../i18n'
import { escapeHtml } from '../table'
import { renderComponents } from './components'
import { readingCss } from './style'

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

export function renderReadingView(input: ReadingViewInput): RenderedPage {
  const t = translator(input.locale)
  const ctx: RenderContext = {
    locale: input.locale,
    t,
    data: input.data,
    chartSvg: input.chartSvg,
    widths: input.widths ?? { narrow: 358, wide: 720 },
    chartCount: 0,
    csvBase: input.csvBase,
    files: new Map(),
    colours: new Map(),
    slideNo: title => input.slides.find(s => s.title === title)?.no,
  }
  const esc = escapeHtml
  const [cover, ...rest] = input.slides
  if (!cover) throw new Error('reading view: the deck has no slides')

  const slideHtml = (s: ReadSlide, shift: number) => {
    const where = `slide ${s.no} ("${s.title}")`
    const body = renderComponents(shiftHeadings(md.render(s.content), shift), ctx, where)
      // The slide's own heading carries the anchor, so `…/read#slide-5` opens at slide 5.
      .replace(/<h([12])>/, `<h$1 id="slide-${s.no}">`)
    const notes = renderComponents(notesToHtml(s.note), ctx, `the notes of ${where}`)
    return { body, notes }
  }

  const first = slideHtml(cover, 0)
  const notesBlock = (notes: string) => (notes ? `<div class="notes">${notes}</div>` : '')
  const deckLink = (no: number) =>
    `<a class="slide-link" href="${esc(input.links.deck)}${no}">${esc(t('read.slideLink', { n: no }))}</a>`
  const sections = rest.map(s => {
    const { body, notes } = slideHtml(s, 1)
    const foot = `${notesBlock(notes)}<p class="slide-foot">${deckLink(s.no)}</p>`
    return `<section class="slide" data-slide="${s.no}">${body}${foot}</section>`
  })

  const other = input.links.other
  const pdf = (href: string | undefined, key: 'read.pdfDeck' | 'read.pdfHandout') =>
    href ? `<a href="${esc(href)}" type="application/pdf" data-pdf>${esc(t(key))}</a>` : ''
  const pdfs = pdf(input.links.pdfs?.deck, 'read.pdfDeck') + pdf(input.links.pdfs?.handout, 'read.pdfHandout')
  const css = readingCss(ctx.colours)
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
  return { html, charts: ctx.chartCount, text: html.replace(/<[^>]+>/g, ' '), files: ctx.files }
}
