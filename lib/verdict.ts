// How a claim of the post fared against the evidence: the scorecard's marks, shared by the slide's <Verdict> and
// the reading view, so the two cannot disagree.
export const VERDICTS = ['holds', 'partly', 'wrong'] as const
export type Verdict = (typeof VERDICTS)[number]
export const VERDICT_MARKS: Readonly<Record<Verdict, string>> = { holds: '✓', partly: '◐', wrong: '✗' }

export function isVerdict(value: string): value is Verdict {
  return VERDICTS.some(v => v === value)
}
