// How the deck names a source in a chart's source line: on the slide, in the reading view, in the image
// downloads and on the social cards. One function, so the four cannot drift apart.
import type { Row } from './data/schema'

export type Source = Row<'sources'>

/**
 * "The Gradient (2019)": the publisher, or the title when the source names no publisher (the post itself),
 * and the year when the source is dated.
 */
export function sourceLabel(s: Source): string {
  const name = s.publisher || s.title
  return s.date ? `${name} (${s.date.slice(0, 4)})` : name
}

/** The sources a chart cites, in its order; an id that is not in `sources` is an error naming the chart. */
export function citedSources(ids: readonly string[], sources: readonly Source[], chart: string): Source[] {
  return ids.map(id => {
    const s = sources.find(x => x.id === id)
    if (!s) throw new Error(`chart "${chart}" cites unknown source id "${id}"`)
    return s
  })
}
