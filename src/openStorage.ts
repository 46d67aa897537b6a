import { createAppStorage, type AppStorage } from '@/storage/appStorage'

/**
 * The app's storage, already opening: main.ts imports this module first, so opening IndexedDB
 * (a few round trips to the browser) runs while the rest of the app's code is still being
 * evaluated, instead of after it. `start` hands it to the persistence store, whose own `open()`
 * call gets this same opening (one open per page, as before).
 */
export function openStorageEarly(): AppStorage {
  const storage = createAppStorage()
  const opening = storage.open()
  return { ...storage, open: () => opening }
}

export const earlyStorage: AppStorage | null =
  typeof window === 'undefined' ? null : openStorageEarly()
