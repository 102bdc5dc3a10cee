// Whether a build is fresh: a hash of everything that goes into it, written into the build by scripts/build.ts
// and compared by scripts/export.ts before it reuses that build. Content, not mtimes: a checkout or a
// `git stash` that restores the same bytes keeps the build.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { EDITIONS } from '../../../lib/editions'

/** What a build is made of, relative to the project root. Folders are read recursively. */
export const BUILD_INPUTS = [
  ...EDITIONS.map(e => e.entry),
  'pages',
  'components',
  'composables',
  'layouts',
  'setup',
  'styles',
  'lib',
  'data',
  'public',
  'og-image.png',
  'og-image.zh.png',
  'vite.config.ts',
  'uno.config.ts',
  'package-lock.json',
  'scripts',
]
/**
 * Inside those, what does not change the build: the export and bench drive a build, the host servers serve one,
 * finding a Chromium changes nothing in it.
 */
const IGNORED = [
  /^scripts\/(?:export|bench)(?:\/|\.ts$|-)/,
  /^scripts\/lib\/(?:export\/|hosts\/|chromium\.ts$)/,
  /(?:^|\/)node_modules\//,
  /(?:^|\/)\.[^/]+$/,
]

/** The file name of the stamp inside a build's output folder. */
export const STAMP_FILE = '.build-stamp.json'

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [path]
  return readdirSync(full)
    .sort()
    .flatMap(name => filesUnder(root, `${path}/${name}`))
}

/** A hash of the build's inputs under `root`, plus anything else the build depends on (its base, its edition). */
export function inputsHash(root: string, extra: Record<string, string> = {}, inputs = BUILD_INPUTS): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(Object.entries(extra).sort()))
  for (const file of inputs.flatMap(p => filesUnder(root, p))) {
    const rel = relative(root, join(root, file)).replaceAll('\\', '/')
    if (IGNORED.some(re => re.test(rel))) continue
    hash.update(`\0${rel}\0`)
    hash.update(readFileSync(join(root, file)))
  }
  return hash.digest('hex')
}

/** The hash a build folder was stamped with, or undefined when it has no readable stamp. */
export function stampOf(dir: string): string | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, STAMP_FILE), 'utf8')) as { inputs?: unknown }
    return typeof stamp.inputs === 'string' ? stamp.inputs : undefined
  } catch {
    return undefined
  }
}
