import pluginVue from 'eslint-plugin-vue'
import { withVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default withVueTs(
  {
    ignores: [
      '**/dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'node_modules/**',
    ],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      // User text is rendered as text, never as HTML.
      'vue/no-v-html': 'error',
      // Every user-visible string goes through i18n.
      'vue/no-bare-strings-in-template': [
        'error',
        { allowlist: ['(', ')', ',', '.', ':', '·', '/', '-', '—', '%', '&', '*', '|', '…'] },
      ],
      // Prettier owns formatting.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
  {
    // Pure TypeScript: the domain has no Vue and no DOM, utils (DOM helpers) no Vue.
    files: ['src/domain/**/*.ts', 'src/utils/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // @/i18n/keys is types only (the message keys), derived from plain message data.
              regex:
                '^(vue|pinia|vue-router|@/(components|composables|stores|views)/|@/i18n/(?!keys$))',
              message:
                'src/domain and src/utils import no Vue (CONTRIBUTING.md, "Where code goes").',
            },
          ],
        },
      ],
    },
  },
)
