import type { ChartSvg, ReadingViewInput } from '../../lib/read/render'
import { describe, expect, it } from 'vitest'
import { fontFacesFor } from '../../lib/read/fonts'
import { notesToHtml, renderReadingView } from '../../lib/read/render'
import { realData, XSS } from './helpers'

// Stands in for ECharts: one text node per chart, coloured by theme, so the light/dark pairing has something to pair.
const fakeSvg: ChartSvg = (model, { width, height, theme }) =>
  `<svg width="${width}" height="${height}"><text fill="${theme === 'light' ? '#101010' : '#efefef'}">` +
  `${model.aria.replace(/</g, '&lt;')}</text></svg>`

function page(slides: { content: string; note?: string }[], data = realData, extra: Partial<ReadingViewInput> = {}) {
  const input: ReadingViewInput = {
    locale: 'en',
    lang: 'en',
    title: 'A talk',
    description: 'About it',
    slides: [{ content: '# A talk', note: '' }, ...slides].map((s, i) => ({
      no: i + 1,
      title: `Slide ${i + 1}`,
      content: s.content,
      note: s.note ?? '',
    })),
    data,
    chartSvg: fakeSvg,
    links: { deck: '/deck/', other: { href: '/deck/zh/read', lang: 'zh-CN', label: '中文' } },
    ...extra,
  }
  return renderReadingView(input)
}

describe('reading view', () => {
  it('stops on a component it cannot draw, naming it and the slide', async () => {
    await expect(page([{ content: '# Two\n\n<MysteryWidget size="3" />\n' }])).rejects.toThrow(
      /<MysteryWidget> on slide 2 \("Slide 2"\)/,
    )
    await expect(page([{ content: '# Two\n\ntext <inline-thing /> here\n' }])).rejects.toThrow(/<inline-thing>/)
  })

  it('links a factor card to its slide on the page, keeping its verdict, and names a card with no slide', async () => {
    const { html } = await page([
      { content: '# Factors\n\n<FactorCard to="Slide 3" leans="PyTorch">faster here</FactorCard>\n' },
      { content: '# Three' },
    ])
    const card = '<a href="#slide-3" class="factor-card" data-factor="Slide 3"><span class="factor-name">Slide 3</span>'
    expect(html).toContain(`${card}<span class="factor-verdict">faster here</span></a>`)
    await expect(page([{ content: '<FactorCard to="Nowhere" leans="neither">x</FactorCard>' }])).rejects.toThrow(
      /<FactorCard to="Nowhere">/,
    )
  })

  it('marks a verdict with its word, and refuses an unknown one', async () => {
    const { html } = await page([{ content: '| claim | verdict |\n|---|---|\n| a | <Verdict v="partly" /> |\n' }])
    expect(html).toMatch(/data-verdict="partly"><span aria-hidden="true">.<\/span> partly<\/span>/)
    await expect(page([{ content: '<Verdict v="maybe" />' }])).rejects.toThrow(
      /<Verdict v="maybe">: expected one of holds, partly, wrong/,
    )
  })

  it('reveals every click: v-click wrappers and attributes go, their content stays', async () => {
    const { html } = await page([
      { content: '# Two\n\n<v-clicks>\n\n- one\n- two\n\n</v-clicks>\n\n<div v-click="2" class="x">three</div>\n' },
    ])
    expect(html).not.toMatch(/v-click/)
    expect(html).toMatch(/<li>one<\/li>\s*<li>two<\/li>/)
    expect(html).toContain('<div class="x">three</div>')
  })

  it('turns speaker notes into paragraphs without the click markers', async () => {
    const out = notesToHtml('The post opens.\n\n[click] Ease of use.\n[click:3] Speed.')
    expect(out).toBe('<p>The post opens.</p>\n<p>Ease of use.\nSpeed.</p>\n')
    const { html } = await page([{ content: '# Two', note: 'First part.\n\nSecond part.' }])
    expect(html).toMatch(/<div class="notes"><p>First part.<\/p>\s*<p>Second part.<\/p>/)
  })

  it('escapes HTML that comes from the data', async () => {
    const data = structuredClone(realData)
    data.models[0] = { ...data.models[0], name: XSS }
    data.sources[0] = { ...data.sources[0], title: 'A <b>bold</b> "title"' }
    const { html } = await page([{ content: '# Lists\n\n<ModelLists />\n\n<SourceList />\n' }], data)
    // Vue's escaping, as on the slides.
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot;')
  })

  it('draws each chart tag as a figure with its SVG, caption, sources, table and CSV', async () => {
    const { html, charts } = await page([
      { content: '# Trend\n\n<Chart name="trend" :from="2017" :to="2019" steps />\n' },
      { content: '# Speed\n\n<Chart name="speed" />\n' },
    ])
    expect(charts).toBe(2)
    const fig = html.match(/<figure class="chart"[^>]* id="chart-1"[\s\S]*?<\/figure>/)![0]
    expect(fig).toContain('data-chart="trend"')
    expect(fig.match(/<svg /g)).toHaveLength(2) // the narrow and the wide drawing
    expect(fig).toMatch(/<details class="chart-table"><summary>Table<\/summary>/)
    expect(fig).toMatch(/href="data:text\/csv;charset=utf-8,[^"]+" download="trend-2017-2019_en.csv"/)
    // The slide's picker: toggle buttons, the pooled conferences pressed.
    expect(fig).toMatch(/<div class="picker" role="group" aria-labelledby="s2-0"><span id="s2-0"/)
    expect(fig).toContain('<button type="button" data-value="all" aria-pressed="true" class="on">All</button>')
    // The dark stylesheet maps the light colour onto the dark one.
    expect(html).toContain('.chart-svg [fill="#101010"]{fill:#efefef}')
  })

  it('quotes figures from the data and rejects an unknown one', async () => {
    const { html } = await page([{ content: '# F\n\nShare <Fig k="conf.share2019" /> in 2019.\n' }])
    expect(html).toMatch(/<span class="fig" data-fig="conf.share2019">\d+%<\/span>/)
    await expect(page([{ content: '# F\n\n<Fig k="no.such" />\n' }])).rejects.toThrow(/no\.such/)
  })

  it('puts slide headings one level under the talk title, in order', async () => {
    const { html } = await page([{ content: '# Two\n\n## Part\n\ntext' }])
    expect(html).toMatch(/<h1 id="slide-1">A talk<\/h1>/)
    expect(html).toMatch(/<h2 id="slide-2">Two<\/h2>\s*<h3>Part<\/h3>/)
  })
})

