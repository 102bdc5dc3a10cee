// A page component of @slidev/client (setup/routes.ts imports its print page), typed as any Vue component for
// vue-tsc, for the same reason as slidev-client.d.ts: tsconfig.json maps the import here, Vite bundles the real one.
import type { DefineComponent } from 'vue'

declare const page: DefineComponent
export default page
