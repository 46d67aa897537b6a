import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

/** Builds the blank Vite + Vue baseline of `npm run bench:load` into bench/load/dist. */
export default defineConfig({
  root: fileURLToPath(new URL('./blank', import.meta.url)),
  base: '/blank/',
  plugins: [vue()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
})
