// The built deck on each host docs/hosting.md names, through a test server that follows that host's documented
// rules (scripts/lib/hosts/): every kind of deep link opens the right edition at the right place, with no
// console error and no request off the machine, and a reload keeps it. Also the social meta of each edition,
// with and without DECK_SITE_URL, and the language switch on every slide.
//
// GitHub Pages: the Playwright webServer (scripts/serve.ts, GitHub Pages rules) serves the build under
// /tf-vs-pytorch/. Netlify and Vercel: a second build for "/" (as netlify.toml and vercel.json build), with
// DECK_SITE_URL set (tests/e2e/shared.ts, `root`), served by each host's server on E2E_PORT+11 and +12.
import type { Server } from 'node:http'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { BASE, slidesOf, watchPage } from './deck'
import { JOBS, PORT, shared } from './shared'
import type { Host } from '../../scripts/lib/hosts'
import { hostRules } from '../../scripts/lib/hosts'
import { listen, serveRules } from '../../scripts/lib/hosts/static'

// One worker for the whole file: its Netlify and Vercel servers listen on fixed ports (the social meta's
// absolute URLs name one of them).
test.describe.configure({ mode: 'default' })

const root = resolve(import.meta.dirname, '../..')
/** A reload cancels requests in flight (lazy fonts, chunks) with ERR_ABORTED: that is the reload, not the deck. */
const real = (problems: string[]) => problems.filter(p => !/^request failed: .* net::ERR_ABORTED$/.test(p))
const slides = { en: await slidesOf('slides.md'), zh: await slidesOf('slides.zh.md') }
const LANG = { en: 'en', zh: 'zh-CN' } as const

