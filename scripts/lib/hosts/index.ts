// The three host servers by name, for npm run preview and tests/e2e/hosting.spec.ts. Each follows its host's
// documented rules (see its file); none of them knows anything about this deck.
import { resolve } from 'node:path'
import { githubPagesRules } from './github-pages'
import { netlifyRules } from './netlify'
import type { HostRules } from './static'
import { vercelRules } from './vercel'

export const HOSTS = ['github-pages', 'netlify', 'vercel'] as const
export type Host = (typeof HOSTS)[number]

/**
 * `mount`: where the publish directory appears on the site. GitHub Pages puts a project site under
 * /<repo>/; Netlify and Vercel serve it at the root (netlify.toml and vercel.json build for "/").
 */
export function hostRules(host: Host, dir: string, mount = '/'): HostRules {
  if (host !== 'github-pages' && mount !== '/')
    throw new Error(
      `${host} serves the publish directory at the site root; build the deck with base "/" (got ${mount})`,
    )
  if (host === 'github-pages') return githubPagesRules(dir, mount)
  if (host === 'netlify') return netlifyRules(dir)
  return vercelRules(dir, resolve(import.meta.dirname, '../../../vercel.json'))
}
