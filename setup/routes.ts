import { defineRoutesSetup } from '@slidev/types'

// Slidev 52.20.1 only puts its print view (`<base>print`) into a build when `download` is true or "auto", and
// then `slidev build` also runs `slidev export` on port 12445. This deck exports from its own build instead
// (scripts/export.ts), so it adds the same page under the same name whenever Slidev left it out.
export default defineRoutesSetup(routes => {
  if (routes.some(r => r.name === 'print')) return routes
  return [{ name: 'print', path: '/print', component: () => import('@slidev/client/pages/print.vue') }, ...routes]
})
