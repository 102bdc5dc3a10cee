import { existsSync } from 'node:fs'

/** The system Chromium: CHROMIUM_PATH if set, else Debian's. Playwright cannot download its own here. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[]
  return candidates.find(p => existsSync(p))
}

// Keep the browser from phoning home: on a closed network those attempts show up as failed requests.
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
]
