import type { Page } from '@playwright/test'

/**
 * Writes a value under the app's key in its IndexedDB store, exactly where the storage layer
 * keeps the envelope (names as in src/storage/keys.ts). The app must have opened once. The
 * connection is closed again, so it never blocks the app's own version changes or a deletion.
 */
export async function putStoredValue(page: Page, value: unknown): Promise<void> {
  await page.evaluate(async (v) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('ml-roadmap-planner')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        const tx = db.transaction('app', 'readwrite')
        tx.objectStore('app').put(v, 'app-data')
        tx.oncomplete = () => (db.close(), resolve())
        tx.onerror = () => (db.close(), reject(tx.error))
      }
    })
  }, value)
}

/**
 * Reads the stored value back, with its data as objects: from stored version 5 on the app keeps
 * the data as JSON text (src/storage/envelope.ts), parsed here so tests read it as before.
 * Undefined when there is none.
 */
export async function getStoredValue(page: Page): Promise<unknown> {
  const raw = await getRawStoredValue(page)
  const envelope = raw as { data?: unknown } | undefined
  return typeof envelope?.data === 'string'
    ? { ...envelope, data: JSON.parse(envelope.data) as unknown }
    : raw
}

/**
 * Reads the stored value back, as the browser holds it; undefined when there is none. Looking
 * never creates the database (or its store) when it is missing, say after it was deleted.
 */
export function getRawStoredValue(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ml-roadmap-planner')
        open.onupgradeneeded = () => open.transaction?.abort()
        open.onerror = (event) => {
          event.preventDefault()
          if (open.error?.name === 'AbortError') resolve(undefined)
          else reject(open.error)
        }
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('app')) return (db.close(), resolve(undefined))
          const req = db.transaction('app').objectStore('app').get('app-data')
          req.onsuccess = () => (db.close(), resolve(req.result))
          req.onerror = () => (db.close(), reject(req.error))
        }
      }),
  )
}

/** The keys of the app's IndexedDB store (data, backups, quarantined copies). */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ml-roadmap-planner')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const req = db.transaction('app').objectStore('app').getAllKeys()
          req.onsuccess = () => (db.close(), resolve(req.result.map(String)))
          req.onerror = () => (db.close(), reject(req.error))
        }
      }),
  )
}
