import { vi } from 'vitest'
import type { AppData } from '@/domain/schema'
import type { AppStorage, Backup, LoadResult, SaveNotice, SaveResult } from '@/storage/appStorage'

/** What `load` gives for stored `data`: read as saved, at `revision`. */
export const loadedWith = (
  data: AppData,
  revision = 0,
  savedAt = '2026-01-01T00:00:00.000Z',
): LoadResult => ({ kind: 'ok', data, savedAt, migratedFrom: null, rewrite: false, revision })

/**
 * The one fake of the storage adapter (`AppStorage`) for tests of the stores above it: every
 * method is a `vi.fn` (so a test can count calls or swap one implementation), `load` resolves
 * to `load`, and each save is kept, as a copy, in `saved` and succeeds at the next revision.
 * `notify` plays a save notice from another tab to the subscribers. Tests of storage itself use
 * the real adapter over fake-indexeddb (`createAppStorage`).
 */
export function fakeStorage(load: LoadResult = { kind: 'empty' }, opens = true) {
  const saved: AppData[] = []
  const listeners: ((notice: SaveNotice) => void)[] = []
  const storage = {
    open: vi.fn(async () => opens),
    usable: vi.fn(async () => opens),
    load: vi.fn(async (): Promise<LoadResult> => load),
    save: vi.fn(async (data: AppData, base: number): Promise<SaveResult> => {
      saved.push(structuredClone(data))
      return { kind: 'saved', revision: base + 1, savedAt: new Date().toISOString() }
    }),
    quarantine: vi.fn(async () => 'unreadable-x'),
    backup: vi.fn(async (...args: [AppData, Date?, number?]) => args.length > 0),
    listBackups: vi.fn(async (): Promise<Backup[]> => []),
    latestBackup: vi.fn(async (): Promise<Backup | null> => null),
    subscribe: vi.fn((listener: (notice: SaveNotice) => void) => {
      listeners.push(listener)
      return () => {}
    }),
    onDeleted: vi.fn(() => () => {}),
    journal: vi.fn(() => true),
    journals: vi.fn(() => Promise.resolve([])),
    clearJournal: vi.fn(),
    close: vi.fn(),
  } satisfies AppStorage
  const notify = (notice: SaveNotice) => listeners.forEach((l) => l(notice))
  return { storage, saved, notify }
}