/** The reading view, written by scripts/build.ts; a build without it gets a minimal page in the test's copy. */
function ensureReadingView(dir: string, locale: 'en' | 'zh'): string {
  const file = join(dir, locale === 'zh' ? 'zh/read/index.html' : 'read/index.html')
  if (!existsSync(file)) {
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(
      file,
      `<!doctype html><html lang="${LANG[locale]}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
        `<title>reading view stand-in ${locale}</title></head><body><main>stand-in</main></body></html>`,
    )
  }
  return readFileSync(file, 'utf8').match(/<title>([^<]*)<\/title>/)?.[1] ?? ''
}

interface Site {
  host: Host
  origin: string
  base: string
  dir: string
}
const ghDir = resolve(root, '.e2e/dist')
const sites: Site[] = [
  { host: 'github-pages', origin: `http://127.0.0.1:${PORT}`, base: BASE, dir: ghDir },
  { host: 'netlify', origin: `http://127.0.0.1:${PORT + 11}`, base: '/', dir: '' },
  { host: 'vercel', origin: `http://127.0.0.1:${PORT + 12}`, base: '/', dir: '' },
]
const SITE_URL = sites[1].origin
// Built once per `playwright test` run, maybe in the background while other specs run (tests/e2e/shared.ts),
// with DECK_SITE_URL = SITE_URL.
const rootBuild = JOBS.root.path
const servers: Server[] = []

test.beforeAll(async () => {
  test.setTimeout(300_000)
  await shared('root')
  for (const site of sites) {
    if (site.host === 'github-pages') continue
    site.dir = rootBuild
    const server = serveRules(hostRules(site.host, site.dir), site.host)
    await listen(server, Number(new URL(site.origin).port))
    servers.push(server)
  }
  for (const site of sites) {
    ensureReadingView(site.dir, 'en')
    ensureReadingView(site.dir, 'zh')
  }
})
test.afterAll(async () => {
  await Promise.all(servers.map(s => new Promise(ok => s.close(ok))))
})

/** Reloads once the page is quiet: a reload aborts chunks still loading, which is not what is tested. */
async function reload(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.reload()
}

/** The kinds of deep link, each with how to tell that the right thing opened. */
const kinds: Array<{ name: string; path: (zh: boolean) => string; check: (page: Page, zh: boolean) => Promise<void> }> =
  [
    {
      name: 'slide N',
      path: zh => `${zh ? 'zh/' : ''}7`,
      check: async (page, zh) => {
        await expect(page.locator('.slidev-page-7')).toBeVisible()
        const title = slides[zh ? 'zh' : 'en'][6].title
        if (title)
          await expect(page.locator('.slidev-page-7'), 'the slide shows its title (the kicker)').toContainText(title)
      },
    },
    {
      name: 'presenter',
      path: zh => `${zh ? 'zh/' : ''}presenter/3`,
      check: async page => {
        await expect(page.locator('.slidev-page-3').first()).toBeVisible()
        await expect(page.locator('.slidev-page-4').first()).toBeAttached() // the next-slide preview
      },
    },
    {
      name: 'overview',
      path: zh => `${zh ? 'zh/' : ''}overview`,
      check: async (page, zh) => {
        await expect(page.locator(`.slidev-page-${slides[zh ? 'zh' : 'en'].length}`)).toBeAttached()
      },
    },
  ]

for (const site of sites) {
  test.describe(`${site.host}`, () => {
    // The host's rules are what these tests are about: on Netlify and Vercel every load and reload reaches the host.
    // On GitHub Pages the deck's service worker is let in, so that a reload goes through it as a returning reader's
    // does (installing it precaches the whole edition, 3 MB, before the reload: once per host is enough).
    test.use({ serviceWorkers: site.host === 'github-pages' ? 'allow' : 'block' })
    for (const kind of kinds) {
      for (const zh of [false, true]) {
        test(`deep link: ${kind.name}, ${zh ? 'Chinese' : 'English'}`, async ({ page }) => {
          const watch = watchPage(page)
          const url = `${site.origin}${site.base}${kind.path(zh)}`
          const res = await page.goto(`${url}?x=1`)
          expect(res?.status(), 'a real file answers, not a 404 fallback').toBe(200)
          await expect(page.locator('html')).toHaveAttribute('lang', LANG[zh ? 'zh' : 'en'])
          await kind.check(page, zh)
          await expect(page, 'the address is the one that was opened').toHaveURL(`${url}?x=1`)
          await reload(page)
          await expect(page.locator('html')).toHaveAttribute('lang', LANG[zh ? 'zh' : 'en'])
          await kind.check(page, zh)
          await page.waitForTimeout(300)
          expect(real(watch.problems)).toEqual([])
          expect(watch.external).toEqual([])
        })
      }
    }

    for (const locale of ['en', 'zh'] as const) {
      test(`deep link: reading view, ${locale === 'zh' ? 'Chinese' : 'English'}`, async ({ page }) => {
        const watch = watchPage(page)
        const title = ensureReadingView(site.dir, locale)
        const res = await page.goto(`${site.origin}${site.base}${locale === 'zh' ? 'zh/' : ''}read`)
        expect(res?.status()).toBe(200)
        await expect(page).toHaveTitle(title)
        await expect(page.locator('html')).toHaveAttribute('lang', LANG[locale])
        await reload(page)
        await expect(page).toHaveTitle(title)
        expect(real(watch.problems)).toEqual([])
        expect(watch.external).toEqual([])
      })
    }

    test('offline after a visit: a Chinese slide and the reading view reload where this host serves them', async ({
      browser,
    }) => {
      const context = await browser.newContext({ serviceWorkers: 'allow' })
      const page = await context.newPage()
      const watch = watchPage(page)
      for (const [path, lang] of [
        ['zh/7', 'zh-CN'],
        ['read', 'en'],
      ] as const) {
        await context.setOffline(false)
        await page.goto(`${site.origin}${site.base}${path}`)
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready
          if (!navigator.serviceWorker.controller)
            await new Promise(ok => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }))
        })
        const url = page.url() // GitHub Pages: …/read/ after its redirect; Netlify, Vercel: …/read
        const title = await page.title()
        await context.setOffline(true)
        await page.reload()
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        await expect(page).toHaveURL(url)
        await expect(page).toHaveTitle(title)
        if (path === 'zh/7') await expect(page.locator('.slidev-page-7')).toBeVisible()
      }
      await page.waitForTimeout(300)
      expect(real(watch.problems)).toEqual([])
      await context.close()
    })

    test('the next slide after a deep link, reloaded, stays', async ({ page }) => {
      const watch = watchPage(page)
      await page.goto(`${site.origin}${site.base}zh/5`)
      await expect(page.locator('.slidev-page-5')).toBeVisible()
      await page.keyboard.press('ArrowDown') // next slide, past any clicks
      await expect(page).toHaveURL(new RegExp(`${site.base}zh/6(\\?.*)?$`))
      await reload(page)
      await expect(page.locator('.slidev-page-6')).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await page.waitForTimeout(300)
      expect(real(watch.problems)).toEqual([])
    })
  })
}

