// The reading view's only script, loaded as a module after the page has drawn. It watches the charts and, as
// one comes near the screen, loads ECharts and the option builders (live.ts, a separate chunk) to swap the
// static SVG for a live chart of the same size. Without it, or before it, the page reads the same.
const load = () => import('./live')
const makeLive = (fig: HTMLElement) => void load().then(m => m.makeLive(fig))

const figures = [...document.querySelectorAll<HTMLElement>('figure.chart[data-spec]')]
/** The keys the walk takes (lib/explore/controller.ts). */
const WALK_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', 'Escape'])
/**
 * Focus loads the live chart and its walk. Keys pressed while they load are held (an arrow would scroll the page
 * meanwhile) and given to the walk once it is there, so a reader who tabs in and presses at once loses none.
 */
function liveOnFocus(fig: HTMLElement, box: HTMLElement) {
  const held: string[] = []
  const hold = (ev: KeyboardEvent) => {
    if (!WALK_KEYS.has(ev.key)) return
    ev.preventDefault()
    held.push(ev.key)
  }
  box.addEventListener('keydown', hold)
  void load().then(m => {
    m.makeLive(fig)
    box.removeEventListener('keydown', hold)
    for (const key of held) box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

// A chart already on the first screen (the cover's) is a finished picture there: it turns live when the reader
// reaches for it (pointer, touch; focus and a picked conference below), not at once, where ECharts' start-up would
// hold the page's main thread while it loads (Lighthouse's total blocking time 0.4–0.6 s on a slow phone). The
// others turn live as they come near the screen.
const onFirstScreen = figures.filter(fig => fig.getBoundingClientRect().top < innerHeight)
for (const fig of onFirstScreen)
  for (const type of ['pointerenter', 'touchstart'])
    fig.addEventListener(type, () => makeLive(fig), { once: true, passive: true })
if ('IntersectionObserver' in window) {
  const io = new IntersectionObserver(
    entries => {
      for (const e of entries) {
        if (!e.isIntersecting) continue
        io.unobserve(e.target)
        makeLive(e.target as HTMLElement)
      }
    },
    { rootMargin: '200px 0px' },
  )
  figures.filter(f => !onFirstScreen.includes(f)).forEach(f => io.observe(f))
}

// Each chart's box becomes the keyboard's way into its data (lib/explore): focusable, named by the short alt and
// described by the long description and the keys' hint, which the page already holds. Focus loads the live chart.
// Printed (the handout, `read?print`), each chart stays a picture with its alt, and the figure around it only groups
// it, so the tagged PDF has one figure per chart.
const printing = new URLSearchParams(location.search).has('print')
for (const fig of figures) {
  const box = fig.querySelector<HTMLElement>('.chart-box')
  if (printing) fig.setAttribute('role', 'none')
  if (!box || printing) continue
  // A widget's SVG is not its content: the walk and the description say what it shows.
  for (const svg of box.querySelectorAll('svg')) svg.setAttribute('aria-hidden', 'true')
  box.tabIndex = 0
  box.setAttribute('role', 'application')
  box.setAttribute('aria-roledescription', box.dataset.role ?? '')
  box.setAttribute('aria-label', box.dataset.alt ?? '')
  // The caption (the chart's sentence), the rest of the long description, and the keys' hint, by ids given here.
  const parts = ['.chart-title', '.chart-desc p', '.chart-hint'].flatMap((sel, i) => {
    const el = fig.querySelector(sel)
    if (!el) return []
    el.id ||= `${fig.id}-d${i}`
    return [el.id]
  })
  box.setAttribute('aria-describedby', parts.join(' '))
  box.addEventListener('focus', () => liveOnFocus(fig, box), { once: true })
}

// A conference picked before the live chart arrived still counts.
document.addEventListener('click', ev => {
  const button = (ev.target as Element).closest<HTMLButtonElement>('.picker button[data-value]')
  const fig = button?.closest<HTMLElement>('figure.chart')
  if (button && fig) void load().then(m => m.pick(fig, button.dataset.value!))
})

// The CJK font's rules (fonts/cjk.css beside this script, see scripts/lib/reading-view.ts) once the page is up.
function loadLateFonts() {
  const rel = 'fonts/cjk.css'
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = new URL(rel, import.meta.url).href
  document.head.append(link)
}
if (document.documentElement.hasAttribute('data-late-fonts')) {
  const later = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(loadLateFonts, { timeout: 2000 })
      : setTimeout(loadLateFonts, 300)
  if (document.readyState === 'complete') later()
  else window.addEventListener('load', later, { once: true })
}
