// Browser only: turns a framed chart SVG into a file the reader saves (SVG as is, PNG at twice its size).
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function svgBlob(svg: string): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' })
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

function checksum(px: Uint8ClampedArray): number {
  let sum = 0
  for (let i = 0; i < px.length; i += 28) sum = (sum * 31 + px[i]) | 0
  return sum
}

/**
 * An SVG image decodes before the fonts embedded in it have loaded, and until then its text is invisible
 * (measured: no text at the first draw of a Chinese chart, all of it 200 ms later). So the image is drawn
 * again until it has changed since the first draw (or 1 s has passed, when the fonts were ready at once) and
 * then two draws in a row agree; at most 5 s.
 */
async function drawSettled(draw: () => number): Promise<void> {
  const first = draw()
  const start = performance.now()
  let last = first
  let changed = false
  while (performance.now() - start < 5000) {
    await sleep(100)
    const now = draw()
    changed ||= now !== first
    if (now === last && (changed || performance.now() - start > 1000)) return
    last = now
  }
}

/** Draws the SVG onto a canvas `scale` times its size; its fonts must be embedded (an <img> loads no others). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg))
  try {
    const img = new Image(width, height)
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) throw new Error('no 2D canvas to draw the PNG on')
    await drawSettled(() => {
      ctx.clearRect(0, 0, canvas.width, canvas.height)
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
      return checksum(ctx.getImageData(0, 0, canvas.width, canvas.height).data)
    })
    return await new Promise((resolve, reject) =>
      canvas.toBlob(b => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
