// Runs once per `playwright test`, after the web server has built and served .e2e/dist (playwright.config.ts):
// starts making the shared builds and PDFs (tests/e2e/shared.ts) that this run's spec files use, one after
// another in the background, so that they are ready, or nearly, when those specs start, instead of each spec
// making its own while the browser waits. It returns at once; the teardown stops whatever is still running.
import { basename } from 'node:path'
import type { JobName } from './shared'
import { JOBS, shared, stopAll } from './shared'

/**
 * The spec files named on the command line (`playwright test tests/e2e/hosting.spec.ts`, or a part of a name),
 * or none: then every spec runs. A guess only decides what is made in advance; a spec makes what it needs anyway.
 */
function filters(argv: string[]): string[] {
  const at = argv.findIndex(a => a === 'test')
  return argv
    .slice(at + 1)
    .filter((a, i, all) => !a.startsWith('-') && !/^-/.test(all[i - 1] ?? '') && !/^\d+$/.test(a))
    .map(a => basename(a.replace(/:\d+(?::\d+)?$/, '')))
}

export default async function globalSetup() {
  const only = filters(process.argv)
  // Without a filter, the order in which the specs will need them (alphabetical, as Playwright runs files).
  const wanted = (Object.keys(JOBS) as JobName[])
    .filter(name => !only.length || JOBS[name].usedBy.some(spec => only.some(f => spec.includes(f))))
    .sort((a, b) => JOBS[a].usedBy[0].localeCompare(JOBS[b].usedBy[0]))
  if (wanted.length) console.log(`shared: making ${wanted.join(', ')} in the background`)
  // One at a time: the tests running meanwhile need the other core.
  void (async () => {
    for (const name of wanted) {
      try {
        const made = await shared(name)
        console.log(`shared: ${name} ready in ${(made.ms / 1000).toFixed(1)} s`)
      } catch (e) {
        // The spec that needs it reports the failure; here it is only noted.
        console.log(`shared: ${name} failed: ${(e as Error).message.split('\n')[0]}`)
      }
    }
  })()
  return () => stopAll()
}
