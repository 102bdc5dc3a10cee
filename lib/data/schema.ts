import { z } from 'zod'
import {
  benchFramework,
  confidence,
  count,
  day,
  dayOrMonth,
  framework,
  month,
  optionalDate,
  optionalDecimal,
  optionalText,
  percent,
  period,
  sourceId,
  text,
  version,
  year,
} from './fields'

// One entry per file in data/. The column order of each schema is the header the file must have;
// `key` names the columns that must be unique together.

export const datasets = {
  sources: {
    file: 'sources.csv',
    key: ['id'],
    row: z.object({
      id: sourceId,
      kind: z.enum(['primary', 'secondary'], 'expected primary or secondary'),
      medium: z.enum(
        ['code', 'blog', 'article', 'docs', 'paper', 'report', 'social', 'forum'],
        'expected code, blog, article, docs, paper, report, social or forum',
      ),
      title: text,
      // Empty when the source names no publisher (the post itself).
      publisher: optionalText,
      date: optionalDate,
      url: z
        .string()
        .trim()
        .refine(s => s === '' || /^https:\/\/\S+$/.test(s), 'expected an https:// URL or an empty cell'),
      // What the deck adds to the title (which commit, what was left out), in English; lib/i18n/zh.ts translates it.
      note: optionalText,
    }),
  },
  trend: {
    file: 'trend.csv',
    key: ['conference', 'month'],
    row: z
      .object({
        conference: text,
        month,
        pytorch_only: count,
        tensorflow_only: count,
        total: count,
        // What was scraped: the accepted papers, or (ICLR 2021 and 2022) every submission before the decisions.
        population: z.enum(['accepted', 'submissions'], 'expected accepted or submissions'),
        source: sourceId,
      })
      .refine(r => r.pytorch_only + r.tensorflow_only <= r.total, {
        message: 'pytorch_only + tensorflow_only cannot exceed total',
        path: ['total'],
      }),
  },
  growth: {
    file: 'growth.csv',
    key: ['framework', 'measure'],
    row: z
      .object({
        framework,
        measure: z.enum(['papers', 'yoy_growth'], 'expected papers or yoy_growth'),
        period,
        value: optionalDecimal,
        unit: z.enum(['papers', 'percent'], 'expected papers or percent'),
        qualifier: optionalText,
        provenance: z.enum(['text', 'chart-label'], 'expected text or chart-label'),
        confidence,
        source: sourceId,
        note: text,
      })
      // Year over year compares two like periods a year apart: 2018H1/2019H1, not a span from one to the other.
      .refine(
        r => {
          if (r.measure !== 'yoy_growth') return true
          const [a, b] = r.period.split('/')
          return a.slice(4) === b.slice(4) && Number(b.slice(0, 4)) - Number(a.slice(0, 4)) === 1
        },
        {
          message: 'yoy_growth compares the same period of two consecutive years, e.g. 2018H1/2019H1',
          path: ['period'],
        },
      ),
  },
  he2019Shares: {
    file: 'he-2019-shares.csv',
    key: ['conference', 'year'],
    row: z.object({
      conference: text,
      year,
      pytorch_share: percent,
      source: sourceId,
    }),
  },
  timeline: {
    file: 'timeline.csv',
    key: ['id'],
    row: z
      .object({
        id: sourceId,
        // As precise as the source: a day (YYYY-MM-DD) only where a source verifies the day, else the month.
        date: dayOrMonth,
        precision: z.enum(['day', 'month'], 'expected day or month'),
        framework: z.enum(['TensorFlow', 'PyTorch', 'Caffe2'], 'expected TensorFlow, PyTorch or Caffe2'),
        event: text,
        source: sourceId,
        confidence,
      })
      .refine(r => (r.precision === 'day') === (r.date.length === 10), {
        message: 'precision day needs a YYYY-MM-DD date; precision month a YYYY-MM month, and no day',
        path: ['date'],
      }),
  },
  models: {
    file: 'models.csv',
    key: ['collection', 'name'],
    row: z.object({
      framework,
      collection: z.enum(
        ['tf-official', 'tf-research', 'torchvision-0.3', 'torchvision-0.4'],
        'expected tf-official, tf-research, torchvision-0.3 or torchvision-0.4',
      ),
      name: text,
      task: optionalText,
      source: sourceId,
      note: text,
    }),
  },
  speed: {
    file: 'speed.csv',
    key: ['model', 'framework'],
    row: z
      .object({
        model: text,
        framework: benchFramework,
        throughput: optionalDecimal,
        plus_minus: optionalDecimal,
        plus_minus_type: z.enum(['abs', 'pct', ''], 'expected abs, pct or an empty cell'),
        unit: z.enum(['images/s', 'tokens/s', 'samples/s'], 'expected images/s, tokens/s or samples/s'),
        status: z.enum(['ok', 'na'], 'expected ok or na'),
        source: sourceId,
      })
      // N/A is a missing measurement, not a slow one: a number there would be drawn as a result.
      .refine(r => r.status === 'ok' || (r.throughput === undefined && r.plus_minus === undefined), {
        message: 'status na needs an empty throughput and spread',
        path: ['throughput'],
      })
      .refine(r => r.status === 'na' || (r.throughput !== undefined && r.throughput > 0), {
        message: 'status ok needs a throughput > 0',
        path: ['throughput'],
      })
      .refine(r => (r.plus_minus === undefined) === (r.plus_minus_type === ''), {
        message: 'a spread needs its type (abs or pct), and a type needs a spread',
        path: ['plus_minus_type'],
      }),
  },
  operators: {
    file: 'operators.csv',
    key: ['tf_version'],
    row: z
      .object({
        tf_version: version,
        docs_branch: text,
        index_commit: z
          .string()
          .trim()
          .regex(/^[0-9a-f]{7,40}$/, 'expected a git commit hash'),
        all_symbols: count,
        primary_symbols: count,
        compat_v1_symbols: count,
        compat_v2_symbols: count,
        source: sourceId,
      })
      .refine(r => r.docs_branch === `r${r.tf_version}`, {
        message: 'expected the docs branch of that version, r<tf_version>',
        path: ['docs_branch'],
      })
      .refine(r => r.primary_symbols + r.compat_v1_symbols + r.compat_v2_symbols === r.all_symbols, {
        message: 'primary + compat_v1 + compat_v2 must equal all_symbols',
        path: ['all_symbols'],
      }),
  },
  operatorsOthers: {
    file: 'operators-others.csv',
    key: ['framework', 'measure'],
    row: z.object({
      framework,
      measure: text,
      value: count,
      qualifier: z.enum(['over', ''], 'expected over or an empty cell'),
      unit: text,
      as_of: month,
      source: sourceId,
      note: text,
    }),
  },
  pypi: {
    file: 'pypi.csv',
    key: ['snapshot'],
    row: z.object({
      snapshot: day,
      method: z.enum(['bigquery', 'clickhouse'], 'expected bigquery or clickhouse'),
      torch: count,
      tensorflow: count,
      jax: count,
      denominator: z.enum(['pypi-downloads-30d'], 'expected pypi-downloads-30d'),
      confidence,
      source: sourceId,
      commit: z
        .string()
        .trim()
        .regex(/^[0-9a-f]{40}$/, 'expected a full git commit hash (40 hex digits)'),
      file: text,
    }),
  },
  events: {
    file: 'events.csv',
    key: ['id'],
    row: z.object({
      id: sourceId,
      date: day,
      precision: z.enum(['day', 'month', 'by'], 'expected day, month or by'),
      project: z.enum(
        ['PyTorch', 'TensorFlow', 'Keras', 'Hugging Face', 'Papers with Code'],
        'expected PyTorch, TensorFlow, Keras, Hugging Face or Papers with Code',
      ),
      source: sourceId,
      confidence,
      note: text,
    }),
  },
} as const

export type DatasetName = keyof typeof datasets
export type Row<N extends DatasetName> = z.output<(typeof datasets)[N]['row']>
export type DeckData = { [N in DatasetName]: Row<N>[] }
