// The three decks of the benchmark, prepared in a temp dir: this deck (used in place), a minimal 2-slide deck
// (the floor) and the Slidev starter template from the create-slidev package (the anti-example).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { editionOf } from '../../lib/editions'

export interface Deck {
  id: 'deck' | 'minimal' | 'starter' | 'zh'
  label: string
  root: string
  entry: string
  /** Where it came from (package and version), for the report. */
  origin: string
  /** Extra node flags for slidev build/export in this deck. */
  nodeArgs: string[]
}

export const CREATE_SLIDEV = '52.15.2' // the only 52.x create-slidev the registry here offers
export const THEME_SERIPH = '0.25.0' // the version `latest` resolves to for the starter's theme

const MINIMAL = `---
theme: default
title: Minimal
fonts:
  provider: none
---

# Slide one

A minimal Slidev deck: the floor.

---

# Slide two

Nothing else.
`

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/**
 * node_modules for a temp deck: a symlink per entry of this project's node_modules (so @slidev/cli stays at
 * 52.20.1 and nothing is downloaded twice), plus extra packages installed elsewhere.
 */
function linkNodeModules(projectModules: string, target: string, extra: Record<string, string> = {}) {
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  for (const name of readdirSync(projectModules)) {
    if (name.startsWith('@')) {
      mkdirSync(join(target, name), { recursive: true })
      for (const sub of readdirSync(join(projectModules, name)))
        symlinkSync(join(projectModules, name, sub), join(target, name, sub))
    } else {
      symlinkSync(join(projectModules, name), join(target, name))
    }
  }
  for (const [name, dir] of Object.entries(extra)) {
    rmSync(join(target, name), { force: true, recursive: true })
    symlinkSync(dir, join(target, name))
  }
}

export function prepareDecks(repo: string, work: string, cache: string, withStarter = true): Deck[] {
  const modules = join(repo, 'node_modules')
  const decks: Deck[] = [
    { id: 'deck', label: 'this deck', root: repo, entry: 'slides.md', origin: 'slides.md', nodeArgs: [] },
  ]

  const minimal = join(work, 'minimal')
  mkdirSync(minimal, { recursive: true })
  writeFileSync(join(minimal, 'slides.md'), MINIMAL)
  writeFileSync(join(minimal, 'package.json'), '{ "name": "minimal", "private": true, "type": "module" }\n')
  linkNodeModules(modules, join(minimal, 'node_modules'))
  decks.push({
    id: 'minimal',
    label: 'minimal',
    root: minimal,
    entry: 'slides.md',
    origin: 'generated: 2 slides, default theme, fonts.provider none',
    nodeArgs: [],
  })

  // The Chinese edition last, so the report's first columns stay deck, minimal, starter.
  const zh: Deck = {
    id: 'zh',
    label: 'this deck (zh)',
    root: repo,
    entry: editionOf('zh').entry,
    origin: editionOf('zh').entry,
    nodeArgs: [],
  }
  if (!withStarter) {
    decks.push(zh)
    return decks
  }

  // create-slidev's template and the starter's theme, fetched once with npm into a cache dir.
  mkdirSync(cache, { recursive: true })
  const tgz = join(cache, `create-slidev-${CREATE_SLIDEV}.tgz`)
  if (!existsSync(tgz)) npm(['pack', `create-slidev@${CREATE_SLIDEV}`, '--silent', '--pack-destination', cache], cache)
  const unpacked = join(cache, `create-slidev-${CREATE_SLIDEV}`)
  if (!existsSync(join(unpacked, 'package', 'template', 'slides.md'))) {
    mkdirSync(unpacked, { recursive: true })
    execFileSync('tar', ['xzf', tgz, '-C', unpacked])
  }
  const seriph = join(cache, `theme-seriph-${THEME_SERIPH}`)
  if (!existsSync(join(seriph, 'node_modules', '@slidev', 'theme-seriph', 'package.json'))) {
    mkdirSync(seriph, { recursive: true })
    writeFileSync(join(seriph, 'package.json'), '{ "name": "seriph-cache", "private": true }\n')
    npm(
      ['install', `@slidev/theme-seriph@${THEME_SERIPH}`, '--ignore-scripts', '--no-audit', '--no-fund', '--omit=peer'],
      seriph,
    )
  }
  const starter = join(work, 'starter')
  rmSync(starter, { recursive: true, force: true })
  cpSync(join(unpacked, 'package', 'template'), starter, { recursive: true })
  // Same pinned CLI for all three decks: the template asks for ^52.15.2, we give it this project's 52.20.1.
  const pkg = JSON.parse(readFileSync(join(starter, 'package.json'), 'utf8'))
  pkg.dependencies['@slidev/cli'] = '52.20.1'
  pkg.dependencies['@slidev/theme-seriph'] = THEME_SERIPH
  writeFileSync(join(starter, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  // The starter uses twoslash, which Slidev 52.20 configures for TypeScript 6 (`ignoreDeprecations: "6.0"`).
  // This project pins TypeScript 5.9 at the top of node_modules (twoslash is off here), so the starter gets the
  // TypeScript 6 that @slidev/cli itself depends on, as a fresh `npm install` of the template would hoist, and
  // runs with --preserve-symlinks so the linked packages resolve it from the starter's node_modules.
  linkNodeModules(modules, join(starter, 'node_modules'), {
    '@slidev/theme-seriph': join(seriph, 'node_modules', '@slidev', 'theme-seriph'),
    typescript: join(modules, '@slidev', 'cli', 'node_modules', 'typescript'),
  })
  decks.push({
    id: 'starter',
    label: 'starter',
    root: starter,
    entry: 'slides.md',
    origin:
      `create-slidev@${CREATE_SLIDEV} template, @slidev/theme-seriph@${THEME_SERIPH}, ` + 'TypeScript 6.0 for twoslash',
    nodeArgs: ['--preserve-symlinks', '--preserve-symlinks-main'],
  })
  decks.push(zh)
  return decks
}
