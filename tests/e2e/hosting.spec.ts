// The built deck as a static host serves it: deep links and reloads under a sub-path, page metadata from the
// headmatter, and a second build under a deeper base served on its own port.
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { load } from '@slidev/parser/fs'
import { BASE, slidesOf, watchPage } from './deck'

const root = resolve(import.meta.dirname, '../..')
/** A reload cancels requests still in flight (lazy fonts, chunks) with ERR_ABORTED: that is the reload, not the deck. */
const real = (problems: string[]) => problems.filter(p => !/^request failed: .* net::ERR_ABORTED$/.test(p))
const slides = await slidesOf()
const { headmatter } = await load({ userRoot: root, roots: [root] } as never, resolve(root, 'slides.md'))

test('a deep link opens its slide, and reloading keeps it', async ({ page }) => {
  const watch = watchPage(page)
  const no = Math.min(5, slides.length)
  await page.goto(`${BASE}${no}`)
  await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
  await page.waitForLoadState('networkidle') // a reload aborts chunks still loading: not what is tested
  await page.reload()
  await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
  await page.keyboard.press('ArrowDown') // next slide, past any clicks
  await expect(page).toHaveURL(new RegExp(`${BASE}${no + 1}(\\?.*)?$`))
  await page.waitForLoadState('networkidle') // a reload aborts chunks still loading: not what is tested
  await page.reload()
  await expect(page.locator(`.slidev-page-${no + 1}`)).toBeVisible()
  await page.waitForTimeout(300)
  expect(real(watch.problems)).toEqual([])
  expect(watch.external).toEqual([])
})

test('page metadata: title, description, language, local social image', async ({ page, request }) => {
  await page.goto(`${BASE}1`)
  await expect(page).toHaveTitle(String(headmatter.title))
  await expect(page.locator('html')).toHaveAttribute('lang', String(headmatter.lang))
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', String(headmatter.info).trim())
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', String(headmatter.info).trim())
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(image, 'og:image is served from the deck itself').toMatch(new RegExp(`^${BASE}|^\\./`))
  const res = await request.get(new URL(image!, page.url()).href)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toContain('image/png')
  const png = await res.body()
  // PNG header: width and height as big-endian 32-bit ints at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
})

test.describe('built under a deeper base path', () => {
  const deep = '/some/sub/path/'
  const port = Number(process.env.E2E_PORT ?? 4319) + 1000
  let dir = ''
  let server: ChildProcess | undefined

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    dir = mkdtempSync(join(tmpdir(), 'deck-deep-'))
    execFileSync('npx', ['tsx', 'scripts/build.ts', deep, '--out', dir], { cwd: root, stdio: 'pipe' })
    // Its own process group, so that afterAll ends the server and the node process tsx starts under it.
    server = spawn(resolve(root, 'node_modules/.bin/tsx'), ['scripts/serve.ts', '--dir', dir, '--port', String(port)], { cwd: root, stdio: 'pipe', detached: true })
    await new Promise<void>((ok, fail) => {
      server!.stdout!.on('data', (d: Buffer) => String(d).includes('deck on') && ok())
      server!.on('exit', code => fail(new Error(`serve.ts exited ${code}`)))
    })
  })
  test.afterAll(() => {
    if (server?.pid)
      process.kill(-server.pid)
    rmSync(dir, { recursive: true, force: true })
  })

  for (const no of [1, Math.ceil(slides.length / 2), slides.length]) {
    test(`opens slide ${no} by URL`, async ({ page }) => {
      const watch = watchPage(page)
      await page.goto(`http://127.0.0.1:${port}${deep}${no}`)
      await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
      if (slides[no - 1].title)
        await expect(page.locator(`.slidev-page-${no}`).getByRole('heading', { level: 1 })).toContainText(slides[no - 1].title)
      await page.waitForLoadState('networkidle') // a reload aborts chunks still loading: not what is tested
  await page.reload()
      await expect(page.locator(`.slidev-page-${no}`)).toBeVisible()
      await page.waitForTimeout(300)
      expect(real(watch.problems)).toEqual([])
      expect(watch.external).toEqual([])
    })
  }
})
