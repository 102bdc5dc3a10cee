import { defineRootSetup } from '@slidev/types'
import { useChartSync } from '../composables/useChartSync'
import { useTalkKeys } from '../composables/useTalkKeys'

// The talk on stage (docs/presenting.md): keys that always move it, and the audience following the presenter's
// charts. Both need Slidev's navigation, which exists from the root component on.
export default defineRootSetup(() => {
  if (typeof window === 'undefined') return
  useTalkKeys()
  useChartSync()
})
