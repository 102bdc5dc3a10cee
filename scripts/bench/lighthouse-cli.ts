// `npm run bench:lighthouse [-- --dir dist] [--port 4420]`: Lighthouse mobile scores for an existing build (it
// builds nothing): slide 1 of each edition and both reading views, served gzip-compressed on loopback.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { LIGHTHOUSE_HEAD, lighthouseRow, runLighthouse, serveGzipped } from './lighthouse'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4420' },
    base: { type: 'string' },
  },
})
const built = readFileSync(`${values.dir}/index.html`, 'utf8').match(/src="([^"]*\/)assets\//)?.[1]
const base = values.base ?? (built?.startsWith('/') ? built : '/')
const { server, origin } = await serveGzipped(values.dir!, base, Number(values.port))
const pages = [
  ['deck, slide 1 (en)', `${base}1`],
  ['deck, slide 1 (zh)', `${base}zh/1`],
  ['reading view (en)', `${base}read`],
  ['reading view (zh)', `${base}zh/read`],
]
const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
console.log(LIGHTHOUSE_HEAD.join('\n'))
const problems: string[] = []
try {
  for (const [label, path] of pages) {
    const r = await runLighthouse(`${origin}${path}`)
    console.log(lighthouseRow(label, r, s, kib))
    problems.push(...r.failing.map(f => `${label}: ${f}`))
  }
} finally {
  server.close()
}
if (problems.length) console.log(`\nAudits below 1:\n${problems.map(p => `- ${p}`).join('\n')}`)
