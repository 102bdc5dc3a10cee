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

export const palettes: Record<'light' | 'dark', Palette> = {
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

/** A palette colour at reduced strength. Unlike itemStyle.opacity, this leaves the mark's label at full contrast. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}