test('GitHub Pages: an unknown path under zh/ ends in the Chinese edition, with the 404 status', async ({ page }) => {
  const res = await page.request.get(`${BASE}zh/999`)
  expect(res.status()).toBe(404)
  await page.goto(`${BASE}zh/999?x=1`)
  await expect(page).toHaveURL(new RegExp(`${BASE}zh/1?\\?x=1$`)) // the deck may add its first slide's number
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.locator('.slidev-page-1')).toBeVisible()
})

test.describe('social meta', () => {
  const head = (dir: string, zh: boolean) => readFileSync(join(dir, zh ? 'zh/index.html' : 'index.html'), 'utf8')
  const meta = (html: string, key: string) =>
    html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1]

  for (const zh of [false, true]) {
    const edition = zh ? 'Chinese' : 'English'
    test(`${edition}, without DECK_SITE_URL: its own title, description and card, no absolute URL`, async ({
      request,
    }) => {
      const html = head(ghDir, zh)
      const headmatter = readFileSync(resolve(root, zh ? 'slides.zh.md' : 'slides.md'), 'utf8')
      expect(html).toContain(`<title>${headmatter.match(/^title: (.*)$/m)![1]}</title>`)
      expect(meta(html, 'description')).toBe(headmatter.match(/^info: (.*)$/m)![1])
      expect(meta(html, 'twitter:card')).toBe('summary_large_image')
      expect(meta(html, 'og:url')).toBeUndefined()
      const image = meta(html, 'og:image')!
      expect(image).toMatch(new RegExp(`^${BASE}${zh ? 'zh/' : ''}assets/og-image${zh ? '\\.zh' : ''}-[\\w-]+\\.png$`))
      expect(html).not.toMatch(/content="https?:/)
      const png = await (await request.get(image)).body()
      // PNG header: width and height as big-endian 32-bit ints at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
      const source = readFileSync(resolve(root, zh ? 'og-image.zh.png' : 'og-image.png'))
      expect(png.equals(source), `the card is ${zh ? 'og-image.zh.png' : 'og-image.png'}`).toBe(true)
    })

    test(`${edition}, with DECK_SITE_URL: og:image and og:url absolute, and served`, async ({ request }) => {
      const html = head(rootBuild, zh)
      expect(meta(html, 'og:url')).toBe(`${SITE_URL}/${zh ? 'zh/' : ''}`)
      const image = meta(html, 'og:image')!
      expect(image).toMatch(
        new RegExp(`^${SITE_URL}/${zh ? 'zh/' : ''}assets/og-image${zh ? '\\.zh' : ''}-[\\w-]+\\.png$`),
      )
      const res = await request.get(image)
      expect(res.status()).toBe(200)
      expect(res.headers()['content-type']).toBe('image/png')
      expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    })
  }

  test('no page title says Slidev: slides, presenter, overview, reading view, in both editions', async ({ page }) => {
    test.setTimeout(240_000) // ten pages, each until the network is idle (the deck sets its title once mounted)
    for (const path of [
      '1',
      '4',
      'presenter/3',
      'overview',
      'read',
      'zh/1',
      'zh/4',
      'zh/presenter/3',
      'zh/overview',
      'zh/read',
    ]) {
      await page.goto(`${BASE}${path}`)
      await page.waitForLoadState('networkidle')
      const title = await page.title()
      expect(title, path).not.toMatch(/slidev/i)
      expect(title.length, path).toBeGreaterThan(0)
    }
  })
})

