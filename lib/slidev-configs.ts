/**
 * Slidev hands the browser its headmatter configuration as one virtual module, `/@slidev/configs`. A Vite plugin
 * that changes what the browser sees of it (the PDF download link, whether a password is needed) rewrites that
 * module here: `patch` is merged over the configuration. Any other module comes back untouched (undefined).
 */
export function patchSlidevConfigs(code: string, id: string, patch: Record<string, unknown>): string | undefined {
  if (!id.endsWith('/@slidev/configs')) return undefined
  const config = JSON.parse(code.replace(/^export default /, '')) as Record<string, unknown>
  return `export default ${JSON.stringify({ ...config, ...patch })}`
}
