// GitHub Pages, as documented for a project site (https://<owner>.github.io/<repo>/ serves the uploaded
// artifact): a path is served as the file it names; else, for a folder, its index.html, and a folder asked
// for without the trailing slash is first redirected (301) to it; else the site's one 404.html, with status 404.
// No rewrites, no per-folder 404 pages, no redirects file.
import type { Answer, HostRules } from './static'
import { dirAt, fileAt } from './static'

/** `mount`: where the artifact appears on the site, e.g. "/tf-vs-pytorch/" for a project site. */
export function githubPagesRules(dir: string, mount = '/'): HostRules {
  const notFound = (): Answer => {
    const page = fileAt(dir, '404.html')
    return page ? { kind: 'file', file: page, status: 404 } : { kind: 'none', status: 404, body: 'File not found' }
  }
  return (path, search) => {
    if (`${path}/` === mount) return { kind: 'redirect', location: mount + search, status: 301 }
    if (!path.startsWith(mount)) return { kind: 'none', status: 404, body: `not under ${mount}` }
    const rel = path.slice(mount.length)
    const file = fileAt(dir, rel)
    if (file && !path.endsWith('/')) return { kind: 'file', file, status: 200 }
    if (dirAt(dir, rel)) {
      const index = fileAt(dir, `${rel}/index.html`)
      if (index && !path.endsWith('/') && rel !== '')
        return { kind: 'redirect', location: `${path}/${search}`, status: 301 }
      if (index) return { kind: 'file', file: index, status: 200 }
    }
    return notFound()
  }
}
