// The social card (og:image, 1200×630) of an edition: its cover's title and one-line claim beside a small
// chart drawn by the same renderer as everything else (chart-svg.ts), with the chart's source.
import type { ChartModel } from '../charts/common'
import { palettes, slideBackground } from '../palette'
import { chartSvg } from './chart-svg'
import { escapeXml, wrapText } from './chart-image'

export const CARD = { width: 1200, height: 630 }

/** The cover slide's `# title` and the first line of text under it, from a deck's Markdown entry file. */
export function coverText(markdown: string): { title: string; claim: string } {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  const cover = body.split(/\n---\n/)[0].replace(/<!--[\s\S]*?-->/g, '')
  const lines = cover.split('\n').map(l => l.trim())
  const at = lines.findIndex(l => /^# \S/.test(l))
  if (at === -1) throw new Error('the cover slide has no "# title" heading')
  const claim = lines.slice(at + 1).find(l => l && !l.startsWith('<') && !l.startsWith('#'))
  if (!claim) throw new Error('the cover slide has no line of text under its title')
  const plain = (s: string) => s.replace(/[*_`]/g, '').trim()
  return { title: plain(lines[at].slice(2)), claim: plain(claim) }
}

export interface CardInput {
  title: string
  claim: string
  /** The small chart, and what to say above and below it. */
  chart: ChartModel
  chartTitle: string
  source: string
  fontFamily: string
}

export function socialCardSvg(input: CardInput): string {
  const p = palettes.light
  const { width, height } = CARD
  const left = 64
  const textWidth = 470
  const out: string[] = []
  let y = 150
  for (const line of wrapText(input.title, 60, textWidth)) {
    y += 60
    out.push(`<text x="${left}" y="${y}" font-size="60" font-weight="bold" fill="${p.text}">${escapeXml(line)}</text>`)
    y += 10
  }
  y += 24
  for (const line of wrapText(input.claim, 28, textWidth)) {
    y += 28
    out.push(`<text x="${left}" y="${y}" font-size="28" fill="${p.muted}">${escapeXml(line)}</text>`)
    y += 10
  }
  const chart = { x: 580, y: 120, width: 580, height: 400 }
  const svg = chartSvg(input.chart, {
    width: chart.width,
    height: chart.height,
    theme: 'light',
    fontFamily: input.fontFamily,
  }).replace(/^<svg\b/, `<svg x="${chart.x}" y="${chart.y}"`)
  const chartTitle = wrapText(input.chartTitle, 18, chart.width - 32).slice(0, 2)
  const sourceLines = wrapText(input.source, 15, width - 2 * left).slice(0, 2)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.fontFamily)}">`,
    `<rect width="100%" height="100%" fill="${slideBackground.light}"/>`,
    // The two frameworks' colours as a rule along the top: the deck's colour code, at a glance.
    `<rect x="0" y="0" width="${width / 2}" height="10" fill="${p.TensorFlow}"/>`,
    `<rect x="${width / 2}" y="0" width="${width / 2}" height="10" fill="${p.PyTorch}"/>`,
    ...out,
    ...chartTitle.map((l, i) => {
      const y = chart.y - 20 - 24 * (chartTitle.length - 1 - i)
      const at = `x="${chart.x + 16}" y="${y}"`
      return `<text ${at} font-size="18" font-weight="bold" fill="${p.text}">${escapeXml(l)}</text>`
    }),
    svg,
    ...sourceLines.map(
      (l, i) => `<text x="${left}" y="${height - 44 + i * 20}" font-size="15" fill="${p.muted}">${escapeXml(l)}</text>`,
    ),
    '</svg>',
  ].join('\n')
}
