import type { Plugin } from 'vite'
import { dataFiles, DataError, loadDeckData } from './load'

const ID = 'virtual:deck-data'
const RESOLVED = `\0${ID}`

/**
 * Serves the validated contents of data/ as `virtual:deck-data`. Validation runs in Node at build start,
 * so a malformed file stops `slidev` and `slidev build` with the file, line and field, and the browser
 * bundle carries plain JSON rather than the CSV parser and schema library.
 */
export function deckData(dir: string): Plugin {
  const load = () => {
    try {
      return loadDeckData(dir)
    } catch (e) {
      if (e instanceof DataError) throw new Error(`[deck-data] ${e.message}`)
      throw e
    }
  }
  return {
    name: 'deck-data',
    buildStart() {
      load()
      for (const f of dataFiles(dir)) this.addWatchFile(f)
    },
    resolveId: id => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return
      for (const f of dataFiles(dir)) this.addWatchFile(f)
      return `export default ${JSON.stringify(load())}`
    },
    handleHotUpdate({ file, server }) {
      if (!dataFiles(dir).includes(file)) return
      const mod = server.moduleGraph.getModuleById(RESOLVED)
      if (mod) server.moduleGraph.invalidateModule(mod)
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
