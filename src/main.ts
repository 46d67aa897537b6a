import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { usePersistenceStore } from './stores/persistence'
import { useSettingsStore } from './stores/settings'
import { registerServiceWorker } from './composables/useServiceWorker'
import './styles/main.css'

async function main() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  // Load saved data before the router's first navigation, so guards see the real state.
  await usePersistenceStore().start()
  app.use(createAppI18n(useSettingsStore().effectiveLocale))
  app.use(createAppRouter())
  app.mount('#app')
  // Offline use and update prompts: production builds only, never in dev or tests.
  if (import.meta.env.PROD) {
    const { registerSW } = await import('virtual:pwa-register')
    registerServiceWorker(registerSW)
  }
}

void main()
