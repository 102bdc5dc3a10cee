// The deck's components render without Slidev: with the reading view's deck context (lib/read/page-deck.ts) they
// render to a string, as the build renders them into the reading view.
import type { Component } from 'vue'
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import Chart from '../../components/Chart.vue'
import ConferencePicker from '../../components/ConferencePicker.vue'
import SourceList from '../../components/SourceList.vue'
import { DECK } from '../../lib/deck-context'
import { pageDeck } from '../../lib/read/page-deck'
import { realData } from './helpers'

const fakeSvg = (_m: unknown, { width, height }: { width: number; height: number }) =>
  `<svg width="${width}" height="${height}"><rect fill="#fff"/></svg>`

function render(component: Component, props: Record<string, unknown>, data = realData, locale: 'en' | 'zh' = 'en') {
  const deck = pageDeck({
    data,
    locale,
    chartSvg: fakeSvg,
    widths: { narrow: 358, wide: 720 },
    slideNo: () => undefined,
  })
  const app = createSSRApp({ render: () => h(component, props) })
  app.provide(DECK, deck)
  return renderToString(app)
}

describe('components rendered with the static deck context', () => {
  it('ConferencePicker: toggle buttons in a labelled group, the picked one pressed', async () => {
    const html = await render(ConferencePicker, { options: ['CVPR', 'ICLR'], modelValue: 'CVPR' }, realData, 'zh')
    expect(html).toMatch(/<div class="picker" role="group" aria-labelledby="(v-[^"]+)"[^>]*><span id="\1"/)
    expect(html).not.toContain('role="radio')
    expect(html).toMatch(/data-value="all" aria-pressed="false"[^>]*>全部/)
    expect(html).toMatch(/data-value="CVPR" aria-pressed="true"/)
  })

  it('Chart: the frame with the static drawing, source line, table and CSV, named by the chart', async () => {
    const html = await render(Chart, { name: 'speed' })
    expect(html).toMatch(/<figure class="chart" data-chart="speed" id="chart-1"/)
    expect(html).toContain('<div class="chart-svg narrow"')
    expect(html).toMatch(/<p class="chart-source"[^>]*>Source:/)
    expect(html).toContain('download="speed_en.csv"')
    expect(html).not.toContain('undefined')
  })

  it('SourceList: a source without a publisher prints no "undefined"', async () => {
    const data = structuredClone(realData)
    data.sources[0] = { ...data.sources[0], publisher: '' }
    const html = await render(SourceList, {}, data)
    expect(html).toContain(`data-source="${data.sources[0].id}"`)
    expect(html).not.toContain('undefined')
  })
})
