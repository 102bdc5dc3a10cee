// Every chart the deck can draw, by name. Components/Chart.vue (<Chart name="speed" /> on a slide), the reading
// view and the tests find a chart here; its spec sits beside its builder in lib/charts/<name>.ts.
import type { MessageKey } from '../i18n'
import type { ChartSpec } from './spec'
import { spec as growth } from './growth'
import { spec as later } from './later'
import { spec as models } from './models'
import { spec as operators } from './operators'
import { spec as speed } from './speed'
import { spec as timeline } from './timeline'
import { spec as trend } from './trend'

const registry = { trend, growth, speed, operators, models, timeline, later }

export type ChartName = keyof typeof registry

// Type checks, so vue-tsc fails rather than the browser: each entry is filed under its own name, and every
// chart has its title and its sentence (`<name>.title`, `<name>.aria`) among the messages.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec reads its own datasets
export const charts: { readonly [N in ChartName]: ChartSpec<N, any> } = registry
type MissingMessage = Exclude<`${ChartName}.${'title' | 'aria'}`, MessageKey>
export const everyChartHasMessages: [MissingMessage] extends [never] ? true : MissingMessage = true

export const chartNames = Object.keys(charts) as ChartName[]

/** The spec of the chart called `name`, or an error that names the charts there are. */
export function chartSpec(name: string): ChartSpec {
  if (!Object.hasOwn(charts, name))
    throw new Error(`no chart is called "${name}"; the charts are ${chartNames.join(', ')} (lib/charts/index.ts)`)
  return charts[name as ChartName] as ChartSpec
}
