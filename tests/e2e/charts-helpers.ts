import type { Locator } from '@playwright/test'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

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
