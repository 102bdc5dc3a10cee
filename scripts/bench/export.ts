// `slidev export` to PDF, exactly as the CLI does it (resolveOptions → Vite dev server → exportSlides), but on a
// port we choose: the CLI always asks for 12445 and falls back to a random port, and this machine's benchmarks
// must stay in 4800–4899. Run with the deck's directory as cwd:
//   tsx scripts/bench/export.ts --entry slides.md --output out.pdf --port 4810 --executable-path /usr/bin/chromium
// Prints one JSON line: { pages, totalMs, exportMs } (totalMs includes resolving the deck and starting Vite).
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { createServer, resolveOptions } from '@slidev/cli'

const t0 = performance.now()
const { values } = parseArgs({ options: {
  'entry': { type: 'string', default: 'slides.md' },
  'output': { type: 'string', default: 'export.pdf' },
  'port': { type: 'string', default: '4810' },
  'executable-path': { type: 'string', default: '/usr/bin/chromium' },
  'timeout': { type: 'string', default: '60000' },
} })
// The chunk holding exportSlides is not a public export of @slidev/cli; its name is fixed for the pinned 52.20.1.
const exportModule = '@slidev/cli/dist/export-LauAJGMx.mjs'
const { exportSlides, getExportOptions } = await import(exportModule) as {
  exportSlides: (o: Record<string, unknown>) => Promise<string>
  getExportOptions: (args: Record<string, unknown>, options: unknown) => Record<string, unknown> & { total: number }
}
const port = Number(values.port)
const options = await resolveOptions({ entry: values.entry! }, 'export')
const server = await createServer(options, { server: { port, strictPort: true }, clearScreen: false, logLevel: 'warn' })
let code = 0
try {
  await server.listen(port)
  const exportOptions = getExportOptions({
    entry: values.entry,
    output: values.output,
    format: 'pdf',
    timeout: Number(values.timeout),
    'executable-path': values['executable-path'],
  }, options)
  const t1 = performance.now()
  await exportSlides({ port, ...exportOptions })
  const t2 = performance.now()
  console.log(JSON.stringify({ pages: exportOptions.total, totalMs: t2 - t0, exportMs: t2 - t1 }))
}
catch (e) {
  console.error(e)
  code = 1
}
finally {
  await server.close()
}
process.exit(code)
