import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { startPreload } from './scripts/startPreload.ts'

/**
 * The automatic layout's version: a digest of the code that computes it (the layered layout, the
 * roadmap's use of it, the card size), so that the layout a session kept
 * (`src/storage/layoutCache.ts`) is used only by a build that computes the same. A change to any
 * of these files makes every kept layout stale: the next start lays out again, once.
 */
function layoutVersion(): string {
  const domain = fileURLToPath(new URL('./src/domain/', import.meta.url))
  const files = [
    ...readdirSync(`${domain}layout`).map((f) => `layout/${f}`),
    'graphLayout.ts',
    'graphGeometry.ts',
  ].sort()
  const hash = createHash('sha256')
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(domain + file))
  return hash.digest('hex').slice(0, 16)
}

/** The accent and page colours of src/styles/main.css, for the OS chrome and splash screen. */
const THEME_COLOR = '#3b5bdb'
const BACKGROUND_COLOR = '#f7f8fa'

export default defineConfig({
  plugins: [
    vue(),
    // The likely first view's files, asked for from index.html as it is parsed (start hint).
    startPreload(),
    // Installable and offline: a Workbox service worker precaches the whole build. The app
    // registers it itself, in production only (src/main.ts, composables/useServiceWorker.ts),
    // and asks before updating.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        // One manifest, both languages (see docs/architecture/offline.md, "Manifest in two languages").
        name: 'ML 로드맵 플래너 · ML Roadmap Planner',
        short_name: 'ML Roadmap',
        description:
          '시니어 ML 엔지니어의 조언을 나만의 학습 로드맵으로. · Turn a senior ML engineer’s career advice into your own study roadmap.',
        start_url: '/',
        scope: '/',
        lang: 'ko',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        categories: ['education', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every built file the app can need offline: lazy view chunks, styles, icons, fonts.
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2}'],
        // Deep links (/list, /time, /shared#…) open the app shell; the router takes over.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  define: {
    // Every component uses <script setup>: Vue's Options API support stays out of the bundle.
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __LAYOUT_VERSION__: JSON.stringify(layoutVersion()),
  },
  build: {
    // `npm run size` walks the import graph in dist/.vite/manifest.json.
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically is one file: Rolldown otherwise splits off
        // every module a lazy chunk shares with it (Vue, the stores, the schema…), ten requests
        // for one first download (six at a time over HTTP/1.1), each gzipped alone.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
})
