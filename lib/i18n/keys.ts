// Message keys the code builds from a value instead of writing them out, e.g. `confidence.${row.confidence}`.
// Each family says where its values come from, so nothing is left to guessing:
// - enum families: the values are a closed set (a zod enum of lib/data/schema.ts, or a union in the code); the
//   English table `satisfies` their keys (lib/i18n/en.ts), so a new enum value without a message fails vue-tsc;
// - data families: the value is a free-text cell of a data file (an event id, a task); the type checker cannot see
//   data, so tests/unit/i18n.test.ts checks every row of data/ in both languages, and dataKey() checks at run time.
// The unused-key test counts a family's keys as used only for the values these sources hold.
// Test-side only at run time: the deck's code imports the types, never this module (it brings zod).
import type { DatasetName, DeckData, Row } from '../data/schema'
import type { DataKeyPrefix } from './index'
import { confidence } from '../data/fields'
import { datasets } from '../data/schema'
import { VERDICTS } from '../verdict'

export const enumKeys = {
  'confidence.': confidence.options,
  'timeline.precision.': datasets.timeline.row.shape.precision.options,
  'later.method.': datasets.pypi.row.shape.method.options,
  'sources.': datasets.sources.row.shape.kind.options,
  'sources.medium.': datasets.sources.row.shape.medium.options,
  'verdict.': VERDICTS,
  'speed.unit.': datasets.speed.row.shape.unit.options,
}

type EnumKeys = typeof enumKeys
export type EnumKey = { [P in keyof EnumKeys]: `${P}${EnumKeys[P][number]}` }[keyof EnumKeys]

/** One row's key of a data family, and the row named as a maintainer finds it: file and key columns. */
export interface DataKeyUse {
  key: string
  row: string
}

/** The data file and key columns of a row: `data/timeline.csv row id=tf-open`. */
export function rowName<N extends DatasetName>(dataset: N, row: Row<N>): string {
  const spec = datasets[dataset]
  const cells = new Map(Object.entries(row))
  return `data/${spec.file} row ${spec.key.map(k => `${k}=${String(cells.get(k))}`).join(', ')}`
}

type Family = (prefix: string, data: DeckData) => DataKeyUse[]

function family<N extends DatasetName>(dataset: N, cell: (row: Row<N>) => string | undefined): Family {
  return (prefix, data) =>
    data[dataset].flatMap(r => {
      const value = cell(r)
      return value === undefined ? [] : [{ key: `${prefix}${value}`, row: rowName(dataset, r) }]
    })
}

export const dataKeys = {
  'timeline.ev.': family('timeline', r => r.id),
  // Only torchvision's models are grouped by task; a row without a task is drawn as "—".
  'models.task.': family('models', r => r.task),
  'operators.unit.': family('operatorsOthers', r => r.unit),
  'later.ev.': family('events', r => r.id),
} satisfies Record<DataKeyPrefix, Family>

/** Every key of a data family that some row of `data` needs, with that row. */
export function dataKeyUses(data: DeckData): DataKeyUse[] {
  return Object.entries(dataKeys).flatMap(([prefix, uses]) => uses(prefix, data))
}
