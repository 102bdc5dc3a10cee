// Text widths for the server-side renderer. In Node there is no canvas to measure text with, so zrender falls
// back on a table of Helvetica's widths; the deck's Inter sets Latin text about 7% wider (the reading view's
// "Inter Fallback" face needs size-adjust: 107.4% on Arial), so labels laid out from that table overran the
// room ECharts kept for them, and a phone's drawing cut them at its edge. CJK characters are 1 em wide in every
// CJK font, which is what the table already says.
import { platformApi, setPlatformAPI } from 'zrender/lib/core/platform.js'

/** Latin text in Inter against the fallback table's Helvetica (the size-adjust above). */
export const LATIN_WIDTH = 1.075

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/g

/** Installs the estimate, once, where there is no canvas (Node); a browser keeps measuring with its canvas. */
export function measureTextLikeInter(): void {
  if (typeof document !== 'undefined') return
  const table = platformApi.measureText
  if ((table as { inter?: true }).inter) return
  const measure = (text: string, font?: string) => {
    const cjk = (text.match(CJK) ?? []).join('')
    const latin = text.replace(CJK, '')
    return { width: table(latin, font).width * LATIN_WIDTH + (cjk ? table(cjk, font).width : 0) }
  }
  setPlatformAPI({ measureText: Object.assign(measure, { inter: true as const }) })
}
