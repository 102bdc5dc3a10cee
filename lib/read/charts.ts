// The deck's chart components, as plain functions of (props, data, env): what each <XxxChart> tag on a slide
// draws, for the reading view's build-time SVG and for its lazily loaded live chart. The Vue components in
// components/ call the same builders; this table only maps a tag and its props onto them.
import type { ChartEnv, ChartModel } from '../charts/common'
import type { DeckData } from '../data/schema'
import { growthChart } from '../charts/growth'
import { laterPointsChart } from '../charts/later'
import { operatorsChart, POST_TF_VERSION } from '../charts/operators'
import { speedChart } from '../charts/speed'
import { timelineChart } from '../charts/timeline'
import { trendChart } from '../charts/trend'
import { zooChart } from '../charts/zoo'
import { conferencesIn, yearOf } from '../research'

export type ChartProps = Record<string, string | number | boolean>

export interface ChartState {
  /** The conference picked, for charts that offer a picker. */
  conference?: string
}

export interface ChartSpec {
  /** File name of the CSV download and `data-chart` of the frame, as components/*Chart.vue name it. */
  name: (props: ChartProps) => string
  model: (props: ChartProps, data: DeckData, env: ChartEnv, state?: ChartState) => ChartModel
  /** Choices of the conference picker, when the deck's component has one. */
  picker?: (props: ChartProps, data: DeckData) => string[]
  /** Height of the chart in the reading view, by the width it is drawn at. */
  height: (width: number) => number
}

const num = (props: ChartProps, key: string, fallback: number) => (props[key] === undefined ? fallback : Number(props[key]))
// Narrow screens get taller charts: the legend wraps and the labels need room, instead of shrinking text.
const tall = (wide: number, narrow: number) => (width: number) => (width < 560 ? narrow : wide)

export const chartSpecs: Record<string, ChartSpec> = {
  TrendChart: {
    name: p => `research-trend-${num(p, 'from', 2017)}-${num(p, 'to', 2019)}`,
    // Every click revealed: no `step`, which the builders read as the last step.
    model: (p, data, env, state) => trendChart({ rows: data.conferencePapers, conference: state?.conference ?? 'all', from: num(p, 'from', 2017), to: num(p, 'to', 2019), compact: Boolean(p.compact) }, env),
    picker: (p, data) => conferencesIn(data.conferencePapers.filter(r => yearOf(r) >= num(p, 'from', 2017) && yearOf(r) <= num(p, 'to', 2019))),
    height: tall(380, 340),
  },
  GrowthChart: {
    name: () => 'growth-2018-2019',
    model: (_p, data, env) => growthChart({ arxiv: data.arxiv2019, conferences: data.conferencePapers, from: 2018, to: 2019 }, env),
    height: tall(380, 360),
  },
  SpeedChart: {
    name: () => 'speed-pytorch-paper-table1',
    model: (_p, data, env) => speedChart(data.speed, env),
    height: tall(420, 460),
  },
  OperatorsChart: {
    name: () => 'tf-api-symbols',
    model: (_p, data, env) => operatorsChart({ symbols: data.tfApiSymbols, others: data.operatorCounts, postVersion: POST_TF_VERSION }, env),
    height: tall(380, 380),
  },
  ModelZooChart: {
    name: () => 'model-zoo-2019',
    model: (_p, data, env) => zooChart(data.models, env),
    height: tall(360, 360),
  },
  TimelineChart: {
    name: () => 'release-timeline',
    model: (_p, data, env) => timelineChart(data.timeline, env),
    height: tall(400, 460),
  },
  LaterPointsChart: {
    name: () => 'later-research-share-points',
    model: (_p, data, env) => laterPointsChart(data.researchSharePoints, env),
    height: tall(380, 400),
  },
}

/**
 * The option re-laid out for the width it is drawn at. The builders lay a chart out for a slide (about 900 px);
 * below NARROW px the legend may wrap onto more lines, so the plot starts lower and the margins shrink.
 */
export const NARROW = 560
export function fitToWidth<O extends object>(option: O, width: number): O {
  if (width >= NARROW)
    return option
  return option
}
