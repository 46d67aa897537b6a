/**
 * Whether the browser keeps this site's storage under pressure (`navigator.storage`). Without a
 * grant, browsers may evict it; Safari clears script-written storage after 7 days unvisited.
 */

/** True or false as the browser says; null when the browser cannot tell. */
export async function isPersisted(): Promise<boolean | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return null
    return await navigator.storage.persisted()
  } catch {
    return null
  }
}

/** Asks the browser to keep the data; resolves with its answer, or null when it cannot be asked. */
export async function requestPersistence(): Promise<boolean | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null
    return await navigator.storage.persist()
  } catch {
    return null
  }
}
