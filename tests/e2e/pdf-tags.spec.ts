// Issue 22: every PDF the deck makes is tagged for a screen reader: the slides of both editions (light, dark, one
// page per click) and both handouts carry the edition's language, and each chart is one figure whose alt is its
// short alt followed by its long description, in the edition's language.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { chartSpec } from '../../lib/charts'
import { loadDeckData } from '../../lib/data/load'
import { translator } from '../../lib/i18n'
import { palettes } from '../../lib/palette'
import { BASE, EDITIONS } from './deck'
import { chartSlides } from './charts-helpers'
import { pdfFigures, pdfLang } from './pdf-figures'
import { root, SERVED, shared } from './shared'

const data = loadDeckData(join(root, 'data'))

interface Case {
  name: string
  path: () => Promise<string>
  edition: (typeof EDITIONS)[number]
  /** A page per click repeats a chart on each of its slide's pages. */
  perClick?: boolean
}

const sub = (e: (typeof EDITIONS)[number]) => e.base.slice(BASE.length)
const cases: Case[] = [
  ...EDITIONS.flatMap(e => [
    { name: `${e.locale} deck.pdf`, edition: e, path: async () => join(SERVED, sub(e), 'deck.pdf') },
    { name: `${e.locale} handout.pdf`, edition: e, path: async () => join(SERVED, sub(e), 'handout.pdf') },
  ]),
  { name: 'en dark deck', edition: EDITIONS[0], path: async () => (await shared('dark-pdf')).path },
  {
    name: 'en deck with clicks',
    edition: EDITIONS[0],
    perClick: true,
    path: async () => (await shared('clicks-pdf')).path,
  },
]

for (const c of cases) {
  test(`${c.name}: tagged, in its language, one figure per chart with its alt`, async () => {
    test.setTimeout(300_000)
    const path = await c.path()
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes/m)
    const { locale, entry } = c.edition
    expect(await pdfLang(path)).toBe(locale === 'zh' ? 'zh-CN' : 'en')

    // The charts the slides draw, in order (a page per click repeats a chart once per click of its slide).
    const slides = await chartSlides(entry)
    const names = slides.flatMap(s =>
      c.perClick ? Array.from({ length: s.clicks + 1 }, () => s.charts).flat() : s.charts,
    )
    const figures = await pdfFigures(path)
    // Poppler sees the same figures: one per chart, none nested.
    const tags = execFileSync('pdfinfo', ['-struct', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    expect(tags.match(/^\s*Figure$/gm) ?? []).toHaveLength(names.length)
    expect(
      figures.map(f => f.nested),
      'figures inside figures',
    ).toEqual(names.map(() => 0))
    const t = translator(locale)
    const env = { locale, t, palette: palettes.light }
    figures.forEach((f, i) => {
      const spec = chartSpec(names[i])
      // Every click revealed, all conferences: what print and the handout draw.
      const model = spec.model({}, data, env, { conference: 'all' })
      expect(f.alt, `figure ${i + 1} (${names[i]})`).toMatch(new RegExp(`^${escape(t(`${spec.name}.title` as never))}`))
      // Then the long description, which says what the chart runs along and names its groups.
      expect(f.alt, `figure ${i + 1} (${names[i]}) long description`).toContain(model.explore.along)
      for (const g of model.explore.groups) expect(f.alt).toContain(g.name)
    })
  })
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
