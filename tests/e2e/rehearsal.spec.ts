import type { Locator } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { chartSlides, slideShowing, where } from './charts-helpers'
import { EDITIONS, slidesOf, watchPage } from './deck'

// The talk as the audience sees it: with the charts' entry animations (playwright.config.ts turns them off).
test.use({ reducedMotion: 'no-preference' })

// The whole talk, as a presenter gives it from a laptop: the presenter view in one window, the audience's in
// another (the projector), one browser, so Slidev syncs them by BroadcastChannel. Every step by PageDown, what a
// clicker sends; a conference picked with the mouse and series hidden on the way. At every step the audience shows
// the presenter's slide, click and chart state.

/** What the charts of a slide show: each chart's description, the conference pressed, the series shown. */
async function shown(slide: Locator): Promise<string[]> {
  return slide.locator('figure[data-chart]').evaluateAll(figs =>
    figs.map(f =>
      [
        f.getAttribute('data-chart'),
        // The chart's long description, which says its scope and values ("CVPR: in 2017, …").
        f.querySelector('.chart-drawn') ? (f.querySelector('.base-chart > p[id]')?.textContent ?? '') : '(not drawn)',
        f.querySelector('.picker [aria-pressed="true"]')?.textContent?.trim() ?? '',
        [...f.querySelectorAll('.series-toggles button')]
          .map(b => `${b.textContent?.trim()}=${b.getAttribute('aria-pressed')}`)
          .join(' '),
      ].join(' | '),
    ),
  )
}

for (const edition of EDITIONS) {
  test(`rehearsal, ${edition.locale}: the audience follows the presenter through the whole talk`, async ({
    context,
  }) => {
    test.setTimeout(240_000)
    const deck = await slidesOf(edition.entry)
    const charts = await chartSlides(edition.entry)
    const trend = slideShowing(charts, 'trend')
    const pair = charts.find(s => s.charts.includes('trend') && s.charts.includes('later'))!
    const last = deck.at(-1)!

    const audience = await context.newPage()
    const presenter = await context.newPage()
    const watches = [watchPage(audience), watchPage(presenter)]
    await audience.goto(`${edition.base}1`)
    await presenter.goto(`${edition.base}presenter/1`)
    await expect(presenter.locator('.grid-section.main .slidev-page-1')).toBeVisible()
    // The slide the presenter talks to (not the next-slide preview), and the one the audience sees.
    const onPresenter = (no: number) => presenter.locator(`.grid-section.main .slidev-page-${no}`)
    const onAudience = (no: number) => audience.locator(`#slideshow .slidev-page-${no}`)

    async function inStep() {
      const p = where(presenter)
      await expect.poll(() => where(audience)).toEqual(p)
      await expect(onAudience(p.slide)).toBeVisible()
      // Both drawn and alike (a chart not drawn yet has no description to compare).
      await expect
        .poll(async () => {
          const [a, b] = [await shown(onAudience(p.slide)), await shown(onPresenter(p.slide))]
          return a.join('\n') === b.join('\n') && !b.some(c => c.includes('(not drawn)')) ? 'alike' : `${a}\n≠\n${b}`
        })
        .toBe('alike')
      return p
    }
    async function pick(no: number, chart: string, conf: string) {
      const button = onPresenter(no).locator(`figure[data-chart="${chart}"] .picker button[data-value="${conf}"]`)
      const started = Date.now()
      await button.click()
      await expect.poll(() => where(audience).chart.conf, { timeout: 1000, message: 'within a second' }).toBe(conf)
      test
        .info()
        .annotations.push({ type: 'sync', description: `${conf} on the audience in ${Date.now() - started} ms` })
      await expect(
        onAudience(no).locator(`figure[data-chart="${chart}"] .picker button[data-value="${conf}"]`),
      ).toHaveAttribute('aria-pressed', 'true')
    }
    async function hide(no: number, chart: string, series: string) {
      const figure = onPresenter(no).locator(`figure[data-chart="${chart}"]`)
      await figure
        .locator('.chart-drawn svg text', { hasText: new RegExp(`^${series}$`) })
        .first()
        .click()
      await expect(
        onAudience(no).locator(`figure[data-chart="${chart}"] .series-toggles button`, { hasText: series }),
      ).toHaveAttribute('aria-pressed', 'false')
    }

    const seen = new Set<number>()
    for (;;) {
      const p = await inStep()
      seen.add(p.slide)
      let acted = true
      if (p.slide === trend.no && p.clicks === 0) await pick(trend.no, 'trend', 'CVPR')
      else if (p.slide === trend.no && p.clicks === trend.clicks) await hide(trend.no, 'trend', 'PyTorch')
      else if (p.slide === pair.no && p.clicks === pair.clicks) {
        await pick(pair.no, 'trend', 'ICLR')
        await hide(pair.no, 'later', 'TensorFlow')
      } else acted = false
      if (acted) await inStep()
      if (p.slide === last.no && p.clicks >= last.clicks) break
      const before = where(presenter)
      await presenter.keyboard.press('PageDown')
      await expect.poll(() => where(presenter)).not.toEqual(before)
    }
    expect(
      [...seen].sort((a, b) => a - b),
      'the slides the audience was seen on',
    ).toEqual(deck.map(s => s.no))
    for (const w of watches) expect(w.problems).toEqual([])
  })
}

// The phone remote on the built deck, in the same browser as the audience's window (the dev server carries it
// across devices: tests/e2e/present.spec.ts): its Next and its chart controls move the audience as the presenter's do.
for (const edition of EDITIONS) {
  test(`the remote drives the audience's window, ${edition.locale}`, async ({ browser }) => {
    const deck = await slidesOf(edition.entry)
    const trend = slideShowing(await chartSlides(edition.entry), 'trend')
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true })
    const audience = await context.newPage()
    const remote = await context.newPage()
    const watches = [watchPage(audience), watchPage(remote)]
    await audience.goto(`${edition.base}${trend.no - 1}`)
    await remote.goto(`${edition.base}remote/${trend.no - 1}`)
    await expect(remote.locator('[data-remote-title]')).toHaveText(deck[trend.no - 2].title)
    await expect(remote.locator('[data-remote-next]')).toContainText(deck[trend.no - 1].title)
    await remote.locator('[data-remote-next-button]').tap()
    await expect(remote.locator('[data-remote-title]')).toHaveText(deck[trend.no - 1].title)
    await expect.poll(() => where(audience).slide).toBe(trend.no)
    await expect(audience.locator(`#slideshow .slidev-page-${trend.no} .chart-drawn`)).toBeVisible()
    await remote.locator('[data-remote-chart="trend"] button[data-value="CVPR"]').tap()
    await expect.poll(() => where(audience).chart).toEqual({ conf: 'CVPR' })
    await remote.locator('[data-remote-next-button]').tap()
    await expect.poll(() => where(audience).clicks).toBe(1)
    await expect(remote.locator('[data-remote-notes] [data-note="current"]')).toContainText(
      /\S/, // the part of the notes said at click 1
    )
    await remote.locator('[data-remote-chart="trend"] button[data-series="PyTorch"]').tap()
    await expect.poll(() => where(audience).chart).toEqual({ conf: 'CVPR', 'hide.trend': 'PyTorch' })
    await remote.locator('[data-remote-prev]').tap()
    await expect.poll(() => where(audience).clicks).toBe(0)
    for (const w of watches) expect(w.problems).toEqual([])
    await context.close()
  })
}
