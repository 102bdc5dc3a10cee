// The one place that finds a Chromium and says how to launch it quietly: the export, the build's PDFs, the
// bench, Lighthouse, the screenshots and Playwright (playwright.config.ts) all read it.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-chromium'

export interface Found {
  path?: string
  why: string
}

/**
 * The Chromium to use. CHROMIUM_PATH when set (and then only it: a wrong path is an error to report,
 * not a reason to pick another browser), else the system one, else Playwright's own if it was installed.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Found {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH, why: 'CHROMIUM_PATH' }
      : { why: `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist` }
  }
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => existsSync(p))
  if (system) return { path: system, why: 'system Chromium' }
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return { path: own, why: "Playwright's Chromium" }
  } catch {}
  return { why: "no Chromium at /usr/bin/chromium, and Playwright's own is not installed" }
}

/** The path findChromium() finds, or undefined (Playwright then looks for its own and names what is missing). */
export const chromiumPath = (): string | undefined => findChromium().path

export const HOW_TO_GET_CHROMIUM = [
  'Any one of these gives the export a browser:',
  '  - set CHROMIUM_PATH=/path/to/chrome-or-chromium',
  '  - Debian/Ubuntu: apt-get install -y chromium   (gives /usr/bin/chromium)',
  "  - npx playwright install chromium              (Playwright's own browser)",
].join('\n')

// Keep the browser from phoning home: on a closed network those attempts show up as failed requests.
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
]
