import type { DatasetName, DeckData, Row } from './schema'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { datasets } from './schema'

/** A problem in a data file, located precisely enough to fix it without reading the loader. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string | undefined,
    problem: string,
  ) {
    const where = [line === undefined ? file : `${file}:${line}`, field && `field "${field}"`].filter(Boolean).join(' ')
    super(`${where}: ${problem}`)
    this.name = 'DataError'
  }
}

interface Parsed {
  record: string[]
  info: { lines: number }
}

// Records with the line each ends on; ragged rows are kept so the check below can name them.
function parseLines(csv: string): Parsed[] {
  return parse(csv, {
    comment: '#',
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
  }) as unknown as Parsed[]
}

function show(value: unknown): string {
  return JSON.stringify(value)
}

/** Parse and validate one CSV text against the schema of `name`. `file` is only used in messages. */
export function parseDataset<N extends DatasetName>(
  name: N,
  csv: string,
  file = `data/${datasets[name].file}`,
): Row<N>[] {
  const spec = datasets[name]
  const columns = Object.keys(spec.row.shape)
  let records: Parsed[]
  try {
    records = parseLines(csv)
  } catch (e) {
    const err = e as { lines?: number; message: string }
    throw new DataError(file, err.lines, undefined, `not valid CSV (${err.message})`)
  }
  if (records.length === 0)
    throw new DataError(file, undefined, undefined, `the file is empty; expected a header line: ${columns.join(',')}`)

  const [{ record: header, info: headerInfo }, ...body] = records
  const missing = columns.filter(c => !header.includes(c))
  const extra = header.filter(c => !columns.includes(c))
  if (missing.length || extra.length) {
    const parts = [
      missing.length && `missing column ${missing.map(show).join(', ')}`,
      extra.length && `unexpected column ${extra.map(show).join(', ')}`,
    ]
    throw new DataError(
      file,
      headerInfo.lines,
      undefined,
      `${parts.filter(Boolean).join('; ')}; expected the header ${columns.join(',')}`,
    )
  }
  if (header.join() !== columns.join())
    throw new DataError(
      file,
      headerInfo.lines,
      undefined,
      `columns out of order; expected the header ${columns.join(',')}`,
    )
  if (body.length === 0) throw new DataError(file, undefined, undefined, 'the file has a header but no rows')

  const seen = new Map<string, number>()
  const rows = body.map(({ record, info }) => {
    if (record.length !== columns.length)
      throw new DataError(file, info.lines, undefined, `expected ${columns.length} cells, found ${record.length}`)
    const raw = Object.fromEntries(columns.map((c, i) => [c, record[i]]))
    const result = spec.row.safeParse(raw)
    if (!result.success) {
      const issue = result.error.issues[0]
      const field = String(issue.path[0] ?? '')
      throw new DataError(file, info.lines, field || undefined, `${issue.message}, got ${show(raw[field] ?? '')}`)
    }
    const key = spec.key.map(k => raw[k].trim()).join(' / ')
    const first = seen.get(key)
    if (first !== undefined)
      throw new DataError(
        file,
        info.lines,
        spec.key.join('+'),
        `duplicate key ${show(key)}, first seen on line ${first}`,
      )
    seen.set(key, info.lines)
    return result.data as Row<N>
  })
  const problem = acrossRows[name]?.(rows as never)
  if (problem) throw new DataError(file, body[problem.index].info.lines, problem.field, problem.message)
  return rows
}

interface RowProblem {
  index: number
  field: string
  message: string
}

// Rules that no single row can break alone.
const acrossRows: { [N in DatasetName]?: (rows: Row<N>[]) => RowProblem | undefined } = {
  // Throughputs are only compared within a model, which is only sound if the model has one unit.
  speed: rows => {
    const unitOf = new Map<string, string>()
    for (const [index, r] of rows.entries()) {
      const first = unitOf.get(r.model)
      if (first !== undefined && first !== r.unit)
        return {
          index,
          field: 'unit',
          message: `expected ${show(first)} like the other ${r.model} rows, got ${show(r.unit)}`,
        }
      unitOf.set(r.model, r.unit)
    }
  },
}

/** Checks that span files: every row's `source` must be an id listed in sources.csv. */
export function checkSources(data: DeckData, csvText: Record<DatasetName, string>): void {
  const ids = new Set(data.sources.map(s => s.id))
  for (const name of Object.keys(data) as DatasetName[]) {
    const rows = data[name] as { source?: string }[]
    rows.forEach((row, i) => {
      if (row.source !== undefined && !ids.has(row.source)) {
        const line = lineOfRecord(csvText[name], i)
        throw new DataError(
          `data/${datasets[name].file}`,
          line,
          'source',
          `unknown source id ${show(row.source)}; add it to data/sources.csv`,
        )
      }
    })
  }
}

function lineOfRecord(csv: string, index: number): number | undefined {
  return parseLines(csv)[index + 1]?.info.lines
}

/** Read, validate and cross-check every data file in `dir`. Throws a DataError on the first problem. */
export function loadDeckData(dir: string): DeckData {
  const texts = {} as Record<DatasetName, string>
  const data = {} as Record<DatasetName, unknown>
  for (const name of Object.keys(datasets) as DatasetName[]) {
    const file = `data/${datasets[name].file}`
    try {
      texts[name] = readFileSync(join(dir, datasets[name].file), 'utf8')
    } catch {
      throw new DataError(file, undefined, undefined, 'file not found')
    }
    data[name] = parseDataset(name, texts[name], file)
  }
  checkSources(data as DeckData, texts)
  return data as DeckData
}

export function dataFiles(dir: string): string[] {
  return Object.values(datasets).map(d => join(dir, d.file))
}
