import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

/** Builds the Vue Flow reference page of `npm run bench:render` into bench/render/dist. */
export default defineConfig({
  root: fileURLToPath(new URL('./vueflow', import.meta.url)),
  base: './',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
})
