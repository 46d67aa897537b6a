import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config'

export default mergeConfig(
  viteConfig,
  defineConfig({
    // Tests that build their own vue-i18n (without src/i18n/compile.ts) keep its compiler;
    // the app's own i18n (src/i18n) always uses ours, in tests as in the build.
    define: { __INTLIFY_DROP_MESSAGE_COMPILER__: false },
    test: {
      environment: 'happy-dom',
      include: ['tests/unit/**/*.test.ts'],
      setupFiles: ['tests/unit/setup.ts'],
      root: fileURLToPath(new URL('./', import.meta.url)),
      restoreMocks: true,
    },
  }),
)
