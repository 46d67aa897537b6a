import localforage from 'localforage'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyAppData, SCHEMA_VERSION, STORED_VERSION, wrap } from '@/domain/migrations'
import type { AppData } from '@/domain/schema'
import {
  createAppStorage,
  KEEP_MARKERS,
  PRUNE_EVERY,
  type AppStorage,
  type SaveNotice,
} from '@/storage/appStorage'
import { APP_KEY, BACKUP_KEYS, QUARANTINE_PREFIX, STORE_NAME } from '@/storage/keys'
import { chain } from '../helpers'

let n = 0
const dbName = () => `test-db-${Date.now()}-${n++}`
const raw = (name: string) =>
  localforage.createInstance({ name, storeName: STORE_NAME, driver: localforage.INDEXEDDB })

/** The database `name` opened without the app (at `version`, `upgrade` run when it is new). */
function rawOpen(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version)
    req.onupgradeneeded = () => upgrade?.(req.result)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

const opened: AppStorage[] = []
async function openStorage(name: string): Promise<AppStorage> {
  const storage = createAppStorage(name)
  expect(await storage.open()).toBe(true)
  opened.push(storage)
  return storage
}
const appData = (status: 'todo' | 'done' = 'todo', name = 'Test roadmap'): AppData => {
  const r = chain({ a: status })
  return { ...emptyAppData(), roadmaps: [{ ...r, name }], activeRoadmapId: r.id }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  for (const s of opened.splice(0)) s.close()
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
    expect(await storage.save(data, 0)).toMatchObject({ kind: 'saved', revision: 1 })
    const stored = (await raw(name).getItem(APP_KEY)) as {
      schemaVersion: number
      dataVersion: number
      savedAt: string
      data: unknown
    }
    expect(stored.schemaVersion).toBe(STORED_VERSION)
    expect(stored.dataVersion).toBe(SCHEMA_VERSION)
    expect(JSON.parse(stored.data as string)).toEqual(data)
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

  it('opens a database another program created without its store, adding the store', async () => {
    const name = dbName()
    await rawOpen(name, 3, (db) => db.createObjectStore('other')).then((db) => db.close())
    const storage = await openStorage(name)
    expect(await storage.save(appData('done'), 0)).toMatchObject({ kind: 'saved', revision: 1 })
    const db = await rawOpen(name)
    expect([...db.objectStoreNames].sort()).toEqual([STORE_NAME, 'other'].sort())
    db.close()
  })

  it('waits while a connection elsewhere holds up creating the store, then opens', async () => {
    const name = dbName()
    // A connection that ignores the request to close for a new version.
    const holder = await rawOpen(name, 3, (db) => db.createObjectStore('other'))
    holder.onversionchange = null
    const storage = createAppStorage(name)
    let opened: boolean | null = null
    const opening = storage.open().then((ok) => (opened = ok))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(opened).toBeNull()
    holder.close()
    await opening
    expect(opened).toBe(true)
    expect(await storage.load()).toEqual({ kind: 'empty' })
    storage.close()
    // Nothing is left holding the database: it can be deleted.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name)
      req.onsuccess = () => resolve()
      req.onerror = () => reject(req.error)
      req.onblocked = () => reject(new Error('blocked'))
    })
  })

  describe('localforage’s check that IndexedDB works', () => {
    /** localforage's instances, their check held until `settle` is called. */
    function holdCheck(outcome: 'pass' | 'fail' | 'other driver') {
      let settle = () => {}
      const create = localforage.createInstance.bind(localforage)
      vi.spyOn(localforage, 'createInstance').mockImplementation((options) => {
        const instance = create(options)
        const ready = instance.ready.bind(instance)
        vi.spyOn(instance, 'ready').mockImplementation(
          () =>
            new Promise<void>((resolve, reject) => {
              settle = () =>
                outcome === 'fail'
                  ? reject(new Error('IndexedDB is not usable'))
                  : outcome === 'other driver'
                    ? resolve()
                    : resolve(ready())
            }),
        )
        if (outcome === 'other driver')
          vi.spyOn(instance, 'driver').mockReturnValue('localStorageWrapper')
        return instance
      })
      return () => settle()
    }

    it('is not waited for by the first load: the raw read shows IndexedDB reads', async () => {
      const name = dbName()
      const first = await openStorage(name)
      await first.save(appData('done'), 0)
      first.close()
      const settle = holdCheck('pass')
      const storage = createAppStorage(name)
      opened.push(storage)
      expect(await storage.open()).toBe(true)
      expect(await storage.load()).toMatchObject({ kind: 'ok', data: appData('done') })
      // A write waits for it, then goes ahead.
      let saved = false
      const saving = storage.save(appData('todo'), 1).then((r) => ((saved = true), r))
      await new Promise((r) => setTimeout(r, 20))
      expect(saved).toBe(false)
      settle()
      expect(await saving).toMatchObject({ kind: 'saved', revision: 2 })
      expect(await storage.usable()).toBe(true)
    })

    it.each(['fail', 'other driver'] as const)(
      'failing (%s) leaves every write refused and the data as it was',
      async (outcome) => {
        const name = dbName()
        const first = await openStorage(name)
        await first.save(appData('done'), 0)
        first.close()
        const settle = holdCheck(outcome)
        const storage = createAppStorage(name)
        opened.push(storage)
        expect(await storage.open()).toBe(true)
        expect(await storage.load()).toMatchObject({ kind: 'ok' })
        settle()
        expect(await storage.usable()).toBe(false)
        await expect(storage.save(appData('todo'), 1), outcome).rejects.toThrow()
        // Nor does the synchronous write on the way out (pagehide).
        await expect(storage.save(appData('todo'), 1, { final: true }), outcome).rejects.toThrow()
        // Closed as an open that failed: nothing read or written through it any more, and
        // nothing left holding the database.
        await expect(storage.load()).rejects.toThrow()
        await expect(storage.quarantine()).rejects.toThrow()
        vi.restoreAllMocks()
        await new Promise<void>((resolve, reject) => {
          const req = indexedDB.open(name, 99)
          req.onsuccess = () => (req.result.close(), resolve())
          req.onerror = () => reject(req.error)
          req.onblocked = () => reject(new Error('blocked'))
        })
        const stored = (await raw(name).getItem(APP_KEY)) as { data: string }
        expect(JSON.parse(stored.data), outcome).toEqual(appData('done'))
      },
    )
  })

  it('says so when IndexedDB is missing, and never falls back to localStorage', async () => {
    vi.stubGlobal('indexedDB', undefined)
    localStorage.clear()
    const storage = createAppStorage(dbName())
    expect(await storage.open()).toBe(false)
    expect(localStorage.length).toBe(0)
  })

  describe('a save is atomic', () => {
    it('leaves the old envelope whole when the transaction aborts after the write', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      await storage.save(appData('todo', 'Old'), 0)
      const before = await raw(name).getItem(APP_KEY)
      const put = IDBObjectStore.prototype.put
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        const request = put.apply(this, args)
        this.transaction.abort() // interrupted mid-way, after the new value was written
        return request
      })
      await expect(storage.save(appData('done', 'New'), 1)).rejects.toBeTruthy()
      vi.restoreAllMocks()
      expect(await raw(name).getItem(APP_KEY)).toEqual(before)
      expect((await storage.load()).kind === 'ok').toBe(true)
    })

    it('leaves the old envelope whole when the write itself throws (quota)', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      await storage.save(appData('todo', 'Old'), 0)
      const before = await raw(name).getItem(APP_KEY)
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError')
      })
      await expect(storage.save(appData('done', 'New'), 1)).rejects.toMatchObject({
        name: 'QuotaExceededError',
      })
      vi.restoreAllMocks()
      expect(await raw(name).getItem(APP_KEY)).toEqual(before)
    })

    it('writes the whole new envelope when the transaction completes', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      await storage.save(appData('todo', 'Old'), 0)
      await storage.save(appData('done', 'New'), 1)
      expect(await storage.load()).toMatchObject({ kind: 'ok', data: appData('done', 'New') })
    })

    it('never writes data that does not validate', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      const bad = appData()
      bad.activeRoadmapId = 'missing'
      await expect(storage.save(bad, 0)).rejects.toThrow(/invalid/)
      expect(await raw(name).getItem(APP_KEY)).toBeNull()
    })
  })

  describe('two tabs', () => {
    it('never overwrites a newer revision saved by another tab', async () => {
      const name = dbName()
      const a = await openStorage(name)
      const b = await openStorage(name)
      expect(await a.save(appData('done', 'From A'), 0)).toMatchObject({ revision: 1 })
      expect(await b.save(appData('todo', 'Stale B'), 0)).toEqual({
        kind: 'conflict',
        revision: 1,
        ownWrite: false,
      })
      expect(await b.load()).toMatchObject({
        kind: 'ok',
        revision: 1,
        data: appData('done', 'From A'),
      })
      expect(await b.save(appData('todo', 'B after A'), 1)).toMatchObject({ revision: 2 })
    })

    it("loads what another tab saved after this one opened (the open's own read is not reused then)", async () => {
      const name = dbName()
      const a = await openStorage(name)
      const b = await openStorage(name)
      expect(await b.save(appData('done', 'From B'), 0)).toMatchObject({ revision: 1 })
      expect(await a.load()).toMatchObject({
        kind: 'ok',
        revision: 1,
        data: appData('done', 'From B'),
      })
    })

    it('keeps only the latest revision markers, and still refuses a tab based on a pruned one', async () => {
      const name = dbName()
      const a = await openStorage(name)
      const stale = await openStorage(name)
      const saves = KEEP_MARKERS + 3 * PRUNE_EVERY
      for (let base = 0; base < saves; base++)
        expect(
          await a.save(appData(base % 2 ? 'done' : 'todo', `Save ${base + 1}`), base),
        ).toMatchObject({ kind: 'saved' })
      const keys = await raw(name).keys()
      const markers = keys.filter((k) => /^\d+$/.test(k)).map(Number)
      expect(markers.length).toBeLessThanOrEqual(KEEP_MARKERS + PRUNE_EVERY)
      expect(Math.max(...markers)).toBe(saves)
      expect(markers).not.toContain(1)
      // A tab still based on revision 0: its marker (1) is gone, the read check refuses it.
      expect(await stale.save(appData('todo', 'Stale'), 0)).toMatchObject({
        kind: 'conflict',
        revision: saves,
      })
      expect(await a.load()).toMatchObject({ kind: 'ok', revision: saves })
      const loaded = await a.load()
      expect(loaded.kind === 'ok' && loaded.data.roadmaps[0]!.name).toBe(`Save ${saves}`)
    })

    it('recognises its own earlier write when it conflicts with it', async () => {
      const storage = await openStorage(dbName())
      await storage.save(appData('done'), 0)
      expect(await storage.save(appData('todo'), 0)).toEqual({
        kind: 'conflict',
        revision: 1,
        ownWrite: true,
      })
    })

    it('stops writing over data saved by a newer version of the app', async () => {
      const name = dbName()
      const future = { schemaVersion: SCHEMA_VERSION + 1, savedAt: 'x', data: {}, revision: 0 }
      await raw(name).setItem(APP_KEY, future)
      const storage = await openStorage(name)
      expect(await storage.save(appData(), 0)).toEqual({ kind: 'outdated' })
      expect(await raw(name).getItem(APP_KEY)).toEqual(future)
    })

    it('loads envelopes saved before revisions existed, as revision 0', async () => {
      const name = dbName()
      const fixture: unknown = JSON.parse(
        readFileSync(join(process.cwd(), 'tests', 'fixtures', 'schema-v2.json'), 'utf8'),
      )
      await raw(name).setItem(APP_KEY, fixture)
      const storage = await openStorage(name)
      expect(await storage.load()).toMatchObject({ kind: 'ok', revision: 0 })
      expect(await storage.save(appData(), 0)).toMatchObject({ kind: 'saved', revision: 1 })
    })

    it('reads the copy earlier versions stored (schema 4 object), then stores it as text', async () => {
      const name = dbName()
      const fixture: unknown = JSON.parse(
        readFileSync(join(process.cwd(), 'tests', 'fixtures', 'schema-v4.json'), 'utf8'),
      )
      await raw(name).setItem(APP_KEY, fixture)
      const storage = await openStorage(name)
      const loaded = await storage.load()
      // Not a copy this build can trust by its digest: the store writes it back.
      expect(loaded).toMatchObject({ kind: 'ok', migratedFrom: null, rewrite: true, revision: 0 })
      if (loaded.kind !== 'ok') return
      expect(await storage.save(loaded.data, 0)).toMatchObject({ kind: 'saved', revision: 1 })
      const stored = (await raw(name).getItem(APP_KEY)) as { schemaVersion: number; data: unknown }
      expect(stored.schemaVersion).toBe(STORED_VERSION)
      expect(typeof stored.data).toBe('string')
      const again = await (await openStorage(name)).load()
      expect(again).toMatchObject({ kind: 'ok', rewrite: false, revision: 1 })
      expect(again.kind === 'ok' && again.data).toEqual(loaded.data)
    })

    it('a save issued while the page hides writes text without a digest, validated in full next time', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      await storage.save(appData(), 0)
      expect(await storage.save(appData('done'), 1, { final: true })).toMatchObject({
        kind: 'saved',
        revision: 2,
      })
      expect(await raw(name).getItem(APP_KEY)).toMatchObject({ digest: null })
      expect(await (await openStorage(name)).load()).toMatchObject({
        kind: 'ok',
        data: appData('done'),
        rewrite: true,
      })
    })

    it('announces each save to the other tabs', async () => {
      const name = dbName()
      const a = await openStorage(name)
      const b = await openStorage(name)
      const heard = new Promise<SaveNotice>((resolve) => b.subscribe(resolve))
      await a.save(appData('done'), 0)
      expect(await heard).toEqual({ revision: 1, schemaVersion: STORED_VERSION })
    })
  })

  describe('rolling backups', () => {
    it('keeps the last 3 good snapshots under their own keys', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      for (let day = 1; day <= 4; day++)
        expect(
          await storage.backup(
            appData('todo', `Day ${day}`),
            new Date(`2026-01-0${day}T00:00:00Z`),
          ),
        ).toBe(true)
      const names = await Promise.all(
        BACKUP_KEYS.map(async (key) => {
          const stored = (await raw(name).getItem(key)) as { data: string }
          return (JSON.parse(stored.data) as AppData).roadmaps[0]?.name
        }),
      )
      expect(names.sort()).toEqual(['Day 2', 'Day 3', 'Day 4'])
      expect(await storage.latestBackup()).toEqual({
        data: appData('todo', 'Day 4'),
        savedAt: '2026-01-04T00:00:00.000Z',
      })
      expect(await raw(name).getItem(APP_KEY)).toBeNull() // backups never touch the data
    })

    it('refuses to back up data that does not validate', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      const bad = appData()
      bad.activeRoadmapId = 'missing'
      expect(await storage.backup(bad)).toBe(false)
      for (const key of BACKUP_KEYS) expect(await raw(name).getItem(key)).toBeNull()
    })

    it('skips a backup that no longer validates when looking for the latest good one', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      await storage.backup(appData('todo', 'Good'), new Date('2026-01-01T00:00:00Z'))
      await raw(name).setItem(BACKUP_KEYS[1], {
        ...wrap(appData(), new Date('2026-02-01T00:00:00Z')),
        data: { roadmaps: 'broken' },
      })
      expect(await storage.latestBackup()).toMatchObject({ data: appData('todo', 'Good') })
    })

    it('lists every backup that still validates, newest first', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      expect(await storage.listBackups()).toEqual([])
      await storage.backup(appData('todo', 'Day 1'), new Date('2026-01-01T00:00:00Z'))
      await storage.backup(appData('done', 'Day 3'), new Date('2026-01-03T00:00:00Z'))
      await raw(name).setItem(BACKUP_KEYS[2], {
        ...wrap(appData(), new Date('2026-01-05T00:00:00Z')),
        data: { roadmaps: 'broken' },
      })
      const listed = await storage.listBackups()
      expect(listed.map((b) => [b.savedAt, b.data.roadmaps[0]?.name])).toEqual([
        ['2026-01-03T00:00:00.000Z', 'Day 3'],
        ['2026-01-01T00:00:00.000Z', 'Day 1'],
      ])
      expect(listed[0]?.data).toEqual(appData('done', 'Day 3'))
      expect(await storage.latestBackup()).toEqual(listed[0])
    })

    it('backs up at any interval with 0, over the backup being restored once the slots are full', async () => {
      const name = dbName()
      const storage = await openStorage(name)
      for (let day = 1; day <= 3; day++)
        await storage.backup(appData('todo', `Day ${day}`), new Date(`2026-01-0${day}T00:00:00Z`))
      const restoring = '2026-01-02T00:00:00.000Z'
      const now = new Date('2026-01-03T00:00:01Z')
      expect(await storage.backup(appData('done', 'Now'), now, 60_000)).toBe(false)
      expect(await storage.backup(appData('done', 'Now'), now, 0, restoring)).toBe(true)
      const listed = await storage.listBackups()
      expect(listed.map((b) => b.data.roadmaps[0]?.name)).toEqual(['Now', 'Day 3', 'Day 1'])
    })
  })
})
