import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { configs } from '@slidev/client/env.ts'
import { sharedState } from '@slidev/client/state/shared.ts'
import { defineRoutesSetup } from '@slidev/types'
import { UNLOCK_PATH } from '../lib/stage/unlock'

/**
 * Whether this browser may open a presenter's page. `npm run present` keeps the password on the server
 * (lib/stage/present-guard.ts) and tells the browser only `remote: true`: the password in the URL, or typed when
 * asked, is shown to the server once, which answers with a cookie. Otherwise Slidev's own check: the password in
 * the URL against `remote:` (plain `slidev --remote`), or no check at all without remote access.
 */
async function mayPresent(to: RouteLocationNormalized): Promise<boolean> {
  const remote = configs.remote
  const given = typeof to.query.password === 'string' ? to.query.password : undefined
  if (!remote) return true
  if (remote !== true) return given === remote
  const unlock = (password: string) =>
    fetch(`${import.meta.env.BASE_URL}${UNLOCK_PATH}`, { method: 'POST', body: password }).then(r => r.ok)
  if (await unlock(given ?? '')) return true
  const typed = given === undefined ? prompt('Enter password') : null
  return typed !== null && unlock(typed)
}

/** The slide the talk is on (1 before anyone has moved), where the remote opens. */
const remoteStart = () => (sharedState.page > 0 ? sharedState.page : 1)

async function presenterGuard(to: RouteLocationNormalized) {
  if (await mayPresent(to)) return true
  return { path: to.params.no ? `/${String(to.params.no)}` : '/' }
}

// Slidev 52.20.1 only puts its print view (`<base>print`) into a build when `download` is true or "auto", and
// then `slidev build` also runs `slidev export` on port 12445. This deck exports from its own build instead
// (scripts/export.ts), so it adds the same page under the same name whenever Slidev left it out.
// The phone remote (`<base>remote`, components/RemoteView.vue) opens on the slide the talk is on.
export default defineRoutesSetup(routes => {
  const added: RouteRecordRaw[] = [
    {
      name: 'remote',
      path: '/remote/:no',
      component: () => import('../components/RemoteView.vue'),
      beforeEnter: presenterGuard,
    },
    {
      path: '/remote',
      redirect: to => ({
        path: `/remote/${remoteStart()}`,
        query: { ...to.query, clicks: sharedState.clicks ? String(sharedState.clicks) : undefined },
      }),
    },
  ]
  if (!routes.some(r => r.name === 'print'))
    added.push({ name: 'print', path: '/print', component: () => import('@slidev/client/pages/print.vue') })
  // With the password on the server, Slidev's check in the browser (against `remote: true`) would refuse everyone.
  const guarded = routes.map(r =>
    r.beforeEnter && configs.remote === true ? { ...r, beforeEnter: presenterGuard } : r,
  )
  return [...added, ...guarded]
})
