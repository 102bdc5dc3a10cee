// A chart as a picture to reuse elsewhere: the bare chart from chart-svg.ts, framed with its title, what it
// shows (conference, series left out), its units and its source line, on the theme's background.
// Pure string work, so Node (tests, the social card) and the browser (downloads) draw the same image.
import type { EChartsOption } from 'echarts'
import type { ChartModel } from '../charts/common'
import type { Source } from '../sources'
import type { Theme } from './chart-svg'
import { palettes, slideBackground } from '../palette'
import { citedSources, sourceLabel } from '../sources'
import { chartSvg } from './chart-svg'

/**
 * Fonts named in images. A standalone SVG, or one drawn onto a canvas, cannot reach the page's web fonts: the
 * browser download embeds the subsets it needs (lib/render/embed-fonts.ts), and this stack is what a viewer
 * falls back to without them (common Latin and Chinese system fonts, then any sans-serif).
 */
export const IMAGE_FONT_STACK =
  '"Inter Variable", Inter, "Noto Sans SC", "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", ' +
  '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
}

/** The value axis's name (e.g. "% of all papers"): what the numbers are counted in. */
export function unitsOf(option: EChartsOption): string | undefined {
  const axes = [option.yAxis, option.xAxis].flatMap(a => (Array.isArray(a) ? a : a ? [a] : [])) as {
    type?: string
    name?: string
  }[]
  return axes.find(a => a.type === 'value' && a.name)?.name
}

/** "Source: The Gradient (2019), https://…; …" from the model's source ids. */
export function sourceLine(model: ChartModel, sources: readonly Source[], label: string): string {
  const cited = citedSources(model.sources, sources, model.title ?? model.aria).map(s =>
    [sourceLabel(s), s.url].filter(Boolean).join(', '),
  )
  // No space after a full-width colon (来源：).
  return `${label}${/[：:]$/.test(label) && label.endsWith('：') ? '' : ' '}${cited.join('; ')}`
}

// Rough advance widths in em, enough to wrap a line before the image's edge: CJK is square, Latin narrower.
const advance = (ch: string) =>
  /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : /[A-Z@%mwMW]/.test(ch) ? 0.72 : 0.54

/** Splits text into lines no wider than `maxWidth` px at `fontSize`, at spaces where it can (anywhere in CJK). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  const tokens =
    text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/g) ?? []
  for (const token of tokens) {
    const w = [...token].reduce((sum, ch) => sum + advance(ch), 0) * fontSize
    if (width + w > maxWidth && line.trim()) {
      lines.push(line.trim())
      line = ''
      width = 0
      if (/^\s+$/.test(token)) continue
    }
    line += token
    width += w
  }
  if (line.trim()) lines.push(line.trim())
  return lines
}

export interface FrameText {
  title: string
  /** What the chart shows beyond its defaults (the conference, series left out). */
  subtitle?: string
  /** e.g. "Units: % of all papers". */
  units?: string
  source: string
  /** The long description (lib/explore), for the image's <desc>: screen readers read it with the <title>. */
  description?: string
}

export interface FramedOptions {
  /** Size of the chart itself, as on the slide; the frame adds a header and a footer. */
  width: number
  height: number
  theme: Theme
  hidden?: Iterable<string>
  text: FrameText
  /** CSS put in the SVG's <style>, e.g. @font-face rules with embedded fonts. */
  fontCss?: string
  fontFamily?: string
}

export interface FramedImage {
  svg: string
  width: number
  height: number
}

const PAD = 20

/** The chart with its title, subtitle, units and source drawn into one standalone SVG. */
export function framedChartSvg(model: ChartModel, opts: FramedOptions): FramedImage {
  const font = opts.fontFamily ?? IMAGE_FONT_STACK
  const chart = chartSvg(model, {
    width: opts.width,
    height: opts.height,
    theme: opts.theme,
    hidden: opts.hidden,
    fontFamily: font,
  })
  const p = palettes[opts.theme]
  const width = Math.round(opts.width) + 2 * PAD
  const inner = width - 2 * PAD
  const out: string[] = []
  let y = PAD
  const lines = (text: string | undefined, size: number, colour: string, weight = 'normal', gap = 4) => {
    if (!text) return
    for (const line of wrapText(text, size, inner)) {
      y += size
      out.push(
        `<text x="${PAD}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${colour}">` +
          `${escapeXml(line)}</text>`,
      )
      y += gap
    }
  }
  lines(opts.text.title, 20, p.text, 'bold', 6)
  lines(opts.text.subtitle, 14, p.text)
  lines(opts.text.units, 13, p.muted)
  y += 8
  const chartY = y
  y += Math.round(opts.height) + 8
  lines(opts.text.source, 12, p.muted)
  const height = y + PAD - 4
  // The chart goes in as a nested <svg>: its own viewport, so its coordinates need no rewriting.
  const nested = chart.replace(/^<svg\b/, `<svg x="${PAD}" y="${chartY}"`)
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}" role="img" aria-labelledby="image-title${opts.text.description ? ' image-desc' : ''}">`,
    `<title id="image-title">${escapeXml(opts.text.title)}</title>`,
    opts.text.description ? `<desc id="image-desc">${escapeXml(opts.text.description)}</desc>` : '',
    opts.fontCss ? `<style><![CDATA[${opts.fontCss.replace(/]]>/g, ']]]]><![CDATA[>')}]]></style>` : '',
    `<rect width="100%" height="100%" fill="${slideBackground[opts.theme]}"/>`,
    ...out,
    nested,
    '</svg>',
  ].join('\n')
  return { svg, width, height }
}
