import prettier from 'eslint-config-prettier'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.e2e/',
      '.export/',
      'exports/',
      '.slidev/',
      'test-results/',
      'playwright-report/',
      'components.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      // Chart data and labels are rendered as text; v-html would let a label in data/ run as markup.
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests import the code they test, never the other way round: what scripts share lives in scripts/lib/.
    files: ['scripts/**', 'lib/**', 'components/**', 'composables/**', 'setup/**', '*.ts', '*.vue'],
    ignores: ['playwright.config.ts', 'vitest.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**', '../tests', '../../tests'], message: 'move what both need to scripts/lib/' },
          ],
        },
      ],
    },
  },
  // Prettier owns the layout (`npm run format`; `npm run lint` checks it): ESLint's layout rules are switched off.
  prettier,
  // Prettier wraps code at 120 columns but not comments or long strings: this rule catches those (a URL may run on).
  { rules: { 'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true }] } },
)
