import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The deck's Vue components render in the unit tests (the reading view, tests/unit/components.test.ts).
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
})
