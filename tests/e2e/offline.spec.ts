// Offline after the first visit: each edition's service worker (scripts/hosting.ts) precaches the edition, so
// with the network gone, or the server stopped, any slide and the reading view reload in both editions. The
// English worker leaves the Chinese edition alone, and a new deploy replaces the cache on the next visit,
// without a prompt.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import type { Server } from 'node:http'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { BASE, EDITIONS, slidesOf, watchPage } from './deck'
import { DEPLOY_BASE, JOBS, shared } from './shared'
import { githubPagesRules } from '../../scripts/lib/hosts/github-pages'
import { listen, serveRules } from '../../scripts/lib/hosts/static'

test.use({ serviceWorkers: 'allow' })

const root = resolve(import.meta.dirname, '../..')
const PORT = Number(process.env.E2E_PORT ?? 4319)
const LANG = { en: 'en', zh: 'zh-CN' } as const
const real = (problems: string[]) => problems.filter(p => !/^request failed: .* net::ERR_ABORTED$/.test(p))

/** Waits until the edition's worker is active and controls the page: its precache is then complete. */
async function workerInControl(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(ok => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }))
    return reg.scope
  })
}

/** Whether the edition's worker precaches its reading view (as read/index.html, which also answers read/). */
function hasReadingView(dir: string, sub: string): boolean {
  return readFileSync(join(dir, sub, 'sw.js'), 'utf8').includes('"read/index.html"')
}

for (const edition of EDITIONS) {
  const zh = edition.locale === 'zh'
  test(`${zh ? 'Chinese' : 'English'}: offline after the first visit, every slide and the reading view reload`, async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000)
    const slides = await slidesOf(edition.entry)
    const watch = watchPage(page)
    await page.goto(`${edition.base}2`)
    await expect(page.locator('.slidev-page-2')).toBeVisible()
    expect(await workerInControl(page)).toBe(`http://127.0.0.1:${PORT}${edition.base}`)
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('.slidev-page-2')).toBeVisible()
    for (const s of slides) {
      await page.goto(`${edition.base}${s.no}?clicks=${s.clicks}`)
      await expect(page.locator(`.slidev-page-${s.no}`)).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[edition.locale])
      const charts = page.locator(`.slidev-page-${s.no} figure[data-chart]`)
      for (let i = 0; i < (await charts.count()); i++) await expect(charts.nth(i).locator('.chart-drawn')).toBeVisible()
    }
    await page.goto(`${edition.base}presenter/3`)
    await expect(page.locator('.slidev-page-3').first()).toBeVisible()
    // Offline, every font subset the slides asked for came from the precache: a missing one is a failed request.
    await page.waitForTimeout(500)
    expect(real(watch.problems)).toEqual([])
    expect(
      hasReadingView(resolve(root, '.e2e/dist'), zh ? 'zh' : ''),
      'the build has a reading view, and the worker precaches it',
    ).toBe(true)
    for (const path of ['read/', 'read']) {
      await page.goto(`${edition.base}${path}`)
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[edition.locale])
      await page.reload()
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[edition.locale])
    }
    expect(watch.external).toEqual([])
  })
}

test('the English worker does not answer for the Chinese edition', async ({ page, context }) => {
  await page.goto(`${BASE}3`)
  expect(await workerInControl(page)).toBe(`http://127.0.0.1:${PORT}${BASE}`)
  // Online, the Chinese edition comes from the server (or its own worker), never as the English deck.
  await page.goto(`${BASE}zh/7`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.locator('.slidev-page-7')).toBeVisible()
  // Offline in a fresh page of a context that only knows the English worker: no English deck at a Chinese URL.
  const other = await context.browser()!.newContext({ serviceWorkers: 'allow' })
  const p2 = await other.newPage()
  await p2.goto(`${BASE}1`)
  await workerInControl(p2)
  await other.setOffline(true)
  const result = await p2.goto(`${BASE}zh/7`).then(
    () => p2.locator('html').getAttribute('lang'),
    (e: Error) => e.message,
  )
  expect(result).not.toBe('en')
  await other.close()
})

