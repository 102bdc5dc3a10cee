// The reading view's one stylesheet, inlined in the page: phone first, dark through prefers-color-scheme, print as
// an A4 handout. Chart SVGs are drawn in the light palette; in dark mode each light colour is mapped onto its dark
// counterpart by attribute selectors (found by drawing both and walking them in step), so one SVG serves both.
import { palettes, slideBackground } from '../palette'

/** Below this viewport width the narrow drawing of each chart shows, above it the wide one. */
export const WIDE_FROM = 640

function darkChartRules(colours: Map<string, Set<string>>): string {
  const rules: string[] = []
  for (const [light, darks] of colours) {
    if (darks.size !== 1)
      throw new Error(
        `reading view: light colour ${light} becomes ${[...darks].join(' and ')} in dark mode; ` +
          'the dark stylesheet needs one',
      )
    const dark = [...darks][0]
    for (const attr of ['fill', 'stroke', 'stop-color']) rules.push(`.chart-svg [${attr}="${light}"]{${attr}:${dark}}`)
  }
  return rules.join('')
}

// A system CJK font set on Noto Sans SC's line metrics (hhea ascent 1.16, descent 0.288 em), for Chinese text
// until the Noto subset is in; CJK glyphs are 1em wide in all of them, so the swap moves nothing.
const CJK_LOCAL = [
  'PingFang SC',
  'PingFangSC-Regular',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'NotoSansCJKsc-Regular',
  'Source Han Sans SC',
  'SourceHanSansSC-Regular',
]
  .map(name => `local("${name}")`)
  .join(',')

