import { readonly, ref } from 'vue'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { usePersistenceStore, type SaveStatus } from '@/stores/persistence'

/** `registerSW` of `virtual:pwa-register`, passed in so tests can drive it. */
export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>

/** How often an open tab asks the server whether a new version is out. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60_000

/**
 * Reloading loses nothing when everything is saved, or when this tab writes nothing anyway:
 * a newer version took over storage (`outdated`), or stored data awaits a decision (`paused`,
 * which its own banner already offers to reload).
 */
export function reloadLosesNothing(status: SaveStatus): boolean {
  return status === 'saved' || status === 'outdated' || status === 'paused'
}

/**
 * Writes pending changes and tells whether reloading now loses nothing: the update prompt and
 * the error notice reload only then.
 */
export async function flushForReload(): Promise<boolean> {
  const persistence = usePersistenceStore()
  await persistence.flush().catch(() => undefined)
  return reloadLosesNothing(persistence.status)
}

// One service worker per page, so one shared state for every component that shows it.
const needRefresh = ref(false)
const offlineReady = ref(false)
/** The user asked to reload, but the latest changes are not stored yet. */
const blockedByUnsaved = ref(false)
let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | null = null
/** The new version already controls this page (another tab said "reload"): just reload. */
let takenOver = false

/**
 * Registers the service worker. Production only (main.ts); a new version waits for the user
 * (`registerType: 'prompt'`) instead of switching under them.
 */
export function registerServiceWorker(register: RegisterSW): void {
  updateServiceWorker = register({
    onNeedRefresh() {
      needRefresh.value = true
    },
    onOfflineReady() {
      offlineReady.value = true
    },
    onNeedReload() {
      takenOver = true
      void reload()
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
      setInterval(() => {
        if (navigator.onLine && !registration.installing)
          registration.update().catch(() => undefined)
      }, UPDATE_CHECK_INTERVAL_MS)
    },
    // Without a service worker the app still works online; nothing to tell the user.
    onRegisterError() {},
  })
}

/** Writes pending changes, then moves to the new version if that loses nothing. */
async function reload(): Promise<void> {
  if (!(await flushForReload())) {
    blockedByUnsaved.value = true
    needRefresh.value = true
    return
  }
  blockedByUnsaved.value = false
  // Waiting worker: skip waiting, and its `controlling` event calls onNeedReload → here again.
  if (takenOver || !updateServiceWorker) window.location.reload()
  else await updateServiceWorker(true)
}

function later() {
  needRefresh.value = false
  blockedByUnsaved.value = false
}

function dismissOfflineReady() {
  offlineReady.value = false
}

/** The service worker's news for the page: a new version waits, or offline use is ready. */
export function useServiceWorker() {
  return {
    needRefresh: readonly(needRefresh),
    offlineReady: readonly(offlineReady),
    blockedByUnsaved: readonly(blockedByUnsaved),
    reload,
    later,
    dismissOfflineReady,
  }
}

/** Test helper: back to a page that has heard nothing from a service worker. */
export function resetServiceWorkerState(): void {
  needRefresh.value = false
  offlineReady.value = false
  blockedByUnsaved.value = false
  updateServiceWorker = null
  takenOver = false
}
