// Slide 1 in index.html, drawn before any script runs (issue 21). A Slidev deck paints nothing until its app has
// loaded three waves of chunks (the entry and its preloads, then the play page's, then the slide's) and mounted:
// ~3 s on a slow phone. The build opens the built deck once in Chromium, takes slide 1 as the app drew it (the
// slide canvas, unscaled, and the language switch), and writes it into index.html as static HTML over the
// app's place, styled by the deck's own stylesheet (already render-blocking in the head) plus the few scoped
// rules of chunks that load later. A line of script scales it to the window as Slidev does; another removes it
// before the first paint where the address is not slide 1 (every route copy of index.html, the offline
// fallback and 404.html hold it too). lib/first-slide.ts, called by setup/main.ts, removes it once the app's
// own slide 1 is on screen beneath it, so the swap moves nothing.
import type { Browser } from 'playwright-chromium'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { quietChromiumArgs } from './chromium'
import { exportPorts } from './export/run'
import { serveBuild } from './export/serve'

import { FIRST_SLIDE_ID } from '../../lib/first-slide'
const marker = '<!-- deck:first-slide -->'

interface Snapshot {
  html: string
  css: string
  fonts: string[]
}

/** Slide 1 of the edition served at `url`, as its app draws it at a desktop window, light theme. */
async function snapshot(browser: Browser, url: string, initial: string[]): Promise<Snapshot> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  })
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'load' })
    await page.locator('.slidev-page-1 .slidev-layout').waitFor({ state: 'visible', timeout: 60_000 })
    await page.locator('[data-lang-switch]').first().waitFor({ state: 'visible' })
    // The stylesheets in the page now, as slide 1 first shows; the ones that come later (the English edition's
    // Chinese font rules, 1 s after load) are not slide 1's, except for the offer's own rules.
    const early = await page.evaluate(() => document.styleSheets.length)
    // The font files slide 1 has drawn its text with by then, preloaded so that its text is in them from the first
    // paint: a heading first painted in a fallback font and then redrawn by the app in the real one would count as
    // a second, later, largest paint. Small files only (Inter, the covers' Chinese subset, symbol subsets): the
    // ~80 KB Chinese subset of the other slides' characters would compete with the render-blocking stylesheet on a
    // slow line.
    const earlyFonts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(r => /\.woff2$/.test(r.name))
        .filter(r => /\/inter[^/]*\.woff2$/.test(r.name) || (r as PerformanceResourceTiming).encodedBodySize < 20_000)
        .map(r => r.name),
    )
    // The phone's offer to read the talk as an article (global-bottom.vue): in the page from its first paint on a
    // phone, instead of seconds later when the app has started and fetched its messages. It is the largest
    // text a phone shows there, so its paint is the page's largest contentful paint. Attached (hidden by its CSS)
    // at this desktop size too, once the app's messages are in.
    await page.locator('[data-read-offer]').waitFor({ state: 'attached', timeout: 15_000 })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    return await page.evaluate(
      ({ initialSheets, id, early, earlyFonts }) => {
        const content = document.getElementById('slide-content')!
        const clone = content.cloneNode(true) as HTMLElement
        // What appears later in the app (the reading view's link, 1 s after load) is left out, as is anything
        // the tests or the app find by data attribute or by the slide's number: the static copy is no second
        // deck to them.
        // A live region (the slide-change announcement) stays the app's alone; the next slide, which Slidev
        // mounts hidden beside the current one, is not shown.
        clone
          .querySelectorAll('[data-read-link], [aria-live], .slidev-page:not(.slidev-page-1)')
          .forEach(e => e.remove())
        for (const el of [clone, ...clone.querySelectorAll<HTMLElement>('*')]) {
          el.removeAttribute('id')
          for (const a of [...el.attributes])
            if (a.name.startsWith('data-') && !a.name.startsWith('data-v-')) el.removeAttribute(a.name)
          el.classList.remove('slidev-page-1')
          if (el.getAttribute('tabindex')) el.removeAttribute('tabindex')
        }
        clone.style.removeProperty('--slidev-slide-scale')
        const phone = document.querySelector('.deck-top-corner-phone')?.cloneNode(true) as HTMLElement | undefined
        phone?.querySelectorAll('*').forEach(el => {
          for (const a of [...el.attributes])
            if (a.name.startsWith('data-') && !a.name.startsWith('data-v-')) el.removeAttribute(a.name)
        })
        // It keeps data-read-offer: the app adopts this element instead of drawing another (lib/first-slide.ts).
        const offer = document.querySelector('[data-read-offer]')?.cloneNode(true) as HTMLElement | undefined
        const container = document.getElementById('slide-container')!.cloneNode(false) as HTMLElement
        container.removeAttribute('id')
        container.append(clone)
        // Rules of the stylesheets that came with later chunks (scoped styles of the play page, the slide
        // wrapper, the layout): small, inlined.
        const css = [...document.styleSheets]
          .map((s, i) => ({ s, late: i >= early }))
          .filter(({ s }) => !s.href || !initialSheets.includes(s.href))
          .flatMap(({ s, late }) => {
            try {
              return [...s.cssRules].map(r => r.cssText).filter(r => !late || r.includes('.read-offer'))
            } catch {
              return []
            }
          })
          .join('\n')
        const html = `<div id="${id}">${container.outerHTML}${phone?.outerHTML ?? ''}${offer?.outerHTML ?? ''}</div>`
        return { html, css, fonts: earlyFonts }
      },
      { initialSheets: initial, id: FIRST_SLIDE_ID, early, earlyFonts },
    )
  } finally {
    await context.close()
  }
}

