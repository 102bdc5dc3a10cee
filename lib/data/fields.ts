import { z } from 'zod'
import { BENCH_FRAMEWORKS, FRAMEWORKS } from './frameworks'

// CSV cells arrive as strings. These field types turn them into typed values and say, in the error,
// what a valid cell looks like, so a maintainer editing a data file knows what to type.

export const text = z.string().trim().min(1, 'expected a non-empty text')
export const optionalText = z
  .string()
  .trim()
  .transform(s => (s === '' ? undefined : s))

export const count = z.string().trim().regex(/^\d+$/, 'expected a whole number >= 0').transform(Number)

const decimal = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'expected a number >= 0')
  .transform(Number)

export const optionalDecimal = z
  .string()
  .trim()
  .regex(/^(\d+(\.\d+)?)?$/, 'expected a number >= 0, or an empty cell')
  .transform(s => (s === '' ? undefined : Number(s)))

export const percent = decimal.refine(n => n <= 100, 'expected a share between 0 and 100')

export const optionalPercent = optionalDecimal.refine(
  n => n === undefined || n <= 100,
  'expected a share between 0 and 100',
)

function isRealDate(y: number, m: number, d = 1): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export const month = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM')
  .refine(s => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7))), 'expected a real month (01-12)')

/** A date as precise as its source: a day (YYYY-MM-DD) or only a month (YYYY-MM). */
export const dayOrMonth = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date as YYYY-MM-DD, or a month as YYYY-MM')
  .refine(
    s => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), s.length === 10 ? Number(s.slice(8, 10)) : 1),
    'expected a real calendar date',
  )

export const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    s => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
    'expected a real calendar date',
  )

export const year = z
  .string()
  .trim()
  .regex(/^(19|20)\d{2}$/, 'expected a year as YYYY')
  .transform(Number)

/** A source's date, as precise as the source gives it: a year, a month or a day; or an empty cell. */
export const optionalDate = z
  .string()
  .trim()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or an empty cell')
  .refine(
    s =>
      s.length < 7 ||
      isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), s.length === 10 ? Number(s.slice(8, 10)) : 1),
    'expected a real calendar date',
  )
  .transform(s => (s === '' ? undefined : s))

// A period's ends: a month (2019-01) or a half year (2019H1). Both sort as text once halves become months.
const periodEnd = /^(\d{4})-(\d{2})$|^(\d{4})H([12])$/
const asMonth = (s: string) => {
  const m = periodEnd.exec(s)!
  return m[1] ? `${m[1]}-${m[2]}` : `${m[3]}-${m[4] === '1' ? '01' : '07'}`
}

/**
 * Two ends as START/END, each a month (YYYY-MM) or a half year (YYYYH1, YYYYH2), END not before START. What they
 * mean is the measure's: a count covers the span (2019-01/2019-06); a growth figure compares the two ends, each a
 * period of its own (2018H1/2019H1 = the first half of 2019 against the first half of 2018), see data/growth.csv.
 */
export const period = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const ends = s.split('/')
    if (ends.length !== 2 || !ends.every(e => periodEnd.test(e))) {
      ctx.addIssue({ code: 'custom', message: 'expected a period as START/END, each YYYY-MM or YYYYH1/YYYYH2' })
      return
    }
    for (const e of ends) {
      if (!periodEnd.exec(e)![3] && !isRealDate(Number(e.slice(0, 4)), Number(e.slice(5, 7))))
        ctx.addIssue({ code: 'custom', message: `expected real months (01-12) in the period; ${e} is not one` })
    }
    if (asMonth(ends[0]) > asMonth(ends[1]))
      ctx.addIssue({ code: 'custom', message: 'expected the period to end after it starts' })
  })

/** A MAJOR.MINOR version number, as TensorFlow's docs branches name them. */
export const version = z
  .string()
  .trim()
  .regex(/^\d+\.\d+$/, 'expected a version as MAJOR.MINOR')

export const framework = z.enum(FRAMEWORKS, 'expected TensorFlow or PyTorch')

export const benchFramework = z.enum(
  BENCH_FRAMEWORKS,
  'expected Chainer, CNTK, MXNet, PaddlePaddle, TensorFlow or PyTorch',
)

export const confidence = z.enum(['high', 'medium', 'low'], 'expected high, medium or low')

export const sourceId = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]+$/, 'expected a source id (lowercase letters, digits, dashes)')
