import type { ChartEnv } from '../../lib/charts/common'
import type { DatasetName } from '../../lib/data/schema'
import type { Locale } from '../../lib/i18n'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { loadDeckData } from '../../lib/data/load'
import { datasets } from '../../lib/data/schema'
import { translator } from '../../lib/i18n'
import { palettes } from '../../lib/palette'

export const dataDir = fileURLToPath(new URL('../../data', import.meta.url))
export const realData = loadDeckData(dataDir)

export function realCsv(name: DatasetName): string {
  return readFileSync(`${dataDir}/${datasets[name].file}`, 'utf8')
}

/** What a builder gets besides its data: the language's messages and a theme's colours. */
export const env = (locale: Locale = 'en', theme: 'light' | 'dark' = 'light'): ChartEnv => ({
  locale,
  t: translator(locale),
  palette: palettes[theme],
})

export type Series = {
  name: string
  type: string
  data: unknown[]
  markPoint?: { data: { coord: unknown[] }[] }
}
export const seriesOf = (o: { series?: unknown }) => o.series as Series[]
export const tooltipOf = (o: { tooltip?: unknown }) => (o.tooltip as { formatter: (p: unknown) => string }).formatter

/** A label that would run as markup if a tooltip or table put it into HTML unescaped. */
export const XSS = '<img src=x onerror=alert(1)>'

/** `html` shows XSS as text: escaped, never as a tag. */
export function expectEscaped(html: string) {
  expect(html).not.toContain('<img')
  expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;')
}

/**
 * Every `<Chart name="…" …/>` tag on the slides of both editions, with its attributes as the chart gets them:
 * `:from="2017"` a number, a bare `steps` true (the slides give charts literal attributes only).
 */
export function slideCharts(): { dir: string; name: string; props: Record<string, string | number | boolean> }[] {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const out = []
  for (const dir of ['pages', 'pages/zh']) {
    for (const file of readdirSync(`${root}${dir}`).filter(f => f.endsWith('.md'))) {
      const markdown = readFileSync(`${root}${dir}/${file}`, 'utf8')
      for (const tag of markdown.matchAll(/<Chart\b([^>]*?)\/?>/g)) {
        const props: Record<string, string | number | boolean> = {}
        for (const [, key, value] of tag[1].matchAll(/([:\w.-]+)(?:="([^"]*)")?/g)) {
          if (key.startsWith(':'))
            props[key.slice(1)] = value === 'true' || value === 'false' ? value === 'true' : Number(value)
          else props[key] = value ?? true
        }
        const { name, ...rest } = props
        out.push({ dir: `${dir}/${file}`, name: String(name), props: rest })
      }
    }
  }
  return out
}
