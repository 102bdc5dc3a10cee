// Static renderings of the components the slides use, for the reading view. Each one draws from the same pure
// functions and data as its Vue component; a tag with no entry here stops the build (see renderComponents).
import type { ChartModel } from '../charts/common'
import type { DeckData } from '../data/schema'
import type { Locale, Translate } from '../i18n'
import type { ChartProps, ChartSpec } from '../charts/spec'
import { chartFileName } from '../charts/spec'
import { FULL_CHART } from '../chart-state'
import { eventDate, figures } from '../figures'
import { listSeparator } from '../i18n'
import { palettes } from '../palette'
import { modelLists } from '../model-lists'
import { noteIn } from '../notes'
import { escapeHtml, tableToCsv } from '../table'
import { isVerdict, VERDICT_MARKS, VERDICTS } from '../verdict'
import { chartSpec } from '../charts'
import { citedSources, sourceLabel } from '../sources'
import { fitToWidth } from '../charts/narrow'

export type ChartSvg = (model: ChartModel, opts: { width: number; height: number; theme: 'light' | 'dark' }) => string

export interface RenderContext {
  locale: Locale
  t: Translate
  data: DeckData
  chartSvg: ChartSvg
  /** Widths the charts are drawn at: `narrow` for phones, `wide` for the reading column on larger screens. */
  widths: { narrow: number; wide: number }
  /** Counts charts, so each figure gets a page-unique id. */
  chartCount: number
  /** Where the CSV downloads are served from (files written beside the page); without it they are data: URLs. */
  csvBase?: string
  /** CSV files to write, by file name, when `csvBase` is set. */
  files: Map<string, string>
  /** The number of the slide with this title (frontmatter `title:`), for links within the page. */
  slideNo: (title: string) => number | undefined
  /** Pairs of (light, dark) colours seen in the charts' SVG, for the dark-mode stylesheet. */
  colours: Map<string, Set<string>>
}

type Attrs = Record<string, string | number | boolean>
type StaticComponent = (attrs: Attrs, ctx: RenderContext) => string

const esc = (v: unknown) => escapeHtml(String(v))

function figureMap(ctx: RenderContext) {
  return figures(ctx.data, ctx.locale) as Record<string, string>
}

const components: Record<string, StaticComponent> = {
  Fig: (a, ctx) => {
    const all = figureMap(ctx)
    const k = String(a.k)
    if (!(k in all)) throw new Error(`<Fig k="${k}"> is not a figure; see lib/figures.ts`)
    return `<span class="fig" data-fig="${esc(k)}">${esc(all[k])}</span>`
  },
  When: (a, ctx) =>
    `<span class="fig" data-event="${esc(a.e)}">${esc(eventDate(ctx.data, String(a.e), ctx.locale))}</span>`,
  // The reading view links the other edition in its header; a second switch inside the cover would repeat it.
  LangSwitch: () => '',
  ModelLists: (_a, ctx) => {
    const groups = modelLists(ctx.data.models, ctx.t)
    const sections = groups.map(g => {
      const items = g.items
        .map(m => {
          const note = noteIn(ctx.locale, 'model', m.name, m.note)
          return `<li${note ? ` title="${esc(note)}"` : ''}>${esc(m.name)}</li>`
        })
        .join('')
      const heading = `<h3>${esc(g.title)} <span class="count">${g.items.length}</span></h3>`
      return `<section class="model-group" data-collection="${esc(g.collection)}">${heading}<ul>${items}</ul></section>`
    })
    return `<div class="model-lists">${sections.join('')}</div>`
  },
  SourceList: (_a, ctx) => {
    const sep = listSeparator(ctx.locale)
    const item = (s: (typeof ctx.data.sources)[number]) => {
      const publisher = s.publisher ? `<b>${esc(s.publisher)}</b>${sep}` : ''
      const date = s.date ? `${esc(s.date)}${sep}` : ''
      const title = s.url ? `<a href="${esc(s.url)}">${esc(s.title)}</a>` : esc(s.title)
      const note = s.note ? `<span class="note">${sep}${esc(noteIn(ctx.locale, 'source', s.id, s.note))}</span>` : ''
      const kind = `${esc(ctx.t(`sources.${s.kind}`))} · ${esc(ctx.t(`sources.medium.${s.medium}`))}`
      return `<li data-source="${esc(s.id)}">${publisher}${date}${title}${note} <span class="kind">${kind}</span></li>`
    }
    return `<ol class="source-list">${ctx.data.sources.map(item).join('')}</ol>`
  },
  // A factor card links to its slide's section of this page, found by the slide's title; its verdict is the slot.
  FactorCard: (a, ctx) => {
    const no = ctx.slideNo(String(a.to))
    if (no === undefined) throw new Error(`<FactorCard to="${a.to}">: no slide has that title`)
    return `<a class="factor-card" href="#slide-${no}" data-factor="${esc(a.to)}"><b>${esc(a.to)}</b> `
  },
  Verdict: (a, ctx) => {
    const v = String(a.v)
    if (!isVerdict(v)) throw new Error(`<Verdict v="${v}">: expected one of ${VERDICTS.join(', ')}`)
    const mark = `<span aria-hidden="true">${VERDICT_MARKS[v]}</span>`
    return `<span class="verdict" data-verdict="${esc(v)}">${mark} ${esc(ctx.t(`verdict.${v}`))}</span>`
  },
}

