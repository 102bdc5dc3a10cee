import prettier from 'eslint-config-prettier'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
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
    // No import cycles: a module's imports form a tree, so each can be read (and tested) before what uses it.
    files: ['**/*.ts', '**/*.vue'],
    plugins: { 'import-x': importX },
    // The rule parses what a file imports with that file's parser options: a .vue file's <script> needs the TS parser.
    languageOptions: { parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.vue', '.js', '.mjs', '.json'] })],
      'import-x/extensions': ['.ts', '.vue', '.js', '.mjs'],
      'import-x/parsers': { 'vue-eslint-parser': ['.vue'], '@typescript-eslint/parser': ['.ts', '.mjs', '.js'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Tests import the code they test, never the other way round: what scripts share lives in scripts/lib/. The bench
    // (scripts/bench/) measures the product from outside: the product never imports it.
    files: ['scripts/**', 'lib/**', 'components/**', 'composables/**', 'setup/**', '*.ts', '*.vue'],
    ignores: ['playwright.config.ts', 'vitest.config.ts', 'scripts/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**', '../tests', '../../tests'], message: 'move what both need to scripts/lib/' },
            {
              group: ['**/bench/**', '**/bench', '!**/node_modules/**'],
              message: 'the bench (scripts/bench/) measures the product; the product does not import it',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/bench/**'],
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
