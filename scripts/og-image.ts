// Writes og-image.png (1200×630, the social-card size) from slide 1 of a built deck. Slidev copies it into
// the build (headmatter seoMeta.ogImage). Usage: npm run build && npm run og-image [-- --dir dist]
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import sirv from 'sirv'
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/browser'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } })
const files = sirv(values.dir!, { single: true })
const server = createServer((req, res) => {
  req.url = `/${(req.url ?? '/').slice(values.base!.length)}`
  files(req, res)
})
await new Promise<void>(ok => server.listen(0, '127.0.0.1', ok))
const port = (server.address() as AddressInfo).port
const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumArgs })
// 16:9 at 1200 wide is 1200×675; the cover is centred, so cropping 22 px off top and bottom loses nothing.
const page = await browser.newPage({ viewport: { width: 1200, height: 675 }, colorScheme: 'light' })
await page.goto(`http://127.0.0.1:${port}${values.base}1`)
await page.locator('.slidev-page-1').waitFor()
await page.evaluate(() => document.fonts.ready)
await page.waitForTimeout(800)
const out = resolve(import.meta.dirname, '../og-image.png')
await page.screenshot({ path: out, clip: { x: 0, y: 22, width: 1200, height: 630 } })
await browser.close()
server.close()
console.log(`wrote ${out}`)
