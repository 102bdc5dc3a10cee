import { z } from 'zod'
import { confidence, count, day, framework, month, optionalDecimal, optionalText, sourceId, text } from './fields'

// One entry per file in data/. The column order of each schema is the header the file must have;
// `key` names the columns that must be unique together.

export const datasets = {
  sources: {
    file: 'sources.csv',
    key: ['id'],
    row: z.object({
      id: sourceId,
      kind: z.enum(['primary', 'secondary'], 'expected primary or secondary'),
      title: text,
      publisher: text,
      date: optionalText,
      url: z.string().trim().refine(s => s === '' || /^https:\/\/\S+$/.test(s), 'expected an https:// URL or an empty cell'),
    }),
  },
  conferencePapers: {
    file: 'conference-papers.csv',
    key: ['conference', 'month'],
    row: z.object({
      conference: text,
      month,
      pytorch_only: count,
      tensorflow_only: count,
      total: count,
      source: sourceId,
    }).refine(r => r.pytorch_only + r.tensorflow_only <= r.total, {
      message: 'pytorch_only + tensorflow_only cannot exceed total',
      path: ['total'],
    }),
  },
  arxiv2019: {
    file: 'arxiv-2019.csv',
    key: ['framework', 'measure'],
    row: z.object({
      framework,
      measure: z.enum(['papers', 'yoy_growth'], 'expected papers or yoy_growth'),
      period: text,
      value: optionalDecimal,
      unit: z.enum(['papers', 'percent'], 'expected papers or percent'),
      qualifier: optionalText,
      provenance: z.enum(['text', 'chart-label'], 'expected text or chart-label'),
      confidence,
      source: sourceId,
      note: text,
    }),
  },
  timeline: {
    file: 'timeline.csv',
    key: ['id'],
    row: z.object({
      id: sourceId,
      date: day,
      precision: z.enum(['day', 'month'], 'expected day or month'),
      framework: z.enum(['TensorFlow', 'PyTorch', 'Caffe2'], 'expected TensorFlow, PyTorch or Caffe2'),
      event: text,
      source: sourceId,
      confidence,
    }),
  },
  models: {
    file: 'models.csv',
    key: ['collection', 'name'],
    row: z.object({
      framework,
      collection: z.enum(['tf-official', 'tf-research', 'torchvision-0.3', 'torchvision-0.4'], 'expected tf-official, tf-research, torchvision-0.3 or torchvision-0.4'),
      name: text,
      task: optionalText,
      source: sourceId,
      note: text,
    }),
  },
} as const

export type DatasetName = keyof typeof datasets
export type Row<N extends DatasetName> = z.output<(typeof datasets)[N]['row']>
export type DeckData = { [N in DatasetName]: Row<N>[] }
