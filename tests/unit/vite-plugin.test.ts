import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckData } from '../../lib/data/vite-plugin'
import { dataDir } from './helpers'

// What `slidev` / `slidev build` run when they start: a bad data file must stop them with its location.
function startBuild(dir: string) {
  const plugin = deckData(dir)
  const ctx = { addWatchFile: () => {} }
  return () => (plugin.buildStart as unknown as (this: typeof ctx) => void).call(ctx)
}

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-data-'))
  cpSync(dataDir, dir, { recursive: true })
  return dir
}

describe('the deck-data Vite plugin', () => {
  it('starts with the real data', () => {
    expect(startBuild(dataDir)).not.toThrow()
  })

  it('stops the build on a malformed file, naming file, line and field', () => {
    const dir = copyOfData()
    const file = join(dir, 'trend.csv')
    writeFileSync(file, readFileSync(file, 'utf8').replace('CVPR,2019-06,294,148,1294', 'CVPR,2019-06,294,148,12x4'))
    expect(startBuild(dir)).toThrow(
      /^\[deck-data\] data\/trend\.csv:\d+ field "total": expected a whole number >= 0, got "12x4"$/,
    )
  })

  it('stops the build when a row cites a source that is not listed', () => {
    const dir = copyOfData()
    const file = join(dir, 'timeline.csv')
    writeFileSync(file, readFileSync(file, 'utf8').replace(',bert-git,', ',bert-blog,'))
    expect(startBuild(dir)).toThrow(
      /data\/timeline\.csv:\d+ field "source": unknown source id "bert-blog"; add it to data\/sources\.csv/,
    )
  })

  it('stops the build when a data file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-empty-'))
    expect(startBuild(dir)).toThrow(/data\/sources\.csv: file not found/)
  })
})
