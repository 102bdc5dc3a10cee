// npm run present [-- --port N]      the English edition, from a laptop, with a phone as the remote if wanted
// npm run present:zh [-- --port N]   the Chinese edition
// Slidev's dev server with remote access: it listens on the local network, the presenter's pages need a password
// (DECK_REMOTE_PASSWORD, else a new one, printed), and the server itself refuses to change or drive the deck
// without it (lib/stage/present-guard.ts, enabled by DECK_PRESENT=1 through vite.config.ts). Prints the addresses
// of the projector, the presenter view and the phone remote, with a QR code for the phone. docs/presenting.md.
import { networkInterfaces } from 'node:os'
import { parseArgs } from 'node:util'
import { renderUnicodeCompact } from 'uqr'
import { EDITIONS } from '../lib/editions'
import { lanAddresses, newPassword, talkUrls } from './lib/present'

const { values } = parseArgs({
  options: {
    locale: { type: 'string', default: EDITIONS[0].locale },
    port: { type: 'string' },
  },
})
const edition = EDITIONS.find(e => e.locale === values.locale)
if (!edition) throw new Error(`--locale takes ${EDITIONS.map(e => e.locale).join(', ')}, got "${values.locale}"`)
const port = Number(values.port ?? edition.devPort)
if (!Number.isInteger(port) || port <= 0) throw new Error(`--port takes a port number, got "${values.port}"`)

const password = process.env.DECK_REMOTE_PASSWORD || newPassword()
const generated = !process.env.DECK_REMOTE_PASSWORD
// Read by vite.config.ts (presentGuard) when Slidev loads it below, in this process.
process.env.DECK_PRESENT = '1'
process.env.DECK_REMOTE_PASSWORD = password

const { createServer, parser, resolveOptions } = await import('@slidev/cli')
const options = await resolveOptions({ entry: edition.entry, remote: password }, 'dev')
const server = await createServer(
  options,
  { server: { port, strictPort: true, host: '0.0.0.0' }, logLevel: 'warn' },
  {
    // Edits to the slides while presenting show up, as with `npm run dev` (theme changes need a restart).
    async loadData(loaded) {
      const data = await parser.load(options, options.entry, loaded, 'dev')
      const themeMeta = options.data.themeMeta
      return { ...data, themeMeta, config: parser.resolveConfig(data.headmatter, themeMeta, options.entry) }
    },
  },
)
await server.listen()

const lan = lanAddresses(networkInterfaces())
const urls = talkUrls(port, password, lan[0])
const out = [
  '',
  `  ${edition.entry}, presented on port ${port}`,
  '',
  `  projector (audience)  ${urls.projector}`,
  `  presenter (laptop)    ${urls.presenter}`,
  `  phone remote          ${urls.phone ?? '(no local network address found: connect the laptop to a network)'}`,
  ...lan.slice(1).map(a => `                        ${talkUrls(port, password, a).phone}`),
  `  password              ${password}${generated ? '  (new; set DECK_REMOTE_PASSWORD to choose one)' : ''}`,
  '',
]
if (urls.phone)
  out.push(
    '  scan with the phone:',
    '',
    ...renderUnicodeCompact(urls.phone)
      .split('\n')
      .map(l => `  ${l}`),
    '',
  )
out.push(
  '  Anyone on this network can watch the slides, the notes and the source; only the password changes or drives',
  '  the talk. Plain HTTP: see docs/presenting.md. Ctrl+C to stop.',
  '',
)
console.log(out.join('\n'))

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)))
