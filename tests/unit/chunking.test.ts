// lib/chunking.ts wraps Slidev's manualChunks to keep ECharts off slide 1. These tests run Slidev's own config
// plugin (from node_modules/@slidev/cli) and fail when its chunking changes in a way that matters here.
import type { ConfigEnv, Plugin, UserConfig } from 'vite'
import { resolve } from 'node:path'
import { resolveOptions, ViteSlidevPlugin } from '@slidev/cli'
import { describe, expect, it } from 'vitest'
import type { ManualChunks } from '../../lib/chunking'
import { lazyECharts, withLazyECharts } from '../../lib/chunking'

const meta = { getModuleInfo: () => null } as unknown as Parameters<ManualChunks>[1]
const env: ConfigEnv = { command: 'build', mode: 'production' }
const root = resolve(import.meta.dirname, '../..')
const ECHARTS_IDS = [
  `${root}/node_modules/echarts/lib/chart/bar/install.js`,
  `${root}/node_modules/zrender/lib/svg/Painter.js`,
  `${root}/node_modules/vue-echarts/dist/index.js`,
]
const OTHER_IDS = [
  `${root}/node_modules/vue/dist/vue.runtime.esm-bundler.js`,
  `${root}/node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js`,
  `${root}/node_modules/shiki/dist/index.mjs`,
  `${root}/node_modules/file-saver/dist/FileSaver.min.js`,
  '~icons/carbon/arrow-right',
  `${root}/components/ChartFrame.vue`,
  `${root}/lib/echarts.ts`,
]

function runConfigHook(plugin: Plugin, config: UserConfig) {
  const hook = plugin.config
  const handler = typeof hook === 'function' ? hook : hook?.handler
  return handler?.call({} as never, config, env)
}

// What Slidev's own `slidev:config` plugin sets for a build of this deck.
async function slidevBuildConfig(): Promise<UserConfig> {
  const options = await resolveOptions({ entry: resolve(root, 'slides.md') }, 'build')
  const plugins = ((await ViteSlidevPlugin(options)) as unknown[]).flat(Infinity) as Plugin[]
  const config = plugins.find(p => p?.name === 'slidev:config')
  if (!config) throw new Error('@slidev/cli has no plugin named slidev:config any more')
  return ((await runConfigHook(config, {})) ?? {}) as UserConfig
}
const chunkerOf = (config: UserConfig) => {
  const output = config.build?.rollupOptions?.output
  return (output && !Array.isArray(output) ? output.manualChunks : undefined) as ManualChunks | undefined
}

describe("Slidev's chunking, as node_modules/@slidev/cli has it", async () => {
  const config = await slidevBuildConfig()
  const slidev = chunkerOf(config)

  it('is a manualChunks function (lazyECharts has something to wrap)', () => {
    expect(typeof slidev).toBe('function')
  })

  it('still puts vue-echarts into an eager chunk: without the exception ECharts would be on slide 1', () => {
    // When this fails, Slidev's chunking changed: check the bytes before slide 1 without lib/chunking.ts
    // (npm run bench) and remove it if ECharts stays lazy.
    expect(slidev!(ECHARTS_IDS[2], meta)).toBe('modules/vue')
  })

  it('after lazyECharts: ECharts in no manual chunk, everything else where Slidev puts it', () => {
    const wrapped: UserConfig = { build: { rollupOptions: { output: { manualChunks: slidev } } } }
    runConfigHook(lazyECharts(), wrapped)
    const ours = chunkerOf(wrapped)!
    expect(ours).not.toBe(slidev)
    for (const id of ECHARTS_IDS) expect(ours(id, meta), id).toBeUndefined()
    for (const id of OTHER_IDS) expect(ours(id, meta), id).toBe(slidev!(id, meta))
    expect(ours(OTHER_IDS[0], meta)).toBe('modules/vue')
  })
})

describe('lazyECharts', () => {
  it('refuses a build where nothing sets a manualChunks function', () => {
    expect(() => runConfigHook(lazyECharts(), { build: {} })).toThrow(/Slidev no longer sets .*manualChunks/)
  })
  it('leaves the dev server alone', () => {
    const hook = lazyECharts().config as { handler: (c: UserConfig, e: ConfigEnv) => void }
    expect(() => hook.handler({}, { command: 'serve', mode: 'development' })).not.toThrow()
  })
  it('passes the module id and meta through to the function it wraps', () => {
    const seen: unknown[][] = []
    const chunk = withLazyECharts((id, m) => (seen.push([id, m]), 'x'))
    expect(chunk('/a/node_modules/vue/x.js', meta)).toBe('x')
    expect(chunk('/a/node_modules/echarts/core.js', meta)).toBeUndefined()
    expect(seen).toEqual([['/a/node_modules/vue/x.js', meta]])
  })
})
