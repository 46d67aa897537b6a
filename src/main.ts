import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { areaLoaders, browserLocale, createLoadingI18n } from './i18n/setup'
import { showStartupFailure } from './i18n/startupFailure'
import { createAppRouter, firstRoute, preloadView } from './router'
import { usePersistenceStore } from './stores/persistence'
import { readStartHint } from './storage/startHint'
import { useSettingsStore } from './stores/settings'
import { registerServiceWorker } from './composables/useServiceWorker'
import { afterNextPaint } from './utils/afterPaint'
import { installErrorHandling } from './composables/useAppErrors'
import './styles/main.css'

/** How long opening storage may take before the page says it is waiting, and the first view before the shell shows without it. */
const STORAGE_WAIT_MS = 1500

async function showWaiting(i18n: ReturnType<typeof createLoadingI18n>) {
  await i18n.ensure(['shell']).catch(() => {})
  const root = document.getElementById('app')
  if (!root || root.childElementCount > 0) return
  const note = document.createElement('p')
  note.className = 'banner banner-warn'
  note.setAttribute('role', 'status')
  note.dataset.testid = 'storage-waiting'
  note.textContent = i18n.t('app.storageWaiting')
  note.lang = i18n.locale.value
  root.append(note)
}

async function main() {
  const app = createApp(App)
  // Errors nobody handled show a notice (src/components/TheErrorNotice.vue), not a blank view.
  installErrorHandling(app)
  const pinia = createPinia()
  app.use(pinia)
  // Where the last session left off (`storage/startHint.ts`): whether a roadmap was there and
  // the language shown. The first view's chunk and words, and the shell's words, are fetched in
  // that language while storage is read; without a hint (a first visit), in the browser's
  // language, for the questionnaire. Storage then decides: a wrong hint costs one download.
  const hint = readStartHint()
  const i18n = createLoadingI18n(hint?.locale ?? browserLocale())
  void i18n.ensure(['shell']).catch(() => {})
  // Load saved data before the router's first navigation, so guards see the real state.
  const starting = usePersistenceStore().start()
  const router = createAppRouter(undefined, i18n)
  const guessedHref = location.pathname + location.search + location.hash
  // The view's words are asked for first: its chunk brings several files, and the browser
  // fetches six at a time. A message module's request leaves a microtask after the call. They
  // are only downloaded, not added to the runtime: a guess proven wrong leaves nothing behind
  // that a later switch of language would load again.
  const guessed = firstRoute(router, guessedHref, hint?.roadmap ?? false)
  for (const area of guessed.meta.areas ?? [])
    void areaLoaders[area][i18n.locale.value]().catch(() => undefined)
  await Promise.resolve()
  preloadView(router, guessedHref, hint?.roadmap ?? false)
  // Storage held by another tab (an upgrade waiting for it to close) can keep the open pending:
  // say so rather than leave the page blank. The app mounts over it once storage answers.
  const waiting = setTimeout(() => void showWaiting(i18n), STORAGE_WAIT_MS)
  await starting
  clearTimeout(waiting)
  // Now that the guard can tell where the first navigation ends: if the hint was wrong, fetch
  // that view's chunk and words now (usually both are on their way already).
  const href = location.pathname + location.search + location.hash
  const areas = firstRoute(router, href).meta.areas ?? []
  // Only the language shown is downloaded, area by area: the shell now (usually here already),
  // the first view's areas with its chunk, each later view's with it (the router), the other
  // language's when the user switches. A language other than the hint's is switched to
  // first, so that the first view's words are fetched in that language.
  const switching = useSettingsStore().effectiveLocale !== i18n.locale.value
  if (switching) {
    preloadView(router, href)
    await i18n.setLocale(useSettingsStore().effectiveLocale)
  }
  void i18n.ensure(areas).catch(() => {})
  await Promise.resolve()
  if (!switching) preloadView(router, href)
  await i18n.ensure(['shell'])
  app.use(i18n)
  // Installing the router starts the first navigation. Mounting once it is done draws the shell
  // and the first view in one task and one frame, instead of a frame of the shell alone (a
  // layout of its own) and the view tasks later. A navigation that failed (its view could not
  // be downloaded) mounts all the same: the error notice says so, with Retry.
  app.use(router)
  // A download that hangs rather than fails mounts the shell after a while all the same; the
  // view follows when it arrives.
  await Promise.race([
    router.isReady().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, STORAGE_WAIT_MS)),
  ])
  app.mount('#app')
  // Offline use and update prompts: production builds only, never in dev or tests. Registered
  // once the first view is up (the page loaded, the first navigation done, its frame drawn,
  // then an idle moment): the `load` event alone comes before the lazy view has even been
  // fetched, and the worker's precache download would compete with it.
  if (import.meta.env.PROD) {
    const register = () =>
      void import('virtual:pwa-register').then(({ registerSW }) =>
        registerServiceWorker(registerSW),
      )
    const whenIdle = () =>
      'requestIdleCallback' in window
        ? requestIdleCallback(register, { timeout: 3000 })
        : setTimeout(register, 200)
    const loaded =
      document.readyState === 'complete'
        ? Promise.resolve()
        : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }))
    // A first navigation that failed (its view could not be downloaded) rejects `isReady`; the
    // one the error notice's Retry makes resolves the next call.
    const ready = (): Promise<void> => router.isReady().catch(ready)
    void Promise.all([loaded, ready()]).then(afterNextPaint).then(whenIdle)
  }
}

main().catch((error: unknown) => {
  // Nothing mounted yet (a chunk or the shell messages could not be downloaded): say so, with
  // Reload, rather than leave the page blank. Saved data is only read before this point.
  console.error(error)
  const root = document.getElementById('app')
  if (root && !root.hasAttribute('data-v-app'))
    showStartupFailure(root, readStartHint()?.locale ?? browserLocale())
})
