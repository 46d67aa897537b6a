import localforage from 'localforage'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyAppData, SCHEMA_VERSION } from '@/domain/migrations'
import { createAppStorage } from '@/storage/appStorage'
import { APP_KEY, QUARANTINE_PREFIX, STORE_NAME } from '@/storage/keys'
import { chain } from '../helpers'

let n = 0
const dbName = () => `test-db-${Date.now()}-${n++}`
const raw = (name: string) =>
  localforage.createInstance({ name, storeName: STORE_NAME, driver: localforage.INDEXEDDB })

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('appStorage', () => {
  it('loads nothing from a fresh database', async () => {
    const storage = createAppStorage(dbName())
    expect(await storage.open()).toBe(true)
    expect(await storage.load()).toEqual({ kind: 'empty' })
  })

  it('round-trips app data in a versioned envelope', async () => {
    const name = dbName()
    const storage = createAppStorage(name)
    await storage.open()
    const data = { ...emptyAppData(), roadmaps: [chain({ a: 'done' })], activeRoadmapId: 'r1' }
    await storage.save(data)
    const stored = (await raw(name).getItem(APP_KEY)) as {
      schemaVersion: number
      savedAt: string
      data: unknown
    }
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION)
    expect(Date.parse(stored.savedAt)).not.toBeNaN()
    const reopened = createAppStorage(name)
    await reopened.open()
    expect(await reopened.load()).toMatchObject({ kind: 'ok', data, migratedFrom: null })
  })

  it('reports data that fails validation as unreadable and leaves it untouched', async () => {
    const name = dbName()
    const garbage = { schemaVersion: 1, savedAt: 'x', data: { roadmaps: 'nope' } }
    await raw(name).setItem(APP_KEY, garbage)
    const storage = createAppStorage(name)
    await storage.open()
    const result = await storage.load()
    expect(result).toMatchObject({ kind: 'unreadable', reason: 'invalid', raw: garbage })
    expect(await raw(name).getItem(APP_KEY)).toEqual(garbage)
  })

  it('recognises data from a newer version of the app', async () => {
    const name = dbName()
    await raw(name).setItem(APP_KEY, {
      schemaVersion: SCHEMA_VERSION + 1,
      savedAt: new Date().toISOString(),
      data: {},
    })
    const storage = createAppStorage(name)
    await storage.open()
    expect(await storage.load()).toMatchObject({ kind: 'unreadable', reason: 'future-version' })
  })

  it('rejects a structurally broken roadmap (a cycle) even when its shape is right', async () => {
    const name = dbName()
    const broken = chain()
    broken.edges.push({ from: 'c', to: 'a' })
    await raw(name).setItem(APP_KEY, {
      schemaVersion: 1,
      savedAt: new Date().toISOString(),
      data: { ...emptyAppData(), roadmaps: [broken], activeRoadmapId: 'r1' },
    })
    const storage = createAppStorage(name)
    await storage.open()
    const result = await storage.load()
    expect(result.kind).toBe('unreadable')
    expect(result.kind === 'unreadable' && result.problems.join()).toMatch(/cycle/)
  })

  it('keeps unreadable data aside under its own key', async () => {
    const name = dbName()
    await raw(name).setItem(APP_KEY, 'not json at all')
    const storage = createAppStorage(name)
    await storage.open()
    const key = await storage.quarantine(new Date('2026-01-02T03:04:05Z'))
    expect(key).toBe(`${QUARANTINE_PREFIX}2026-01-02T03:04:05.000Z`)
    expect(await raw(name).getItem(key)).toBe('not json at all')
  })

  it('says so when IndexedDB is missing, and never falls back to localStorage', async () => {
    vi.stubGlobal('indexedDB', undefined)
    localStorage.clear()
    const storage = createAppStorage(dbName())
    expect(await storage.open()).toBe(false)
    expect(localStorage.length).toBe(0)
  })
})
