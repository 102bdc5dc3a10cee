// The Node.js the deck runs on is written once: package.json's devDependency `node` (an official build from the npm
// registry, which npm puts first on PATH for every script), and `engines` is the range the installed packages allow.
// These tests fail when a dependency update raises the floor without `engines` saying so, or when the places that
// name a Node version (CI, the hosts) drift from the pin.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(resolve(root, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> }
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>
}

// The lowest version of each major that `engines` admits ("^22.22.0 || >=24.11.0" → 22.22.0, 24.11.0).
const floors = pkg.engines.node.split('||').map(part => semver.minVersion(part.trim())!.version)

describe('Node.js version', () => {
  it('pins an LTS build as the devDependency `node`, inside `engines`', () => {
    const pin = pkg.devDependencies.node
    expect(semver.valid(pin), 'devDependencies.node must be an exact version').toBe(pin)
    expect(semver.major(pin) % 2, 'an even (LTS) major').toBe(0)
    expect(semver.satisfies(pin, pkg.engines.node), `${pin} is outside engines.node "${pkg.engines.node}"`).toBe(true)
  })

  it('engines.node is no wider than every locked package allows', () => {
    const refused: string[] = []
    for (const [path, entry] of Object.entries(lock.packages)) {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
      if (!path || !range || entry.optional) continue
      for (const floor of floors)
        if (!semver.satisfies(floor, range)) refused.push(`${path} (${range}) refuses ${floor}`)
    }
    expect(refused, `raise engines.node in package.json: ${refused.slice(0, 3).join('; ')}`).toEqual([])
  })

  it('CI and the hosts build with the pinned major', () => {
    const major = String(semver.major(pkg.devDependencies.node))
    expect(read('.ci/run')).toContain('devDependencies.node')
    expect(read('.github/workflows/pages.yml')).toMatch(new RegExp(`node-version: ${major}\\b`))
    expect(read('netlify.toml')).toMatch(new RegExp(`NODE_VERSION = "${major}"`))
  })
})
