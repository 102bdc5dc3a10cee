import type { Browser, Page } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'
import { expect, request, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { projectRoot } from '../../scripts/lib/deck'
import { chartSlides, slideShowing, where } from './charts-helpers'
import { EDITIONS, slidesOf, watchPage } from './deck'

// The talk as the audience sees it: with the charts' entry animations (playwright.config.ts turns them off).
test.use({ reducedMotion: 'no-preference' })

// The talk from a laptop with a phone as the remote, through `npm run present` (Slidev's dev server on the local
// network): the phone in one browser context, the projector's window in another, so only the dev server's
// WebSocket connects them. And the server refuses to change or drive the deck for anyone without the password.

// Beside the suite's own ports (E2E_PORT, the export's at +20): +40 and +41, one per edition.
const PORT = Number(process.env.E2E_PORT ?? 4319) + 40
const PASSWORD = 'rehearsal-pw'

interface Talk {
  server: ChildProcess
  projector: string
  phone: string
  /** The address the phone uses: the machine's on the local network when it has one, as a real phone would. */
  host: string
}

async function present(script: string, port: number): Promise<Talk> {
  const server = spawn('npm', ['run', script, '--', '--port', String(port)], {
    cwd: projectRoot,
    detached: true,
    env: { ...process.env, DECK_REMOTE_PASSWORD: PASSWORD, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  server.stdout!.on('data', d => (out += String(d)))
  server.stderr!.on('data', d => (out += String(d)))
  const started = Date.now()
  while (!/phone remote .*\n/.test(out)) {
    if (server.exitCode !== null || Date.now() - started > 90_000)
      throw new Error(`npm run ${script} did not start:\n${out}`)
    await new Promise(r => setTimeout(r, 200))
  }
  const url = (label: string) => new RegExp(`${label}\\s+(http\\S+)`).exec(out)?.[1]
  expect(out).toContain(`password              ${PASSWORD}`)
  const projector = url('projector \\(audience\\)')!
  const phone = url('phone remote') ?? `http://127.0.0.1:${port}/remote?password=${PASSWORD}`
  return { server, projector, phone, host: new URL(phone).host }
}

function stop(talk: Talk | undefined) {
  if (talk?.server.pid && talk.server.exitCode === null) process.kill(-talk.server.pid, 'SIGTERM')
}

async function phoneOf(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  return context.newPage()
}

/** A finger swiping across the remote, as the phone's touch screen reports it (Chromium makes pointer events of it). */
async function swipe(page: Page, dx: number) {
  const cdp = await page.context().newCDPSession(page)
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y: 500 }] })
  await touch('touchStart', 200)
  for (let i = 1; i <= 6; i++) await touch('touchMove', 200 + (dx * i) / 6)
  await touch('touchEnd')
  await cdp.detach()
}

// One dev server per edition on a fixed port, shared by its tests; two compiling side by side on two cores made the
// first page of one of them too slow. The whole file runs in one worker, in order.
test.describe.configure({ mode: 'default' })