test.describe('the language switch', () => {
  test('on every slide of both editions, pointing at the same slide in the other one', async ({ page }) => {
    for (const [locale, base, other] of [
      ['en', BASE, `${BASE}zh/`],
      ['zh', `${BASE}zh/`, BASE],
    ] as const) {
      // Through the talk as it is given (ArrowDown: the next slide, past its clicks): the switch follows each move.
      await page.goto(`${base}1`)
      for (const s of slides[locale]) {
        if (s.no > 1) await page.keyboard.press('ArrowDown')
        await expect(page.locator(`.slidev-page-${s.no}`)).toBeVisible()
        await expect(page.locator('[data-lang-switch]')).toBeVisible()
        await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', `${other}${s.no}`)
      }
    }
  })

  test('keeps the slide number and the query string, there and back', async ({ page }) => {
    const watch = watchPage(page)
    await page.goto(`${BASE}7?x=1`)
    await page.locator('[data-lang-switch]').click()
    await expect(page).toHaveURL(`${BASE}zh/7?x=1`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.locator('.slidev-page-7')).toBeVisible()
    await page.locator('[data-lang-switch]').click()
    await expect(page).toHaveURL(`${BASE}7?x=1`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('.slidev-page-7')).toBeVisible()
    await page.waitForTimeout(300)
    expect(real(watch.problems)).toEqual([])
  })

  test('follows a query string changed after the page loaded (chart state)', async ({ page }) => {
    await page.goto(`${BASE}7`)
    // After the deck has settled on its address: its router's first navigation rewrites the URL once, and a
    // change made before that (not what a reader does) would be overwritten.
    await expect(page.locator('.slidev-page-7')).toBeVisible()
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => history.replaceState(history.state, '', `${location.pathname}?conf=CVPR`))
    await page.locator('[data-lang-switch]').click()
    await expect(page).toHaveURL(`${BASE}zh/7?conf=CVPR`)
  })

  test("in the presenter view it opens the other edition's presenter", async ({ page }) => {
    await page.goto(`${BASE}presenter/3`)
    await expect(page.locator('[data-lang-switch]').first()).toHaveAttribute('href', `${BASE}zh/presenter/3`)
  })

  test('is not printed', async ({ page }) => {
    await page.goto(`${BASE}2`)
    await expect(page.locator('[data-lang-switch]')).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('[data-lang-switch]')).toBeHidden()
  })
})

test.describe('npm run preview -- --host …', () => {
  const run = (args: string[], port: number) =>
    spawn(resolve(root, 'node_modules/.bin/tsx'), ['scripts/serve.ts', ...args, '--port', String(port)], {
      cwd: root,
      stdio: 'pipe',
      detached: true,
    })

  test('serves a "/" build by Vercel\'s and Netlify\'s rules', async ({ request }) => {
    for (const [host, port] of [
      ['vercel', PORT + 15],
      ['netlify', PORT + 16],
    ] as const) {
      const child = run(['--dir', rootBuild, '--host', host], port)
      try {
        await new Promise<void>((ok, fail) => {
          child.stdout!.on('data', (d: Buffer) => String(d).includes(`(${host} rules)`) && ok())
          child.on('exit', code => fail(new Error(`serve.ts --host ${host} exited ${code}`)))
        })
        const res = await request.get(`http://127.0.0.1:${port}/zh/999`)
        expect(res.headers()['x-test-host']).toBe(host)
        expect(res.status()).toBe(200)
        expect(await res.text()).toContain('<html lang="zh-CN">')
      } finally {
        process.kill(-child.pid!)
      }
    }
  })

  test("says why a sub-path build cannot be served by Netlify's rules", async () => {
    const child = run(['--dir', ghDir, '--host', 'netlify'], PORT + 17)
    let err = ''
    child.stderr!.on('data', (d: Buffer) => (err += String(d)))
    const code = await new Promise(ok => child.on('exit', ok))
    expect(code).not.toBe(0)
    expect(err).toContain(
      `netlify serves the publish directory at the site root; build the deck with base "/" (got ${BASE})`,
    )
  })
})
