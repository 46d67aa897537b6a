import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

/**
 * Builds one reference page of `npm run bench:load` into bench/load/dist/<page>, served under
 * /<page>/: `PAGE=blank` (default) the blank Vite + Vue baseline, `PAGE=floor` the stack floor.
 */
const page = process.env.PAGE === 'floor' ? 'floor' : 'blank'

export default defineConfig({
  root: fileURLToPath(new URL(`./${page}`, import.meta.url)),
  base: `/${page}/`,
  plugins: [vue()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL(`./dist/${page}`, import.meta.url)),
    emptyOutDir: true,
  },
})
