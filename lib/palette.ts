// Colours per theme. Framework colours are an orange/blue pair (Okabe-Ito family) that stays distinct under
// the common colour-vision deficiencies; the light variants are darkened to keep >= 3:1 contrast on white.
export interface Palette {
  text: string
  muted: string
  grid: string
  tooltipBg: string
  TensorFlow: string
  PyTorch: string
  highlight: string
}

export type Theme = 'light' | 'dark'

export const palettes: Record<Theme, Palette> = {
  light: {
    text: '#1f2328',
    muted: '#57606a',
    grid: '#d0d7de',
    tooltipBg: '#ffffff',
    TensorFlow: '#b35c00',
    PyTorch: '#0b6bb0',
    highlight: '#7a3e9d',
  },
  dark: {
    text: '#e6edf3',
    muted: '#a3adb8',
    grid: '#3d444d',
    tooltipBg: '#1c2128',
    TensorFlow: '#f5a623',
    PyTorch: '#56b4e9',
    highlight: '#d6a4f0',
  },
}

/** Marks that tell the frameworks apart without colour. */
export const marks = {
  TensorFlow: { symbol: 'rect', lineType: 'dashed' as const },
  PyTorch: { symbol: 'circle', lineType: 'solid' as const },
}

/** The deck's own fonts (self-hosted, see styles/index.ts), so chart text matches the slides and the PDF. */
export const chartFont = '"Inter Variable", "Noto Sans SC", sans-serif'

/** Slide backgrounds of Slidev's default theme (bg-main), which the palettes are checked against. */
export const slideBackground: Record<Theme, string> = { light: '#ffffff', dark: '#121212' }

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map(i => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** A palette colour at reduced strength. Unlike itemStyle.opacity, this leaves the mark's label at full contrast. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}
