// The reading view's only script, loaded as a module after the page has drawn. It watches the charts and, as
// one comes near the screen, loads ECharts and the option builders (live.ts, a separate chunk) to swap the
// static SVG for a live chart of the same size. Without it, or before it, the page reads the same.
const load = () => import('./live')

const figures = [...document.querySelectorAll<HTMLElement>('figure.chart[data-spec]')]
if ('IntersectionObserver' in window) {
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting)
        continue
      io.unobserve(e.target)
      void load().then(m => m.makeLive(e.target as HTMLElement))
    }
  }, { rootMargin: '200px 0px' })
  figures.forEach(f => io.observe(f))
}

// A conference picked before the live chart arrived still counts.
document.addEventListener('click', (ev) => {
  const button = (ev.target as Element).closest<HTMLButtonElement>('.picker button[data-value]')
  const fig = button?.closest<HTMLElement>('figure.chart')
  if (button && fig)
    void load().then(m => m.pick(fig, button.dataset.value!))
})
