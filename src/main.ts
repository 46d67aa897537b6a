import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { browserLocale, loadMessages, startI18n } from './i18n/setup'
import { createAppRouter, preloadView } from './router'
import { usePersistenceStore } from './stores/persistence'
import { useSettingsStore } from './stores/settings'
import { registerServiceWorker } from './composables/useServiceWorker'
import './styles/main.css'

async function main() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  // The browser's language is usually the one shown: fetch it while storage is read.
  void loadMessages(browserLocale())
  // Load saved data before the router's first navigation, so guards see the real state.
  await usePersistenceStore().start()
  // Now that the guard can tell where the first navigation ends, fetch that view's chunk
  // alongside the messages and the shell's mount rather than after them.
  const router = createAppRouter()
  preloadView(router, location.pathname + location.search + location.hash)
  // Only the language shown is downloaded; the other one when the user switches.
  app.use(await startI18n(useSettingsStore().effectiveLocale))
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
