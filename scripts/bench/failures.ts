// Whether `npm run bench` failed. Every step that did not finish (a build, an export, Lighthouse, finding the
// chart slides) is recorded with the tail of its output; any one of them makes the bench exit 1 with a message
// naming each, and leaves BENCHMARKS.md as it was: a run with holes in it is not a benchmark.

export interface Failure {
  /** The step, as the message names it: "build of this deck (zh) #1". */
  step: string
  /** What the step printed, or the error it threw. */
  output: string
}

export interface Verdict {
  exitCode: 0 | 1
  message: string
}

/** The line of a step's output that says most about why it failed: the last one naming an error, else the last. */
export function reasonOf(output: string): string {
  const lines = output
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  const line = lines.findLast(l => /\berror\b|failed|exited with|timed? ?out/i.test(l)) ?? lines.at(-1)
  if (!line) return 'no output'
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

export function verdictOf(failures: readonly Failure[]): Verdict {
  if (!failures.length) return { exitCode: 0, message: '' }
  const steps = failures.map(f => `  - ${f.step}: ${reasonOf(f.output)}`)
  const head = `bench: ${failures.length === 1 ? 'a step' : `${failures.length} steps`} failed, so BENCHMARKS.md`
  return { exitCode: 1, message: [`${head} was not rewritten:`, ...steps].join('\n') }
}
