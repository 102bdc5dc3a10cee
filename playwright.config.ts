import { defineConfig } from '@playwright/test'
import { chromiumPath, quietChromiumArgs } from './scripts/lib/chromium'

export const BASE = '/tf-vs-pytorch/'
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4319)
// One id per `playwright test` run (workers inherit it): the shared builds and PDFs (tests/e2e/shared.ts) are
// made once per run.
process.env.E2E_RUN_ID ??= String(Date.now())
// The export's print server, in the build the web server makes and in the dark PDF: E2E_PORT+20 and the next
// nine, so that two checkouts running their suites side by side keep out of each other's way.
process.env.EXPORT_PORT ??= String(PORT + 20)
// Browser specs run side by side (docs/testing.md): two workers on the 2-core machines this is tested on.
const WORKERS = Number(process.env.E2E_WORKERS ?? 2)

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // Generous: CI shares two cores between the build, the server and Chromium.
  expect: { timeout: 15_000 },
  workers: WORKERS,
  // Tests of one file run side by side too; a file whose tests share a server on a fixed port says
  // `test.describe.configure({ mode: 'default' })` to keep them in one worker.
  fullyParallel: true,
  // In CI a failed test is run once more and, if it passes then, reported as flaky rather than failing the run. The
  // two windows of the rehearsal once saw 13 of 14 slides under heavy load (cause not found; it passes alone):
  // the report names every flaky test, so a retry hides nothing from whoever reads it.
  retries: process.env.CI ? 1 : 0,
  // The builds and PDFs more than one spec uses, started in the background (tests/e2e/shared.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  // tests/e2e/timings.ts: where the time went, per spec file, with the load average (.e2e/timings.json).
  reporter: [[process.env.CI ? 'line' : 'list'], ['./tests/e2e/timings.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: chromiumPath(), args: quietChromiumArgs },
    // The built deck registers a service worker that precaches the whole edition. The specs that test hosting
    // and offline use allow it; the others test the deck itself, each in a fresh context, without a worker
    // downloading every chunk beside them.
    serviceWorkers: 'block',
    // Most specs check what a slide shows, not how it moves: without the charts' entry animations (BaseChart drops
    // them under reduced motion) a chart is finished at once and the browser draws no animation frames. The specs
    // that walk the talk as the audience sees it (walk, rehearsal, present, stage-keys) and the motion tests in
    // audit and presenter run with motion (`test.use({ reducedMotion: 'no-preference' })`).
    reducedMotion: 'reduce',
  },
  projects: [
    { name: 'desktop', testIgnore: /\.phone\.spec\.ts$/ },
    // A phone held upright: the reading view's layout and the deck's offer to read it (tests/e2e/*.phone.spec.ts).
    {
      name: 'phone',
      testMatch: /\.phone\.spec\.ts$/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    // The tests run against the built decks under a sub-path, as they are hosted, not against the dev server:
    // English at BASE, Chinese at BASE + 'zh/' (scripts/build.ts builds both).
    command: [
      `npx tsx scripts/build.ts --base ${BASE} --out .e2e/dist`,
      `npx tsx scripts/serve.ts --dir .e2e/dist --base ${BASE} --port ${PORT}`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}${BASE}`,
    timeout: 420_000,
    reuseExistingServer: !process.env.CI,
  },
})