components.Chart = (a, ctx) => {
  const { name, ...props } = a
  return chartFigure(chartSpec(String(name)), props, ctx)
}

export const staticComponents: Readonly<Record<string, StaticComponent>> = components

/** What a component with a slot closes with; components without a slot close with nothing. */
const closers: Readonly<Record<string, string>> = { FactorCard: '</a>' }

/** Records which dark colour each light colour of a chart becomes, by walking both SVGs in step. */
function pairColours(light: string, dark: string, into: Map<string, Set<string>>) {
  const attrs = /\b(fill|stroke|stop-color)="([^"]*)"/g
  const a = [...light.matchAll(attrs)]
  const b = [...dark.matchAll(attrs)]
  if (a.length !== b.length)
    throw new Error(
      `reading view: the light and dark SVG of a chart differ in shape (${a.length} vs ${b.length} colours)`,
    )
  a.forEach((m, i) => {
    if (m[2] === b[i][2]) return
    if (!into.has(m[2])) into.set(m[2], new Set())
    into.get(m[2])!.add(b[i][2])
  })
}

function svgBlock(
  spec: ChartSpec,
  model: (theme: 'light' | 'dark') => ChartModel,
  width: number,
  height: number,
  cls: string,
  ctx: RenderContext,
): string {
  const fitted = (theme: 'light' | 'dark') => {
    const m = model(theme)
    return { ...m, option: fitToWidth(spec, m.option, width) }
  }
  const light = ctx.chartSvg(fitted('light'), { width, height, theme: 'light' })
  const dark = ctx.chartSvg(fitted('dark'), { width, height, theme: 'dark' })
  pairColours(light, dark, ctx.colours)
  // The chart is described by the figure's caption and table; the SVG itself is decoration for assistive tech.
  // A picture, not a widget: no hover styles or classes (the live chart brings its own); it scales with its box.
  let svg = light
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\sclass="zr\d+-cls-\d+"/g, '')
    .replace(/^<svg\b/, `<svg aria-hidden="true" focusable="false"`)
    .replace(/^(<svg\b[^>]*?)\s(?:width|height)="[\d.]+"/, '$1')
    .replace(/^(<svg\b[^>]*?)\s(?:width|height)="[\d.]+"/, '$1')
  if (!/^<svg\b[^>]*\sviewBox=/.test(svg)) svg = svg.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`)
  const box = `class="chart-svg ${cls}" style="aspect-ratio:${width}/${height}" data-w="${width}" data-h="${height}"`
  return `<div ${box}>${svg}</div>`
}

function chartFigure(spec: ChartSpec, props: ChartProps, ctx: RenderContext): string {
  const env = (theme: 'light' | 'dark') => ({ locale: ctx.locale, t: ctx.t, palette: palettes[theme] })
  // Every click revealed (no step), every conference pooled.
  const state = FULL_CHART
  const model = spec.model(props, ctx.data, env('light'), state)
  const id = `chart-${++ctx.chartCount}`
  const name = chartFileName(spec, props, FULL_CHART, ctx.locale, 'csv').replace(/\.csv$/, '')
  const { narrow, wide } = ctx.widths
  const draw = (width: number, cls: string) =>
    svgBlock(spec, theme => spec.model(props, ctx.data, env(theme), state), width, spec.height(width), cls, ctx)

  const cited = citedSources(model.sources, ctx.data.sources, name).map(s => {
    const label = esc(sourceLabel(s))
    return s.url ? `<a href="${esc(s.url)}">${label}</a>` : label
  })
  const csvText = tableToCsv(model.table, ctx.data.sources, ctx.t('frame.source'))
  // A file beside the page keeps the HTML small (it is all downloaded before the first paint); a data: URL
  // works anywhere.
  let csv = `data:text/csv;charset=utf-8,${encodeURIComponent(csvText)}`
  if (ctx.csvBase !== undefined) {
    ctx.files.set(`${name}.csv`, csvText)
    csv = `${ctx.csvBase}${name}.csv`
  }
  const head = model.table.columns.map(c => `<th scope="col">${esc(c)}</th>`).join('')
  const body = model.table.rows.map(r => `<tr>${r.map(c => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')
  const table = `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  const options = spec.picker?.(props, ctx.data)
  const label = esc(ctx.t('picker.label'))
  const button = (o: string) =>
    `<button type="button" role="radio" data-value="${esc(o)}" aria-checked="${o === 'all'}">` +
    `${esc(o === 'all' ? ctx.t('picker.all') : o)}</button>`
  const picker = options
    ? `<div class="picker" role="radiogroup" aria-label="${label}"><span class="picker-label">${label}</span>` +
      `${['all', ...options].map(button).join('')}</div>`
    : ''
  const spec64 = esc(JSON.stringify({ c: spec.name, p: props }))
  return (
    `<figure class="chart" id="${id}" data-chart="${esc(spec.name)}" data-spec="${spec64}">${picker}` +
    `<div class="chart-box">${draw(narrow, 'narrow')}${draw(wide, 'wide')}</div>` +
    `<figcaption><p class="chart-title">${esc(model.aria)}</p>` +
    `<p class="chart-source">${esc(ctx.t('frame.sourceLine'))} ${cited.join('; ')}</p></figcaption>` +
    `<details class="chart-table"><summary>${esc(ctx.t('frame.table'))}</summary>${table}</details>` +
    `<p class="chart-actions"><a href="${csv}" download="${esc(name)}.csv">${esc(ctx.t('frame.data'))}</a></p></figure>`
  )
}

// Vue-style attributes: `k="x"` is a string, `:from="2017"` a literal expression, a bare `steps` is true.
function parseAttrs(src: string, tag: string): Attrs {
  const out: Attrs = {}
  for (const m of src.matchAll(/([:@]?[\w.-]+)(?:\s*=\s*"([^"]*)")?/g)) {
    const [, rawName, value] = m
    if (rawName.startsWith('@')) continue
    if (rawName.startsWith(':')) {
      const v = (value ?? '').trim()
      let parsed: string | number | boolean
      if (/^-?\d+(?:\.\d+)?$/.test(v)) parsed = Number(v)
      else if (v === 'true' || v === 'false') parsed = v === 'true'
      else if (/^'[^']*'$/.test(v)) parsed = v.slice(1, -1)
      else
        throw new Error(
          `<${tag} ${rawName}="${v}">: the reading view only understands literal props ` +
            `(numbers, 'strings', true/false)`,
        )
      out[rawName.slice(1)] = parsed
    } else {
      out[rawName] = value ?? true
    }
  }
  return out
}

// Slidev's click directives: every click is revealed in the reading view, so the wrappers simply go.
const CLICK_TAGS = new Set(['v-click', 'v-clicks', 'v-after', 'v-switch'])
const CLICK_ATTR = /\s(?:v-click(?:-hide)?|v-after|v-clicks)(?:\.\w+)*(?:="[^"]*")?(?=[\s/>])/g

/**
 * Replaces every component tag in rendered slide HTML by its static rendering. `where` names the slide in errors.
 * A PascalCase or kebab-case tag without a static rendering throws, naming it.
 */
export function renderComponents(html: string, ctx: RenderContext, where: string): string {
  return html.replace(
    /<(\/?)([A-Za-z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>/g,
    (whole, close: string, tag: string, attrs: string) => {
      if (CLICK_TAGS.has(tag)) return ''
      const isComponent = /^[A-Z]/.test(tag) || tag.includes('-')
      if (!isComponent) return whole.replace(CLICK_ATTR, '')
      const render = staticComponents[tag]
      if (!render)
        throw new Error(`reading view: <${tag}> on ${where} has no static rendering; add one to lib/read/components.ts`)
      if (close) return closers[tag] ?? ''
      return render(parseAttrs(attrs, tag), ctx)
    },
  )
}
