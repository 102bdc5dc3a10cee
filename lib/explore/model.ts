// What a keyboard user walks through in a chart, and what a screen reader hears at each step. Each option builder
// (lib/charts/<name>.ts) lays its own rows out as groups of points (a series and its years, a framework and its
// models), so the walk is the same on the slide, in the reading view and in the tests, whatever draws the chart.
// Pure: no DOM, no ECharts (controller.ts binds it to a live chart).
import type { Translate } from '../i18n'

export interface ExplorePoint {
  /** Where the point sits: the year, the model, the version, the event's date. */
  label: string
  /** Its value as said aloud, formatted in the edition's language: "69.0% (1,234 of 1,789 papers)". */
  value: string
  /** The number behind `value`, for the long description's range and trend; absent for events. */
  n?: number
  /** The mark the point is drawn as: series and data index in the chart's option, for highlight and tooltip. */
  seriesIndex: number
  dataIndex: number
}

export interface ExploreGroup {
  /** What ↑/↓ step through: a framework, a part of a version's ops, a collection of models. */
  name: string
  /** The legend series the group is, if the audience can switch it off (then a hidden group is skipped). */
  series?: string
  points: ExplorePoint[]
}

export interface Explore {
  /** What ←/→ walk along (a point's label), e.g. the x axis's name: "year", "model". */
  along: string
  /** What the values are, e.g. the value axis's name; absent where a point has no number (events). */
  measure?: string
  groups: ExploreGroup[]
}

/** Where the keyboard is in a chart: a group and a point in it. */
export interface Cursor {
  group: number
  point: number
}

/** The keys a chart takes while it is explored; every other key (PageDown, Space) is left to the talk. */
export const EXPLORE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const
export type ExploreKey = (typeof EXPLORE_KEYS)[number]

export const isExploreKey = (key: string): key is ExploreKey => (EXPLORE_KEYS as readonly string[]).includes(key)

/** The groups a reader can see: those whose series is switched off are skipped, as are empty ones. */
export function visibleGroups(explore: Explore, hidden: readonly string[] = []): Explore {
  return {
    ...explore,
    groups: explore.groups.filter(g => g.points.length > 0 && !(g.series && hidden.includes(g.series))),
  }
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max))

/**
 * Where `key` takes the cursor: ←/→ along the group, ↑/↓ to the same place in the group before or after (the
 * nearest point if that group is shorter), Home/End to the group's ends. The walk stops at the edges rather than
 * wrapping, so a screen-reader user hears the same point again and knows it is the end. No cursor yet: any key
 * starts at the first point.
 */
export function moveCursor(explore: Explore, cursor: Cursor | undefined, key: ExploreKey): Cursor | undefined {
  const groups = explore.groups
  if (groups.length === 0) return undefined
  if (!cursor) return { group: 0, point: 0 }
  const group = clamp(cursor.group, groups.length - 1)
  const last = groups[group].points.length - 1
  const point = clamp(cursor.point, last)
  switch (key) {
    case 'ArrowRight':
      return { group, point: clamp(point + 1, last) }
    case 'ArrowLeft':
      return { group, point: clamp(point - 1, last) }
    case 'Home':
      return { group, point: 0 }
    case 'End':
      return { group, point: last }
    case 'ArrowDown':
    case 'ArrowUp': {
      const next = clamp(group + (key === 'ArrowDown' ? 1 : -1), groups.length - 1)
      return { group: next, point: clamp(point, groups[next].points.length - 1) }
    }
  }
}

/** A chart's alt where it is a picture (print, the PDF, the reading view before its script): both texts in one. */
export function pictureAlt(label: string, description: string, t: Translate): string {
  return label + t('explore.alt') + description
}

/** The keys' hint for a chart: what ←/→ walk along and what ↑/↓ walk across. */
export function exploreHint(explore: Explore, t: Translate): string {
  return t('explore.hint', { along: explore.along, groups: explore.groups.map(g => g.name).join(t('explore.listSep')) })
}

/** What the live region says at `cursor`: "PyTorch, 2019: 69.0% of papers. 3 of 3." */
export function announce(explore: Explore, cursor: Cursor, t: Translate): string {
  const group = explore.groups[cursor.group]
  const point = group.points[cursor.point]
  return t('explore.point', {
    group: group.name,
    label: point.label,
    value: point.value,
    i: cursor.point + 1,
    n: group.points.length,
  })
}

/**
 * The chart's long description (WAI's complex images: the scales, the values, the trend): what ←/→ and ↑/↓ walk,
 * then each group's first and last point and, where the points are numbers, its lowest and highest. Read after the
 * chart's own sentence (ChartModel.aria), which says what the numbers mean.
 */
export function longDescription(explore: Explore, t: Translate): string {
  const axes = { along: explore.along, groups: explore.groups.map(g => g.name).join(t('explore.listSep')) }
  const parts = [
    explore.measure === undefined
      ? t('explore.describeAxesOnly', axes)
      : t('explore.describeAxes', { ...axes, measure: explore.measure }),
  ]
  for (const g of explore.groups) {
    const [first, last] = [g.points[0], g.points[g.points.length - 1]]
    if (!first) continue
    const numbered = g.points.filter(p => p.n !== undefined)
    const sentence =
      g.points.length === 1
        ? t('explore.describeOne', { group: g.name, label: first.label, value: first.value })
        : t('explore.describeGroup', {
            group: g.name,
            n: g.points.length,
            first: t('explore.at', { label: first.label, value: first.value }),
            last: t('explore.at', { label: last.label, value: last.value }),
          })
    parts.push(sentence)
    if (numbered.length > 2) {
      const hi = numbered.reduce((a, b) => (b.n! > a.n! ? b : a))
      const lo = numbered.reduce((a, b) => (b.n! < a.n! ? b : a))
      const at = (p: ExplorePoint) => t('explore.at', { label: p.label, value: p.value })
      parts.push(t('explore.describeRange', { high: at(hi), low: at(lo) }))
    }
  }
  return parts.join(t('explore.sentenceSep'))
}

/** What a chart's long description says in full: its own sentence (ChartModel.aria), then the walk's summary. */
export function chartDescription(model: { aria: string; explore: Explore }, t: Translate): string {
  return [model.aria, longDescription(model.explore, t)].join(t('explore.sentenceSep'))
}