export function readingCss(colours: Map<string, Set<string>>): string {
  const l = palettes.light
  const d = palettes.dark
  return `
:root{--bg:${slideBackground.light};--fg:${l.text};--muted:${l.muted};--rule:${l.grid};--link:${l.PyTorch};
--quote:#f3f5f7;color-scheme:light dark}
@media screen and (prefers-color-scheme:dark){:root{--bg:${slideBackground.dark};--fg:${d.text};--muted:${d.muted};
--rule:${d.grid};--link:${d.PyTorch};--quote:#1c2128}${darkChartRules(colours)}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
@font-face{font-family:"Noto Sans SC Fallback";src:${CJK_LOCAL};unicode-range:U+2E80-9FFF,U+F900-FAFF,U+FE30-FE4F,
U+FF00-FFEF;ascent-override:116%;descent-override:28.8%;line-gap-override:0%}
@font-face{font-family:"Inter Fallback";src:local("Arial"),local("Liberation Sans"),local("Helvetica");
size-adjust:107.4%;ascent-override:90.2%;descent-override:22.48%;line-gap-override:0%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 "Inter Variable","Inter Fallback","Noto Sans SC",
"Noto Sans SC Fallback",system-ui,sans-serif;overflow-wrap:break-word}
:lang(zh){line-height:1.75}
a{color:var(--link);text-underline-offset:.15em}
.top{border-bottom:1px solid var(--rule)}
.top nav{max-width:46rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;justify-content:space-between;
column-gap:1rem}
.top a{display:inline-block;padding:.5rem 0}
main{max-width:46rem;margin:0 auto;padding:0 1rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:2rem 0 .5rem}
h2{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
h3{font-size:1.125rem;margin:1rem 0 .25rem}
.cover p{font-size:1.125rem}
.cover .intro{color:var(--muted);font-size:1rem}
.slide{border-top:1px solid var(--rule);padding-top:1.75rem;margin-top:2rem;content-visibility:auto;
contain-intrinsic-size:auto 6000px}
.notes{margin-top:1.25rem;padding-left:1rem;border-left:3px solid var(--rule)}
.slide-foot{margin:1rem 0 0;font-size:.875rem}
.slide-foot a{color:var(--muted);display:inline-block;min-height:24px;padding:.25rem 0;line-height:1.5}
.note-small,.text-sm{font-size:1rem}
.note-small{color:var(--muted)}
blockquote{margin:1rem 0;padding:.5rem 1rem;background:var(--quote);border-left:3px solid var(--rule)}
ul,ol{padding-left:1.4rem}
pre{overflow-x:auto;background:var(--quote);padding:.75rem;border-radius:4px;font-size:.875rem;line-height:1.45}
code{font-family:"Fira Code",ui-monospace,monospace}
.fig{font-variant-numeric:tabular-nums;font-weight:600}
.chart{margin:1.25rem 0}
.chart-box{position:relative}
.chart-svg{content-visibility:auto}
.chart-svg svg,.chart-live{display:block;width:100%;height:100%}
.chart-svg.wide{display:none}
@media (min-width:${WIDE_FROM}px){.chart-svg.narrow{display:none}.chart-svg.wide{display:block}}
.chart-live{position:absolute;inset:0}.is-live .chart-svg{visibility:hidden}
.chart figcaption{margin-top:.5rem}
.chart figcaption p{margin:.25rem 0}
.chart-title{font-size:.9375rem}
.chart-source,.chart-actions{font-size:.875rem;color:var(--muted)}
.chart-actions{margin:.25rem 0}
.chart-table summary,.chart-desc summary{cursor:pointer;color:var(--link);font-size:.875rem;padding:.5rem 0}
.chart-desc p{font-size:.875rem;margin:0 0 .5rem}
.chart-box:focus-visible{outline:3px solid var(--fg);outline-offset:4px;border-radius:4px}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition-duration:0s!important;
animation-duration:0s!important}}
@media (forced-colors:active){.chart-box{forced-color-adjust:none;background:var(--bg)}
.chart-box:focus-visible{outline-color:Highlight}}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.table-wrap{overflow-x:auto}
.chart-table table{border-collapse:collapse;font-size:.875rem;font-variant-numeric:tabular-nums}
.chart-table th,.chart-table td{padding:.25rem .5rem;border-bottom:1px solid var(--rule);text-align:left;
vertical-align:top}
.picker{display:flex;flex-wrap:wrap;align-items:center;gap:.375rem;margin-bottom:.5rem;font-size:.875rem}
.picker-label{color:var(--muted);margin-right:.25rem}
.picker button{font:inherit;color:inherit;background:none;border:1px solid var(--muted);border-radius:999px;
padding:.25rem .75rem;min-height:32px;cursor:pointer}
.picker button[aria-pressed=true]{font-weight:600;background:var(--quote);border-color:var(--fg)}
.model-lists ul{columns:2 10rem;font-size:.9375rem}
.model-lists .count{color:var(--muted);font-weight:400}
.unconfirmed{font-style:italic;text-decoration:underline dotted}
.legend{color:var(--muted)}
.source-list li{margin-bottom:.5rem}
.source-list .kind{color:var(--muted);font-style:italic}
.factor-card{display:block;margin:.75rem 0;padding:.75rem 1rem;border:1px solid var(--rule);border-radius:6px;
color:inherit;text-decoration:none}
.factor-card .factor-name{display:block;font-weight:700}
.factor-figure{display:block;font-size:1.5rem;font-weight:700;margin:.2rem 0}
.stat-big{font-size:1.5rem;font-weight:700}
.stat-label{color:var(--muted);font-weight:600}
.year-row{display:flex;gap:1rem;align-items:baseline;padding:.25rem 0;border-bottom:1px solid var(--rule)}
.post-claim{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid var(--rule)}
.source-list .note{color:var(--muted)}
.verdict{font-weight:700;white-space:nowrap}
.slide table:not(.chart-table table){display:block;max-width:100%;overflow-x:auto;border-collapse:collapse;
font-size:.9375rem}
.slide table:not(.chart-table table) th,.slide table:not(.chart-table table) td{padding:.35rem .5rem;
border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
@media (min-width:${WIDE_FROM}px){main,.top nav{padding-left:1.5rem;padding-right:1.5rem}}
@media print{
@page{size:A4;margin:15mm 14mm}
:root{--bg:#fff;--fg:#000;--muted:#444;--rule:#bbb;--link:#000;--quote:#f3f3f3}
body{font-size:10.5pt;line-height:1.45}
.top,.slide-foot,.picker,.chart-table,.chart-desc,.chart-actions{display:none}
main{max-width:none;padding:0}.slide{content-visibility:visible}
h1{margin-top:0}
.slide{break-before:auto;margin-top:1rem;padding-top:1rem}
h2,h3{break-after:avoid}
.chart,blockquote,pre,li{break-inside:avoid}
.chart-svg.narrow{display:none}.chart-svg.wide{display:block}
.chart-svg [fill]{print-color-adjust:exact;-webkit-print-color-adjust:exact}
a{text-decoration:none}
}
`.replace(/\n/g, '')
}
