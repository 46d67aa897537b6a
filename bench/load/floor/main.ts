/**
 * The stack floor of `npm run bench:load`: the least a page built on the app's chosen stack
 * (Vue, Pinia, vue-router, localforage) does to show the same first view. It reads the same
 * stored roadmap from IndexedDB through localforage, keeps its milestones in a Pinia store,
 * routes with vue-router and draws one SVG card (box and title) per milestone. No
 * validation, layout, i18n, editing or styling: what is left is what the stack itself costs.
 */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHistory } from 'vue-router'
import localforage from 'localforage'
import { APP_KEY, DB_NAME, STORE_NAME } from '../../../src/storage/keys'
import App from './App.vue'
import FloorCards from './FloorCards.vue'
import { useCards, type Card } from './cards'

async function main() {
  const app = createApp(App)
  app.use(createPinia())
  const store = localforage.createInstance({
    name: DB_NAME,
    storeName: STORE_NAME,
    driver: localforage.INDEXEDDB,
  })
  // Stored as JSON text (stored version 5), or as objects by earlier versions.
  type Data = { roadmaps: { milestones: Card[] }[] }
  const raw = await store.getItem<{ data: Data | string }>(APP_KEY)
  const data = typeof raw?.data === 'string' ? (JSON.parse(raw.data) as Data) : raw?.data
  useCards().cards = data?.roadmaps[0]?.milestones ?? []
  app.use(
    createRouter({
      history: createWebHistory('/floor/'),
      routes: [{ path: '/', component: FloorCards }],
    }),
  )
  app.mount('#app')
}

void main()
