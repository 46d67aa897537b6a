/**
 * The only module that touches localforage. IndexedDB only: localforage is never allowed to
 * fall back to localStorage or WebSQL, where data would silently split or be lost.
 */
import localforage from 'localforage'
import { unwrap, wrap } from '@/domain/migrations'
import type { AppData } from '@/domain/schema'
import { APP_KEY, DB_NAME, QUARANTINE_PREFIX, STORE_NAME } from './keys'

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; data: AppData; savedAt: string; migratedFrom: number | null }
  /** Something is stored but cannot be used; it stays untouched. */
  | { kind: 'unreadable'; raw: unknown; reason: string; problems: string[] }

export interface AppStorage {
  /** Resolves false when IndexedDB cannot be used (private mode, blocked, missing). */
  open(): Promise<boolean>
  load(): Promise<LoadResult>
  /** One transaction: the stored envelope is either the old one or the new one. */
  save(data: AppData): Promise<void>
  /** Moves the stored (unreadable) value to a key of its own, so a fresh start cannot overwrite it. */
  quarantine(now?: Date): Promise<string>
}

export function createAppStorage(name = DB_NAME): AppStorage {
  let store: LocalForage | null = null

  const db = (): LocalForage => {
    if (!store) throw new Error('storage is not open')
    return store
  }

  return {
    async open() {
      try {
        if (typeof indexedDB === 'undefined') return false
        const instance = localforage.createInstance({
          name,
          storeName: STORE_NAME,
          driver: localforage.INDEXEDDB,
        })
        await instance.ready()
        if (instance.driver() !== localforage.INDEXEDDB) return false
        // Opening can succeed where writing fails (some private modes): probe once.
        await instance.getItem(APP_KEY)
        store = instance
        return true
      } catch {
        return false
      }
    },

    async load() {
      const raw: unknown = await db().getItem(APP_KEY)
      if (raw === null || raw === undefined) return { kind: 'empty' }
      const result = unwrap(raw)
      if (result.ok) {
        const savedAt = (raw as { savedAt: string }).savedAt
        return { kind: 'ok', data: result.data, savedAt, migratedFrom: result.migratedFrom }
      }
      return { kind: 'unreadable', raw, reason: result.reason, problems: result.problems }
    },

    async save(data) {
      await db().setItem(APP_KEY, wrap(data))
    },

    async quarantine(now = new Date()) {
      const raw: unknown = await db().getItem(APP_KEY)
      const key = `${QUARANTINE_PREFIX}${now.toISOString()}`
      if (raw !== null && raw !== undefined) await db().setItem(key, raw)
      return key
    },
  }
}