test.describe('with the server process stopped', () => {
  const port = PORT + 13
  let server: ChildProcess | undefined
  test.beforeAll(async () => {
    server = spawn(
      resolve(root, 'node_modules/.bin/tsx'),
      ['scripts/serve.ts', '--dir', '.e2e/dist', '--port', String(port)],
      { cwd: root, stdio: 'pipe', detached: true },
    )
    await new Promise<void>((ok, fail) => {
      server!.stdout!.on('data', (d: Buffer) => String(d).includes('deck on') && ok())
      server!.on('exit', code => fail(new Error(`serve.ts exited ${code}`)))
    })
  })
  test.afterAll(() => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid)
  })

  test('both editions reload a slide, and another slide opens', async ({ page }) => {
    const origin = `http://127.0.0.1:${port}`
    await page.goto(`${origin}${BASE}4`)
    await workerInControl(page)
    await page.goto(`${origin}${BASE}zh/7`)
    await workerInControl(page)
    const stopped = new Promise(ok => server!.once('exit', ok))
    process.kill(-server!.pid!)
    await stopped
    expect((await fetch(`${origin}${BASE}`).catch(() => undefined))?.status, 'the server is gone').toBeUndefined()
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.locator('.slidev-page-7')).toBeVisible()
    await page.goto(`${origin}${BASE}zh/9`)
    await expect(page.locator('.slidev-page-9')).toBeVisible()
    await page.goto(`${origin}${BASE}5`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('.slidev-page-5')).toBeVisible()
  })
})

test.describe('a new deploy', () => {
  const port = PORT + 14
  const base = DEPLOY_BASE
  let tmp = ''
  let server: Server | undefined
  const current = () => join(tmp, 'current')

  test.beforeAll(async () => {
    test.setTimeout(360_000)
    // Two builds of the English edition, each with a marker under the cover's title (deploy-one, deploy-two),
    // made once per run (tests/e2e/shared.ts); `current` is the one the host serves.
    const [one] = await Promise.all([shared('deploy-one'), shared('deploy-two')])
    tmp = mkdtempSync(join(tmpdir(), 'deck-deploys-'))
    symlinkSync(one.path, current())
    server = serveRules(githubPagesRules(current(), base), 'github-pages')
    await listen(server, port)
  })
  test.afterAll(async () => {
    await new Promise(ok => (server ? server.close(ok) : ok(undefined)))
    rmSync(tmp, { recursive: true, force: true })
  })

  test('replaces the cached deck on the next visit, without a prompt', async ({ page, context }) => {
    test.setTimeout(120_000)
    const url = `http://127.0.0.1:${port}${base}1`
    await page.goto(url)
    await expect(page.locator('[data-deploy]')).toHaveText('deploy-one')
    await workerInControl(page)
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('[data-deploy]'), 'offline: the first deploy, from the cache').toHaveText('deploy-one')
    await context.setOffline(false)

    rmSync(current())
    symlinkSync(JOBS['deploy-two'].path, current())
    // The next visit may still be answered from the old cache; the new worker takes over and the page
    // reloads itself. Nobody clicks anything.
    await expect(async () => {
      await page.goto(url)
      await expect(page.locator('[data-deploy]')).toHaveText('deploy-two', { timeout: 15_000 })
    }).toPass({ timeout: 90_000 })

    // The cache now holds the second deploy only: offline it shows, and no chunk of the first is kept.
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('[data-deploy]')).toHaveText('deploy-two')
    const cached = await page.evaluate(async () => {
      const urls: string[] = []
      for (const name of await caches.keys())
        urls.push(...(await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname))
      return urls
    })
    const onlyInOne = readdirSync(join(JOBS['deploy-one'].path, 'assets')).filter(
      f => f.endsWith('.js') && !existsSync(join(JOBS['deploy-two'].path, 'assets', f)),
    )
    expect(onlyInOne.length, 'the two builds differ in some chunk').toBeGreaterThan(0)
    expect(cached.filter(u => onlyInOne.some(f => u.endsWith(f)))).toEqual([])
  })
})
