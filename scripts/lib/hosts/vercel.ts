// Vercel, as documented for a static output directory with `vercel.json`: the filesystem is checked first
// (a file, or a folder's index.html, with or without the trailing slash, since trailingSlash is unset);
// then `rewrites` in order, the first whose `source` matches serves its `destination` from the output with
// status 200 and the address bar unchanged; nothing matched: the output's 404.html with status 404.
// Sources use path-to-regexp: "(.*)" groups ($1 …), ":name", ":name*".
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Answer, HostRules } from './static'
import { dirAt, fileAt } from './static'

export interface Rewrite {
  source: string
  destination: string
}

export function readVercelJson(file: string): Rewrite[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rewrites?: Rewrite[] }
  for (const [i, r] of (json.rewrites ?? []).entries()) {
    if (typeof r.source !== 'string' || typeof r.destination !== 'string' || !r.source.startsWith('/'))
      throw new Error(`${file}: rewrites[${i}] needs a "source" starting with "/" and a "destination"`)
  }
  return json.rewrites ?? []
}

/** The destination of a rewrite for this path, or undefined when its source does not match. */
export function matchRewrite(rewrite: Rewrite, path: string): string | undefined {
  const names: string[] = []
  const pattern = rewrite.source.replace(
    /\(([^)]*)\)|:(\w+)(\*)?|[.+?^${}|[\]\\]/g,
    (all, group: string | undefined, name: string | undefined, star: string | undefined) => {
      if (group !== undefined) {
        names.push(String(names.length + 1))
        return `(${group})`
      }
      if (name) {
        names.push(name)
        return star ? '(.*)' : '([^/]+)'
      }
      return `\\${all}`
    },
  )
  const m = path.match(new RegExp(`^${pattern}$`))
  if (!m) return undefined
  return names.reduce(
    (to, name, i) => to.replaceAll(/^\d+$/.test(name) ? `$${name}` : `:${name}`, m[i + 1] ?? ''),
    rewrite.destination,
  )
}

export function vercelRules(dir: string, vercelJson: string): HostRules {
  const fileFor = (path: string): string | undefined => {
    const rel = path.slice(1)
    return (
      (!path.endsWith('/') && fileAt(dir, rel)) || (dirAt(dir, rel) ? fileAt(dir, join(rel, 'index.html')) : undefined)
    )
  }
  return path => {
    const file = fileFor(path)
    if (file) return { kind: 'file', file, status: 200 }
    for (const rewrite of readVercelJson(vercelJson)) {
      const to = matchRewrite(rewrite, path)
      if (to === undefined) continue
      // First match wins: a missing destination is a 404, not a reason to try the next rewrite.
      const target = fileFor(to)
      if (target) return { kind: 'file', file: target, status: 200 }
      break
    }
    const page = fileAt(dir, '404.html')
    const answer: Answer = page
      ? { kind: 'file', file: page, status: 404 }
      : { kind: 'none', status: 404, body: 'NOT_FOUND' }
    return answer
  }
}
