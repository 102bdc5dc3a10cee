import { describe, expect, it } from 'vitest'
import { contrast, palettes, slideBackground } from '../../lib/palette'

describe('palettes', () => {
  it('computes WCAG contrast (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#0b6bb0', '#0b6bb0')).toBe(1)
  })

  for (const theme of ['light', 'dark'] as const) {
    const p = palettes[theme]
    const bg = slideBackground[theme]
    it(`${theme}: text meets 4.5:1, marks meet 3:1 against the slide`, () => {
      expect(contrast(p.text, bg)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(p.muted, bg)).toBeGreaterThanOrEqual(4.5)
      for (const mark of [p.TensorFlow, p.PyTorch, p.highlight]) expect(contrast(mark, bg)).toBeGreaterThanOrEqual(3)
    })
    it(`${theme}: tooltip text is readable on the tooltip`, () => {
      expect(contrast(p.text, p.tooltipBg)).toBeGreaterThanOrEqual(4.5)
    })
  }
})
