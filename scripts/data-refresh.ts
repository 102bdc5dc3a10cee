// npm run data:refresh [-- --dry-run] [-- --snapshot <file> --commit <sha>]
// Adds the newest monthly snapshot of hugovk/top-pypi-packages to data/pypi.csv and prints, per slide, which
// figures, titles and charts change. Exit status: 0 added or already current, 2 offline (nothing changed),
// 1 a snapshot refused or another error (nothing changed). See docs/data.md.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { projectRoot } from './lib/deck'
import { fileSource, githubSource, refresh, report } from './lib/refresh'

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    snapshot: { type: 'string' },
    commit: { type: 'string' },
    'data-dir': { type: 'string' },
  },
})
if (values.snapshot && !values.commit) {
  console.error('--snapshot needs --commit: the commit of hugovk/top-pypi-packages the file was taken from')
  process.exit(1)
}
// DATA_REFRESH_API / DATA_REFRESH_RAW point the command elsewhere (the tests use an address nothing listens on).
const source = values.snapshot
  ? fileSource(values.snapshot, values.commit!)
  : githubSource(process.env.DATA_REFRESH_API, process.env.DATA_REFRESH_RAW)
try {
  const dataDir = values['data-dir'] ?? join(projectRoot, 'data')
  const result = await refresh({ dataDir, source, dryRun: values['dry-run'] })
  console.log(report(result))
  if (values['dry-run'] && result.status === 'added') console.log('(dry run: nothing written)')
  process.exit(result.status === 'offline' ? 2 : 0)
} catch (e) {
  console.error(`data:refresh refused: ${(e as Error).message}; nothing written.`)
  process.exit(1)
}
