import { z } from 'zod'

// CSV cells arrive as strings. These field types turn them into typed values and say, in the error,
// what a valid cell looks like, so a maintainer editing a data file knows what to type.

export const text = z.string().trim().min(1, 'expected a non-empty text')
export const optionalText = z.string().trim().transform(s => (s === '' ? undefined : s))

export const count = z.string().trim().regex(/^\d+$/, 'expected a whole number >= 0').transform(Number)

export const decimal = z.string().trim().regex(/^\d+(\.\d+)?$/, 'expected a number >= 0').transform(Number)

export const optionalDecimal = z.string().trim()
  .regex(/^(\d+(\.\d+)?)?$/, 'expected a number >= 0, or an empty cell')
  .transform(s => (s === '' ? undefined : Number(s)))

export const percent = decimal.refine(n => n <= 100, 'expected a share between 0 and 100')

export const optionalPercent = optionalDecimal.refine(n => n === undefined || n <= 100, 'expected a share between 0 and 100')

function isRealDate(y: number, m: number, d = 1): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export const month = z.string().trim()
  .regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM')
  .refine(s => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7))), 'expected a real month (01-12)')

export const day = z.string().trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(s => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), 'expected a real calendar date')

export const bool = z.enum(['true', 'false'], 'expected true or false').transform(s => s === 'true')

export const framework = z.enum(['TensorFlow', 'PyTorch'], 'expected TensorFlow or PyTorch')

/** Every framework in the PyTorch paper's benchmark table. */
export const benchFramework = z.enum(['Chainer', 'CNTK', 'MXNet', 'PaddlePaddle', 'TensorFlow', 'PyTorch'], 'expected Chainer, CNTK, MXNet, PaddlePaddle, TensorFlow or PyTorch')

export const confidence = z.enum(['high', 'medium', 'low'], 'expected high, medium or low')

export const sourceId = z.string().trim().regex(/^[a-z0-9-]+$/, 'expected a source id (lowercase letters, digits, dashes)')
