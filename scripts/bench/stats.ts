// Small numeric and formatting helpers for the benchmark.
export function median(xs: number[]): number {
  if (!xs.length) return Number.NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a')
export const sec = (x: number) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : 'n/a')
export const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a'
/** A Markdown table row. */
export const mdRow = (...cells: (string | number)[]) => `| ${cells.join(' | ')} |`
export const list = (xs: number[], f: (x: number) => string = x => String(Math.round(x))) => xs.map(f).join(', ')
