import { describe, expect, it } from 'vitest'
import { reasonOf, verdictOf } from '../../scripts/bench/failures'

describe('verdictOf (does the bench fail?)', () => {
  it('passes a run in which every step finished', () => {
    expect(verdictOf([])).toEqual({ exitCode: 0, message: '' })
  })

  it('fails on one failed build and names it', () => {
    const v = verdictOf([{ step: 'build of this deck #1', output: 'vite v7\n✗ Build failed in 3s\nerror: x.vue\n' }])
    expect(v.exitCode).toBe(1)
    expect(v.message).toMatch(/^bench: a step failed, so BENCHMARKS.md was not rewritten:/)
    expect(v.message).toContain('  - build of this deck #1: error: x.vue')
  })

  it('names every failed step, in the order they failed', () => {
    const v = verdictOf([
      { step: 'build of minimal #1', output: 'killed' },
      { step: 'lighthouse', output: '' },
    ])
    expect(v.exitCode).toBe(1)
    expect(v.message.split('\n')).toEqual([
      'bench: 2 steps failed, so BENCHMARKS.md was not rewritten:',
      '  - build of minimal #1: killed',
      '  - lighthouse: no output',
    ])
  })
})

describe('reasonOf', () => {
  it("takes the last line that names an error over the output's last line", () => {
    expect(reasonOf('Error: Cannot find module "x"\n    at load (a.js:1)\n\n')).toBe('Error: Cannot find module "x"')
    expect(reasonOf('step 1\nserve.ts on 4800 exited with 1\ncleanup')).toBe('serve.ts on 4800 exited with 1')
  })
  it('falls back to the last line, and cuts a long one', () => {
    expect(reasonOf('a\nb\n')).toBe('b')
    const long = reasonOf(`${'x'.repeat(500)}\n`)
    expect(long).toHaveLength(200)
    expect(long.endsWith('…')).toBe(true)
  })
})
