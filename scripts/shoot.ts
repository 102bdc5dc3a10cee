// Screenshots of every slide, light and dark, from a served deck: for looking at what the deck shows.
// Usage: tsx scripts/shoot.ts --url http://127.0.0.1:4319/tf-vs-pytorch/ --count 14 --out shots [--clicks]
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { chromiumPath, quietChromiumArgs } from './lib/chromium'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    count: { type: 'string' },
    out: { type: 'string', default: 'shots' },
    only: { type: 'string' },
  },
})
if (!values.url || !values.count)
  throw new Error('usage: tsx scripts/shoot.ts --url <deck url ending in /> --count <slides> [--out dir] [--only 3,4]')
mkdirSync(values.out!, { recursive: true })
const only = values.only?.split(',').map(Number)
const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumArgs })
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: scheme })
  for (let n = 1; n <= Number(values.count); n++) {
    if (only && !only.includes(n)) continue
    await page.goto(`${values.url}${n}?clicks=99`)
    await page.locator(`.slidev-page-${n}`).waitFor()
    await page.waitForTimeout(900)
    await page.screenshot({ path: `${values.out}/${String(n).padStart(2, '0')}-${scheme}.png` })
  }
  await page.close()
}
await browser.close()
