import { describe, expect, it } from 'vitest'
import { growthChart } from '../../lib/charts/growth'
import { laterChart } from '../../lib/charts/later'
import { operatorsChart } from '../../lib/charts/operators'
import { POST_TF_VERSION } from '../../lib/domain/operators'
import { speedChart } from '../../lib/charts/speed'
import { timelineChart } from '../../lib/charts/timeline'
import { trendChart } from '../../lib/charts/trend'
import { modelsChart } from '../../lib/charts/models'
import { chartDescription } from '../../lib/explore/model'
import { translator } from '../../lib/i18n'
import { palettes, slideBackground } from '../../lib/palette'
import { escapeXml, framedChartSvg, sourceLine, unitsOf, wrapText } from '../../lib/render/chart-image'
import { seriesNamesOf } from '../../lib/render/option'
import { svgTexts } from '../../lib/render/svg-text'
import { realData as d, env } from './helpers'
import { wellFormed as balanced } from './xml'

const trend = (locale: 'en' | 'zh' = 'en') =>
  trendChart({ rows: d.trend, conference: 'CVPR', from: 2017, to: 2019 }, env(locale))
const text = {
  title: 'Trend',
  subtitle: 'Conference: CVPR',
  units: 'Units: % of all papers',
  source: 'Source: The Gradient (2019)',
}

describe('framed chart image', () => {
  it('draws the title, subtitle, units and source line above and below the chart', () => {
    const img = framedChartSvg(trend(), { width: 800, height: 360, theme: 'light', text })
    const t = svgTexts(img.svg)
    for (const line of Object.values(text)) expect(t).toContain(line)
    expect(img.width).toBe(840)
    expect(img.height).toBeGreaterThan(360 + 60)
    expect(img.svg).toContain(`width="${img.width}" height="${img.height}"`)
    expect(img.svg).toContain(`fill="${slideBackground.light}"`)
    expect(balanced(img.svg)).toBe(true)
  })

  it('carries the short alt as <title> and the long description as <desc>, both named by the root', () => {
    const m = trend('zh')
    const description = chartDescription(m, translator('zh'))
    const img = framedChartSvg(m, { width: 800, height: 360, theme: 'light', text: { ...text, description } })
    expect(img.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="image-title image-desc"/)
    expect(img.svg).toContain(`<title id="image-title">${escapeXml(text.title)}</title>`)
    expect(img.svg).toContain(`<desc id="image-desc">${escapeXml(description)}</desc>`)
    expect(description).toContain(m.explore.groups[0].points[0].label)
    expect(balanced(img.svg)).toBe(true)
  })

  it('uses the dark background and text colour in dark mode', () => {
    const img = framedChartSvg(trend(), { width: 800, height: 360, theme: 'dark', text })
    expect(img.svg).toContain(`fill="${slideBackground.dark}"`)
    expect(img.svg).toContain(`fill="${palettes.dark.text}"`)
  })

  it('escapes a title with < and &, so the SVG stays well-formed', () => {
    const nasty = { ...text, title: 'A <b>bold</b> & "quoted" title', source: 'Source: R&D <lab>' }
    const img = framedChartSvg(trend(), { width: 800, height: 360, theme: 'light', text: nasty })
    expect(img.svg).not.toContain('<b>bold')
    expect(img.svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title')
    expect(svgTexts(img.svg)).toContain(nasty.title)
    expect(svgTexts(img.svg)).toContain(nasty.source)
    expect(balanced(img.svg)).toBe(true)
    expect(balanced('<svg><text>a & b</text></svg>')).toBe(false)
    expect(balanced('<svg><text style="font-family:"A", B">x</text></svg>')).toBe(false)
  })

  it('keeps embedded font CSS inside CDATA', () => {
    const img = framedChartSvg(trend(), {
      width: 600,
      height: 300,
      theme: 'light',
      text,
      fontCss: '@font-face{font-family:"X";src:url(data:font/woff2;base64,AAAA)} /* a<b & ]]> */',
    })
    expect(balanced(img.svg)).toBe(true)
    expect(img.svg).toContain('<style><![CDATA[@font-face')
  })

  it('wraps a long source line inside the image, losing no word', () => {
    const long = `Source: ${Array.from({ length: 12 }, (_, i) => `Publisher number ${i} (2019), https://example.org/${i}`).join('; ')}`
    const img = framedChartSvg(trend(), { width: 600, height: 300, theme: 'light', text: { ...text, source: long } })
    const all = svgTexts(img.svg)
    const first = all.findIndex(l => l.startsWith('Source: Publisher number 0'))
    const lines = all.slice(first, all.findIndex(l => l.endsWith('example.org/11')) + 1)
    expect(lines.length).toBeGreaterThan(3)
    expect(lines.join(' ')).toBe(long)
  })

  it('wraps Chinese text between characters', () => {
    const title = '只提及 PyTorch / 只提及 TensorFlow 的论文占全部论文的比例'
    const lines = wrapText(title, 20, 200)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''))
  })
})

describe('the text the frame takes from the model and the data', () => {
  it("units are the value axis's name", () => {
    expect(unitsOf(trend().option)).toBe(translator('en')('trend.yAxis'))
    expect(unitsOf(modelsChart(d.models, env()).option)).toBe(translator('en')('models.xAxis'))
  })

  it('the source line names each source of data/sources.csv the chart cites, with its URL', () => {
    const m = trend()
    const line = sourceLine(m, d.sources, 'Source:')
    for (const id of m.sources) {
      const s = d.sources.find(x => x.id === id)!
      expect(line).toContain(s.publisher)
      expect(line).toContain(s.url)
    }
    expect(() => sourceLine({ ...m, sources: ['nope'] }, d.sources, 'Source:')).toThrow(
      /cites unknown source id "nope"/,
    )
  })

  it('every builder has a title in each language', () => {
    for (const locale of ['en', 'zh'] as const) {
      const e = env(locale)
      const models = [
        trend(locale),
        growthChart({ arxiv: d.growth, conferences: d.trend, from: 2018, to: 2019 }, e),
        speedChart(d.speed, e),
        operatorsChart({ symbols: d.operators, others: d.operatorsOthers, postVersion: POST_TF_VERSION }, e),
        modelsChart(d.models, e),
        timelineChart(d.timeline, e),
        laterChart(d.pypi, d.events, e),
      ]
      for (const m of models) {
        expect(m.title).toMatch(/\S{4,}/)
        // Names go into ?hide.<chart>= separated by commas, and the table's series must be legend names.
        const legend = seriesNamesOf(m.option)
        for (const n of legend) expect(n).not.toContain(',')
        for (const s of [...(m.table.columnSeries ?? []), ...(m.table.rowSeries ?? [])].filter(Boolean))
          expect(legend).toContain(s)
      }
    }
  })

  it('escapeXml escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;')
  })
})

describe('font embedding', () => {
  it('reads CSS unicode-range lists, wildcards included', async () => {
    const { parseRange } = await import('../../lib/render/embed-fonts')
    expect(parseRange('U+0000-00FF, U+4E00, U+4??')).toEqual([
      [0, 0xff],
      [0x4e00, 0x4e00],
      [0x400, 0x4ff],
    ])
    expect(parseRange('')).toEqual([[0, 0x10ffff]])
  })
})
