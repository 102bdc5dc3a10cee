import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findChromium } from '../../scripts/lib/chromium'
import { parseRange } from '../../scripts/lib/export/print'
import { exportPorts } from '../../scripts/lib/export/run'
import { inputsHash, STAMP_FILE, stampOf } from '../../scripts/lib/export/stamp'

describe('build freshness (inputsHash, stampOf)', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach(d => rmSync(d, { recursive: true, force: true })))
  function project() {
    const dir = mkdtempSync(join(tmpdir(), 'stamp-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'pages'))
    mkdirSync(join(dir, 'scripts/lib/export'), { recursive: true })
    writeFileSync(join(dir, 'slides.md'), '# one\n')
    writeFileSync(join(dir, 'pages/a.md'), '# a\n')
    writeFileSync(join(dir, 'scripts/build.ts'), 'build()\n')
    writeFileSync(join(dir, 'scripts/export.ts'), 'print()\n')
    return dir
  }

  it('changes when a slide, a page or the build script changes, or the base', () => {
    const dir = project()
    const before = inputsHash(dir, { base: '/' })
    expect(inputsHash(dir, { base: '/' })).toBe(before)
    expect(inputsHash(dir, { base: '/x/' })).not.toBe(before)
    writeFileSync(join(dir, 'pages/a.md'), '# a, edited\n')
    const edited = inputsHash(dir, { base: '/' })
    expect(edited).not.toBe(before)
    writeFileSync(join(dir, 'pages/b.md'), '# b\n')
    expect(inputsHash(dir, { base: '/' })).not.toBe(edited)
    writeFileSync(join(dir, 'scripts/build.ts'), 'build(2)\n')
    expect(inputsHash(dir, { base: '/' })).not.toBe(edited)
  })

  it('ignores what does not go into the build: the export and bench scripts, host servers, dotfiles', () => {
    const dir = project()
    const before = inputsHash(dir)
    mkdirSync(join(dir, 'scripts/lib/hosts'))
    writeFileSync(join(dir, 'scripts/export.ts'), 'print(2)\n')
    writeFileSync(join(dir, 'scripts/lib/export/print.ts'), 'x\n')
    writeFileSync(join(dir, 'scripts/lib/chromium.ts'), 'x\n')
    writeFileSync(join(dir, 'scripts/lib/hosts/netlify.ts'), 'x\n')
    writeFileSync(join(dir, 'pages/.DS_Store'), 'x')
    writeFileSync(join(dir, 'README.md'), 'docs')
    expect(inputsHash(dir)).toBe(before)
  })

  it('counts the shared code the build runs (scripts/lib/ outside the export and the hosts)', () => {
    const dir = project()
    const before = inputsHash(dir)
    writeFileSync(join(dir, 'scripts/lib/reading-view.ts'), 'x\n')
    expect(inputsHash(dir)).not.toBe(before)
  })

  it("reads a build's stamp, and none from a folder without one or with a broken one", () => {
    const dir = project()
    expect(stampOf(dir)).toBeUndefined()
    writeFileSync(join(dir, STAMP_FILE), '{"inputs": 3}')
    expect(stampOf(dir)).toBeUndefined()
    writeFileSync(join(dir, STAMP_FILE), JSON.stringify({ inputs: 'abc' }))
    expect(stampOf(dir)).toBe('abc')
  })
})

describe('parseRange', () => {
  it("reads Slidev's range syntax", () => {
    expect(parseRange(5)).toEqual([1, 2, 3, 4, 5])
    expect(parseRange(9, '1,3-5,8')).toEqual([1, 3, 4, 5, 8])
  })
  it('names the part that is wrong', () => {
    expect(() => parseRange(5, '2-9')).toThrow(/2-9 is outside slides 1–5/)
    expect(() => parseRange(5, 'x')).toThrow(/"x" is not a slide number/)
  })
})

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it exists, and nothing else when it does not', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath }).path).toBe(process.execPath)
    const missing = findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(missing.path).toBeUndefined()
    expect(missing.why).toMatch(/CHROMIUM_PATH=\/nonexistent\/chromium does not exist/)
  })
})

describe('exportPorts', () => {
  it('gives ten ports from EXPORT_PORT, 4710 by default, and rejects a non-port', () => {
    expect(exportPorts({})).toEqual([4710, 4711, 4712, 4713, 4714, 4715, 4716, 4717, 4718, 4719])
    expect(exportPorts({ EXPORT_PORT: '4750' })[0]).toBe(4750)
    expect(() => exportPorts({ EXPORT_PORT: 'abc' })).toThrow(/EXPORT_PORT must be a port number/)
  })
})
