import type { Locator, Page } from '@playwright/test'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { chartParamsOf } from '../../lib/stage/chart-sync'

const root = resolve(import.meta.dirname, '../..')

export interface ChartSlide {
  no: number
  clicks: number
  charts: string[]
}

/** The slides that draw charts, with the names of the charts on each (<Chart name="…">), as Slidev parses them. */
export async function chartSlides(entry = 'slides.md'): Promise<ChartSlide[]> {
  const data = await load({ userRoot: root, roots: [root] } as never, resolve(root, entry))
  return data.slides
    .map((s, i) => ({
      no: i + 1,
      clicks: Number(s.frontmatter.clicks ?? 0),
      charts: [...s.content.matchAll(/<Chart\b[^>]*\bname="(\w+)"/g)].map(m => m[1]),
    }))
    .filter(s => s.charts.length)
}

/** Text of the labels a chart's live SVG shows, in document order. */
export async function liveTexts(chart: Locator): Promise<string[]> {
  const texts = await chart.locator('.chart-drawn svg text').allTextContents()
  return texts.map(t => t.trim()).filter(Boolean)
}

/**
 * Pairs of a drawn chart's labels whose boxes cross by more than 4 px each way, as "a × b". The slack is for the
 * boxes of rotated bar labels side by side, which touch where their glyphs do not.
 */
export async function overlappingLabels(drawn: Locator): Promise<string[]> {
  return drawn.evaluate(root => {
    const boxes = [...root.querySelectorAll('svg text')]
      .filter(t => t.textContent?.trim())
      .map(t => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }))
    const crossing: string[] = []
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach(b => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left)
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top)
        if (w > 4 && h > 4) crossing.push(`${a.text} × ${b.text}`)
      }),
    )
    return crossing
  })
}

/**
 * The slide that presents `chart` on its own: the first such slide after the cover, whose picture of the finding
 * (slide 1) draws the trend chart too, without its steps.
 */
export function slideShowing(slides: ChartSlide[], chart: string): ChartSlide {
  const slide = slides.find(s => s.no > 1 && s.charts.length === 1 && s.charts[0] === chart)
  if (!slide) throw new Error(`no slide after the cover shows <Chart name="${chart}"> alone`)
  return slide
}

/** Where a window is: its slide, its click and its chart state, as its URL says. */
export function where(page: Page) {
  const url = new URL(page.url())
  const query = Object.fromEntries(url.searchParams)
  return {
    slide: Number(/\/(\d+)$/.exec(url.pathname)?.[1]),
    clicks: Number(query.clicks ?? 0),
    chart: chartParamsOf(query),
  }
}