/**
 * The markup written into index.html: the static slide, its styles, and the scripts that scale it and take it
 * away where the address is not slide 1. `base` is the edition's base path.
 */
export function firstSlideMarkup(s: Snapshot, base: string, origin: string): { head: string; body: string } {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const local = (u: string) => u.replace(origin, '')
  const head = [
    marker,
    ...s.fonts.map(f => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${local(f)}">`),
    // Slidev's own choice of theme (logic/dark.ts: the stored one, else the system's), made before the first
    // paint rather than when the app starts, so the static slide is drawn in the theme the app will use.
    '<script>(function(){try{var s=localStorage.getItem("slidev-color-schema"),d=s==="dark"||' +
      '((!s||s==="auto")&&matchMedia("(prefers-color-scheme: dark)").matches);' +
      'document.documentElement.classList.add(d?"dark":"light")}catch(e){}})()</script>',
    `<style>#${FIRST_SLIDE_ID}{position:fixed;inset:0;z-index:50;overflow:hidden;pointer-events:none}` +
      `#${FIRST_SLIDE_ID}>.slidev-slide-container{position:absolute;inset:0}` +
      // The offer is a link to follow before the app is up: the only part of the copy that takes a tap.
      `#${FIRST_SLIDE_ID} .read-offer{pointer-events:auto}` +
      // The copy was taken in the light theme; a chart's colours are in its SVG, so in the dark theme the chart
      // waits for the app's instead of showing light colours first.
      `html.dark #${FIRST_SLIDE_ID} .chart-body{visibility:hidden}\n${s.css}</style>`,
  ].join('\n')
  // Slide 1 is the base itself, or <base>1, with or without a trailing slash (GitHub Pages adds one).
  const slide1 = `^${esc(base)}(?:1/?)?$`
  const body = [
    marker,
    s.html,
    '<script>(function(){var e=document.getElementById("' +
      FIRST_SLIDE_ID +
      '");' +
      `if(!new RegExp(${JSON.stringify(slide1)}).test(location.pathname)||/[?&]print\\b/.test(location.search))` +
      '{e.remove();return}' +
      // Slidev's scale: the canvas fitted into the window, centred.
      'function fit(){var s=e.querySelector(".slidev-slide-container"),c=s&&s.firstChild;if(!c)return;' +
      'var k=Math.min(innerWidth/c.offsetWidth,innerHeight/c.offsetHeight);' +
      'c.style.setProperty("--slidev-slide-scale",k)}' +
      'fit();addEventListener("resize",fit)})()</script>',
  ].join('\n')
  return { head, body }
}

/**
 * The app's code, fetched and started after the first frame instead of from the head. Where it is already in
 * (a fast line, a cache), a deferred module runs its ~1 s of start-up (4× slowed CPU) before the browser paints
 * anything, static slide included; on a slow line its ~160 KB share the line with the stylesheet the first paint
 * waits for. So the entry and its `modulepreload`s are added by a loader once the static slide is on screen, all
 * at once as before (no request chain). The loader keeps the `src="…"` that scripts/serve.ts and the export read
 * the base path from.
 */
function startAfterPaint(html: string, index: string): string {
  const tag = /<script type="module" crossorigin src="([^"]+)"><\/script>/
  const src = tag.exec(html)?.[1]
  if (!src) throw new Error(`first slide: no module entry script in ${index}`)
  const preload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g
  const preloads = [...html.matchAll(preload)].map(m => m[1])
  const loader =
    '<script>(function(){var done=0;function go(){if(done)return;done=1;' +
    `${JSON.stringify(preloads)}.forEach(function(h){var l=document.createElement("link");` +
    'l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.appendChild(l)});' +
    'var s=document.createElement("script");' +
    `s.type="module";s.crossOrigin="";s.src="${src}";document.head.appendChild(s)}` +
    // After the frame that shows the static slide with its text: once its font is in (text waiting for a
    // font is not painted, and a long task would then hold that paint back), or after 1 s at most. At once
    // where there is no static slide (another route).
    `if(!document.getElementById("${FIRST_SLIDE_ID}"))go();` +
    'else{var f=function(){requestAnimationFrame(function(){setTimeout(go)})};' +
    'document.fonts?document.fonts.ready.then(f,f):f();setTimeout(go,1000)}})()</script>'
  return html.replace(tag, '').replace(preload, '').replace('<div id="mermaid-rendering-container">', `${loader}\n  $&`)
}

/** Writes the static slide 1 into the index.html of the edition built into `dir` for base path `base`. */
export async function writeFirstSlide(dir: string, base: string, executablePath: string): Promise<string> {
  const index = join(dir, 'index.html')
  let html = readFileSync(index, 'utf8')
  if (html.includes(marker)) return 'already there'
  const served = await serveBuild(dir, base, exportPorts())
  const browser = await chromium.launch({ executablePath, args: quietChromiumArgs })
  try {
    // The stylesheets index.html links are there before any script; the others come with chunks loaded later.
    const linked = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(m => `${served.url}${m[1]}`)
    const shot = await snapshot(browser, `${served.url}${base}1`, linked)
    const { head, body } = firstSlideMarkup(shot, base, served.url)
    html = html.replace('</head>', `${head}\n</head>`).replace('<div id="app"></div>', `<div id="app"></div>\n${body}`)
    if (!html.includes(`id="${FIRST_SLIDE_ID}"`)) throw new Error(`first slide: no <div id="app"></div> in ${index}`)
    html = startAfterPaint(html, index)
    writeFileSync(index, html)
    return `${(body.length / 1024).toFixed(1)} KB of HTML, ${(head.length / 1024).toFixed(1)} KB in the head`
  } finally {
    await browser.close()
    await served.close()
  }
}