for (const [i, edition] of EDITIONS.entries()) {
  const script = i === 0 ? 'present' : `present:${edition.locale}`
  test.describe(`npm run ${script}`, () => {
    let talk: Talk | undefined
    test.beforeAll(async () => {
      test.setTimeout(120_000)
      talk = await present(script, PORT + i)
    })
    test.afterAll(() => stop(talk))

    test('a phone drives the talk and its charts; the projector follows', async ({ browser }) => {
      test.setTimeout(180_000)
      const deck = await slidesOf(edition.entry)
      const trend = slideShowing(await chartSlides(edition.entry), 'trend')
      const laptop = await browser.newContext()
      const projector = await laptop.newPage()
      const phone = await phoneOf(browser)
      const watches = [watchPage(projector), watchPage(phone)]
      await projector.goto(talk!.projector)
      await expect(projector.locator('#slideshow .slidev-page-1')).toBeVisible({ timeout: 60_000 })
      await phone.goto(talk!.phone)
      await expect(phone).toHaveURL(/\/remote\/1\b/, { timeout: 60_000 })

      // What the speaker sees: where the talk is, the notes, what comes next, big buttons.
      const title = phone.locator('[data-remote-title]')
      await expect(title).toHaveText(deck[0].title)
      await expect(phone.locator('[data-remote-notes]')).toContainText(deck[0].note.split('\n')[0].slice(0, 40))
      await expect(phone.locator('[data-remote-next]')).toContainText(deck[1].title)
      for (const b of await phone.locator('.remote-buttons button').all())
        expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(48)

      const next = phone.locator('[data-remote-next-button]')
      const inStep = async () => {
        await expect.poll(() => where(projector)).toEqual(where(phone))
        await expect(projector.locator(`#slideshow .slidev-page-${where(phone).slide}`)).toBeVisible()
      }
      while (where(phone).slide < trend.no) {
        await next.tap()
        await inStep()
      }
      await expect(title).toHaveText(deck[trend.no - 1].title)
      await expect(phone.locator('[data-remote-clock]')).not.toHaveText('0:00')

      // The chart's controls on the phone: a conference, then a series once the second one is drawn.
      const chart = phone.locator('[data-remote-chart="trend"]')
      await chart.locator('button[data-value="CVPR"]').tap()
      await expect.poll(() => where(projector).chart, { timeout: 2000 }).toEqual({ conf: 'CVPR' })
      const audienceTrend = projector.locator(`#slideshow .slidev-page-${trend.no} figure[data-chart="trend"]`)
      await expect(audienceTrend.locator('.picker button[data-value="CVPR"]')).toHaveAttribute('aria-pressed', 'true')
      await next.tap()
      await inStep()
      await chart.locator('button[data-series="PyTorch"]').tap()
      await expect.poll(() => where(projector).chart).toEqual({ conf: 'CVPR', 'hide.trend': 'PyTorch' })
      await expect(audienceTrend.locator('.series-toggles button', { hasText: 'PyTorch' })).toHaveAttribute(
        'aria-pressed',
        'false',
      )

      // A swipe to the left moves on, to the right moves back.
      const at = where(phone)
      await swipe(phone, -150)
      await expect.poll(() => where(phone).clicks).toBe(at.clicks + 1)
      await inStep()
      await swipe(phone, 150)
      await expect.poll(() => where(phone).clicks).toBe(at.clicks)
      await inStep()
      await phone.waitForTimeout(300)
      // Slidev's own (vite-plugin-vue-server-ref): the dev server answers each report of a synced state with an
      // empty body that Chromium counts as aborted, the same with plain `slidev`; not an error the page sees.
      const slidevAborts = (p: string) => /^request failed: \S+\/@server-reactive\/\w+ net::ERR_ABORTED$/.test(p)
      for (const w of watches) expect(w.problems.filter(p => !slidevAborts(p))).toEqual([])
      await laptop.close()
      await phone.context().close()
    })

    test('without the password nothing changes the deck or moves the talk', async ({ browser }) => {
      const host = talk!.host
      const entry = resolve(projectRoot, edition.entry)
      const before = readFileSync(entry, 'utf8')
      const stranger = await request.newContext()
      const write = await stranger.post(`http://${host}/__slidev/slides/1.json`, { data: { note: 'overwritten' } })
      expect(write.status()).toBe(403)
      const drive = await stranger.post(`http://${host}/@server-reactive/nav`, { data: { data: { page: 9 } } })
      expect(drive.status()).toBe(403)
      // A page on another site, open in the laptop's own browser, cannot drive it either.
      const foreign = await stranger.post(`http://127.0.0.1:${PORT + i}/@server-reactive/nav`, {
        headers: { Origin: 'http://evil.example' },
        data: { data: { page: 9 } },
      })
      expect(foreign.status()).toBe(403)
      expect((await stranger.get(`http://${host}/@slidev/configs`)).ok()).toBe(true)
      expect(await (await stranger.get(`http://${host}/@slidev/configs`)).text()).not.toContain(PASSWORD)
      await stranger.dispose()
      expect(readFileSync(entry, 'utf8')).toBe(before)

      // The remote with a wrong password: back to the audience's view, as Slidev does.
      const phone = await phoneOf(browser)
      await phone.goto(`http://${host}/remote?password=wrong`)
      await expect(phone).toHaveURL(/\/\d+(\?|$)/, { timeout: 60_000 })
      await expect(phone.locator('.remote')).toHaveCount(0)
      await phone.context().close()
    })
  })
}
