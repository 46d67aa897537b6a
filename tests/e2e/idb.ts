import type { Page } from '@playwright/test'

/**
 * Writes a value under the app's key in its IndexedDB store, exactly where the storage layer
 * keeps the envelope (names as in src/storage/keys.ts). The app must have opened once.
 */
export async function putStoredValue(page: Page, value: unknown): Promise<void> {
  await page.evaluate(async (v) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('ml-roadmap-planner')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('app', 'readwrite')
        tx.objectStore('app').put(v, 'app-data')
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      }
    })
  }, value)
}

/** Reads the stored value back, as the browser holds it. */
export function getStoredValue(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ml-roadmap-planner')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('app').objectStore('app').get('app-data')
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        }
      }),
  )
}
