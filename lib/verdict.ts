// How a claim of the post fared against the evidence: the scorecard's marks, shared by the slide's <Verdict> and
// the reading view, so the two cannot disagree.
export type Verdict = 'holds' | 'partly' | 'wrong'
export const VERDICT_MARKS: Readonly<Record<Verdict, string>> = { holds: '✓', partly: '◐', wrong: '✗' }
