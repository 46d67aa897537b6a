import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { browserLocale, createLoadingI18n } from './i18n/setup'
import { createAppRouter, preloadView } from './router'
import { usePersistenceStore } from './stores/persistence'
import { useSettingsStore } from './stores/settings'
import { registerServiceWorker } from './composables/useServiceWorker'
import './styles/main.css'

async function main() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  // The browser's language is usually the one shown: fetch its shell messages while storage is
  // read (a failure here is retried just below).
  const i18n = createLoadingI18n(browserLocale())
  void i18n.ensure(['shell']).catch(() => {})
  // Load saved data before the router's first navigation, so guards see the real state.
  await usePersistenceStore().start()
  // Only the language shown is downloaded, area by area: the shell now, each view's areas with
  // the view (the router), the other language's when the user switches.
  const showing = i18n.setLocale(useSettingsStore().effectiveLocale)
  // Now that the guard can tell where the first navigation ends, fetch that view's chunk and
  // messages alongside the shell's messages and mount rather than after them.
  const router = createAppRouter(undefined, i18n)
  preloadView(router, location.pathname + location.search + location.hash, i18n)
  await showing
  app.use(i18n)
  app.use(router)
  app.mount('#app')
  // Offline use and update prompts: production builds only, never in dev or tests. Registered
  // once the page has loaded and the main thread is idle, so the worker and its precache
  // download never compete with the first view.
  if (import.meta.env.PROD) {
    const register = () =>
      void import('virtual:pwa-register').then(({ registerSW }) =>
        registerServiceWorker(registerSW),
      )
    const whenIdle = () =>
      'requestIdleCallback' in window
        ? requestIdleCallback(register, { timeout: 3000 })
        : setTimeout(register, 200)
    if (document.readyState === 'complete') whenIdle()
    else window.addEventListener('load', whenIdle, { once: true })
  }
}

void main()