describe('reading view fonts', () => {
  it('preloads the font files it is given, in CORS mode (fonts are always fetched so), before its styles', async () => {
    const { html } = await page([], realData, { preloadFonts: ['/r/assets/fonts/noto-sc-400.woff2'] })
    const link = '<link rel="preload" href="/r/assets/fonts/noto-sc-400.woff2" as="font" type="font/woff2" crossorigin>'
    expect(html).toContain(link)
    expect(html.indexOf(link)).toBeLessThan(html.indexOf('<style>'))
    expect((await page([])).html).not.toContain('rel="preload"')
  })

  it('sets Chinese in a system CJK font on Noto Sans SC line metrics until the subsets arrive', async () => {
    const { html } = await page([])
    const face = /@font-face\{font-family:"Noto Sans SC Fallback";src:([^;]+);unicode-range:([^;]+);([^}]+)\}/.exec(
      html,
    )
    expect(face?.[1]).toContain('local("PingFang SC")')
    expect(face?.[2]).toContain('U+2E80-9FFF')
    expect(face?.[3]).toBe('ascent-override:116%;descent-override:28.8%;line-gap-override:0%')
    expect(html).toMatch(/"Noto Sans SC","Noto Sans SC Fallback",system-ui/)
  })
})

describe('fontFacesFor', () => {
  const css = `@font-face { font-family: 'X'; src: url(./files/x-a.woff2) format('woff2'),
  url(./files/x-a.woff) format('woff'); unicode-range: U+0000-00FF; }
@font-face { font-family: 'X'; src: url(./files/x-b.woff2) format('woff2'); unicode-range: U+4E00-4E0F,U+4E20; }`
  it('keeps only the subsets holding characters of the text, pointing at their woff2', async () => {
    expect(fontFacesFor(css, 'abc', '/f/').files).toEqual(['./files/x-a.woff2'])
    const both = fontFacesFor(css, 'a丠', '/f/')
    expect(both.files).toEqual(['./files/x-a.woff2', './files/x-b.woff2'])
    expect(both.css).toContain("src:url(/f/x-b.woff2) format('woff2');")
    expect(both.css).not.toContain('.woff)')
    expect(fontFacesFor(css, '丁', '/f/').files).toEqual(['./files/x-b.woff2'])
  })
})

describe('reading view headings', () => {
  it('keeps the headings components draw at the level they are written for', async () => {
    const { html } = await page([{ content: '# Appendix\n\n<ModelLists />\n' }])
    expect(html).toMatch(/<h2 id="slide-2">Appendix<\/h2>/)
    expect(html).toMatch(/<section data-collection="tf-official"><h3>/)
  })
})
