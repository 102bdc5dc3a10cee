// Netlify, as documented for a publish directory with a `_redirects` file: only the file at the root of the
// publish directory is read; rules are tried top to bottom and the first match wins; a rule only applies when
// no file matches the path ("shadowing"), unless its status ends in "!" (forced); `*` at the end of `from`
// matches the rest and `:splat` puts it in `to`, `:name` matches one segment; status 200 is a rewrite (the
// address bar keeps the path), 301/302 redirect. A folder's index.html answers the folder, with or without the
// trailing slash. Nothing matched: the root 404.html with status 404.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Answer, HostRules } from './static'
import { dirAt, fileAt } from './static'

export interface RedirectRule {
  from: string
  to: string
  status: number
  force: boolean
}

/** The rules of a `_redirects` file; a line that is not "from to [status[!]]" is an error naming the line. */
export function parseRedirects(text: string): RedirectRule[] {
  return text.split('\n').flatMap((line, i) => {
    const clean = line.replace(/#.*$/, '').trim()
    if (!clean) return []
    const parts = clean.split(/\s+/)
    const m = (parts[2] ?? '301').match(/^(\d{3})(!?)$/)
    if (parts.length < 2 || parts.length > 3 || !m || !parts[0].startsWith('/'))
      throw new Error(`_redirects line ${i + 1}: expected "from to [status]", got "${line}"`)
    return [{ from: parts[0], to: parts[1], status: Number(m[1]), force: m[2] === '!' }]
  })
}

/** The `to` of a rule for this path with `:splat` and `:name` filled in, or undefined when it does not match. */
export function matchRule(rule: RedirectRule, path: string): string | undefined {
  const names: string[] = []
  const pattern = rule.from
    .split('/')
    .map((seg, i, all) => {
      if (seg === '*' && i === all.length - 1) {
        names.push('splat')
        return '(.*)'
      }
      if (seg.startsWith(':')) {
        names.push(seg.slice(1))
        return '([^/]+)'
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  // "/a/*" also matches "/a" itself.
  const m = path.match(new RegExp(`^${pattern.replace(/\/\(\.\*\)$/, '(?:/(.*))?')}$`))
  if (!m) return undefined
  return names.reduce((to, name, i) => to.replaceAll(`:${name}`, m[i + 1] ?? ''), rule.to)
}

export function netlifyRules(dir: string): HostRules {
  const fileFor = (path: string): string | undefined => {
    const rel = path.slice(1)
    return (
      (!path.endsWith('/') && fileAt(dir, rel)) || (dirAt(dir, rel) ? fileAt(dir, join(rel, 'index.html')) : undefined)
    )
  }
  const apply = (rule: RedirectRule, to: string, search: string): Answer | undefined => {
    if (rule.status === 200) {
      const file = fileFor(new URL(to, 'http://x').pathname)
      return file ? { kind: 'file', file, status: 200 } : undefined
    }
    return { kind: 'redirect', location: to.includes('?') ? to : to + search, status: rule.status }
  }
  return (path, search) => {
    let rules: RedirectRule[] = []
    try {
      rules = parseRedirects(readFileSync(join(dir, '_redirects'), 'utf8'))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    for (const rule of rules.filter(r => r.force)) {
      const to = matchRule(rule, path)
      const answer = to === undefined ? undefined : apply(rule, to, search)
      if (answer) return answer
    }
    const file = fileFor(path)
    if (file) return { kind: 'file', file, status: 200 }
    for (const rule of rules.filter(r => !r.force)) {
      const to = matchRule(rule, path)
      if (to === undefined) continue
      // First match wins, even when its target is missing (then the 404 below).
      return apply(rule, to, search) ?? notFound(dir)
    }
    return notFound(dir)
  }
}

function notFound(dir: string): Answer {
  const page = fileAt(dir, '404.html')
  return page ? { kind: 'file', file: page, status: 404 } : { kind: 'none', status: 404, body: 'Not Found' }
}
