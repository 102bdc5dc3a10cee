import type { ChartEnv } from '../../lib/charts/common'
import type { DatasetName } from '../../lib/data/schema'
import type { Locale } from '../../lib/i18n'
import { readFileSync } from 'node:fs'
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
