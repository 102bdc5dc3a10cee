import type { DatasetName } from '../../lib/data/schema'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadDeckData } from '../../lib/data/load'
import { datasets } from '../../lib/data/schema'

export const dataDir = fileURLToPath(new URL('../../data', import.meta.url))
export const realData = loadDeckData(dataDir)

export function realCsv(name: DatasetName): string {
  return readFileSync(`${dataDir}/${datasets[name].file}`, 'utf8')
}
