import { afterEach, describe, expect, it } from 'vitest'
import { createAppStorage } from '@/storage/appStorage'
import { EARLY_DB, earlyOpenSource, takeEarlyConnection } from '@/storage/earlyOpen'
import { APP_KEY, DB_NAME, STORE_NAME } from '@/storage/keys'
import { STORED_VERSION } from '@/domain/migrations'
import { emptyAppData } from '@/domain/migrations'

/** Runs the inline script's statement as the page would, before any module. */
function runEarlyOpen(name = DB_NAME) {
  new Function('window', earlyOpenSource(name, STORE_NAME, APP_KEY))(globalThis)
}

function open(version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version)
    req.onupgradeneeded = () => upgrade?.(req.result)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

const remove = () =>
  new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
  })

/**
 * Closes an app storage once localforage's check (loaded after the open) is over: a check still
 * running would otherwise open the database again after the test removed it.
 */
async function done(storage: ReturnType<typeof createAppStorage>) {
  await storage.usable()
  storage.close()
}

/** The app's data saved once (revision 1) by a tab that has closed since. */
async function savedOnce(data = emptyAppData()) {
  await stored()
  const writer = createAppStorage()
  expect(await writer.open()).toBe(true)
  expect(await writer.save(data, 0)).toMatchObject({ kind: 'saved', revision: 1 })
  await done(writer)
}

/** What the start script left on `window`. */
const earlyLeft = () =>
  (
    globalThis as unknown as Record<
      string,
      { read: Promise<unknown> | null; db: Promise<IDBDatabase> }
    >
  )[EARLY_DB]!

/** Another tab's change, written with a connection of its own: the stored copy removed. */
async function removeData() {
  const other = await open()
  await new Promise((resolve) => {
    const tx = other.transaction(STORE_NAME, 'readwrite')
    tx.objectStore(STORE_NAME).delete(APP_KEY)
    tx.oncomplete = resolve
  })
  other.close()
}

/** Another tab's save of `revision`, as far as the markers tell: its marker, nothing else. */
async function addMarker(revision: number) {
  const other = await open()
  await new Promise((resolve) => {
    const tx = other.transaction(STORE_NAME, 'readwrite')
    tx.objectStore(STORE_NAME).add('other-tab', revision)
    tx.oncomplete = resolve
  })
  other.close()
}

/** The start script's read, done. */
async function earlyReadDone() {
  const early = earlyLeft()
  await early.db
  return early.read
}

/** Whether `subscribe` calls its listener within a few tasks. */
async function notified(storage: ReturnType<typeof createAppStorage>) {
  const notices: unknown[] = []
  const stop = storage.subscribe((n) => notices.push(n))
  await new Promise((resolve) => setTimeout(resolve, 50))
  stop()
  return notices
}

/**
 * A tab starting as the page does: the start script's open and read, another tab's save of
 * revision `savedMeanwhile` when given (its marker), then the app's storage opened.
 */
async function starting(savedMeanwhile?: number) {
  runEarlyOpen()
  await earlyReadDone()
  if (savedMeanwhile !== undefined) await addMarker(savedMeanwhile)
  const storage = createAppStorage()
  expect(await storage.open()).toBe(true)
  return storage
}

const exists = async () => (await indexedDB.databases()).some((d) => d.name === DB_NAME)

/** The app's database with its store, as a previous session left it. */
async function stored() {
  const db = await open(undefined, (d) => d.createObjectStore(STORE_NAME))
  db.close()
}

afterEach(async () => {
  const left = await takeEarlyConnection(DB_NAME, STORE_NAME)
  left?.db.close()
  await remove()
})

describe('the database opened before the entry runs', () => {
  it('is taken once, open on the app’s store', async () => {
    await stored()
    runEarlyOpen()
    const db = (await takeEarlyConnection(DB_NAME, STORE_NAME))?.db
    expect(db?.objectStoreNames.contains(STORE_NAME)).toBe(true)
    expect(EARLY_DB in globalThis).toBe(false)
    expect(await takeEarlyConnection(DB_NAME, STORE_NAME)).toBeNull()
    db!.close()
  })

  it('creates the database with the app’s store on a first visit, as the app’s open would', async () => {
    expect(await exists()).toBe(false)
    runEarlyOpen()
    const db = (await takeEarlyConnection(DB_NAME, STORE_NAME))?.db
    expect(db?.version).toBe(1)
    expect([...db!.objectStoreNames]).toEqual([STORE_NAME])
    db!.close()
    // The app reads an empty store through it: a new user.
    runEarlyOpen()
    const storage = createAppStorage()
    expect(await storage.open()).toBe(true)
    expect(await storage.load()).toEqual({ kind: 'empty' })
    await done(storage)
  })

  it('leaves a database without the store to the app, which opens it one version up', async () => {
    const bare = await open(1)
    bare.close()
    runEarlyOpen()
    expect(await takeEarlyConnection(DB_NAME, STORE_NAME)).toBeNull()
    runEarlyOpen()
    const storage = createAppStorage()
    expect(await storage.open()).toBe(true)
    expect(await storage.save(emptyAppData(), 0)).toMatchObject({ kind: 'saved' })
    await done(storage)
  })

  it('is not used for another database, nor where the store is missing', async () => {
    await stored()
    runEarlyOpen()
    expect(await takeEarlyConnection('another', STORE_NAME)).toBeNull()
    expect(await takeEarlyConnection(DB_NAME, 'another-store')).toBeNull()
    // Taken (and closed) by the second call: the store was not there.
    expect(EARLY_DB in globalThis).toBe(false)
  })

  it('closes for another tab’s upgrade before the app took it, and is not used', async () => {
    await stored()
    runEarlyOpen()
    await earlyLeft().db
    // The upgrade is not blocked by the early connection.
    const upgraded = await open(2)
    upgraded.close()
    expect(await takeEarlyConnection(DB_NAME, STORE_NAME)).toBeNull()
  })

  it('closed by the browser before the app took it, is not used', async () => {
    await stored()
    runEarlyOpen()
    const early = earlyLeft()
    const db = await early.db
    db.onclose!(new Event('close'))
    db.close()
    expect(await takeEarlyConnection(DB_NAME, STORE_NAME)).toBeNull()
  })

  it('closed after the app took it, before its first read: the app reads with its own', async () => {
    await savedOnce()
    runEarlyOpen()
    const db = await earlyLeft().db
    // Closed without its event reaching the page first ("clear site data" as the read starts):
    // Chromium aborts the start script's read, and the connection is unusable.
    db.close()
    earlyLeft().read = Promise.resolve(null)
    // Changed since (another tab): only a read of the app's own finds it.
    await removeData()
    const storage = createAppStorage()
    expect(await storage.open()).toBe(true)
    expect(await storage.load()).toEqual({ kind: 'empty' })
    await done(storage)
  })

  it('reads what the app reads first as soon as it is open, and the app loads that read', async () => {
    const first = emptyAppData()
    await savedOnce(first)
    runEarlyOpen()
    const early = earlyLeft()
    await early.db
    expect(await early.read).toMatchObject({ value: { readyState: 'done' } })
    // Removed after that read: the app's first load is the read already made, not a second one.
    await removeData()
    const storage = createAppStorage()
    expect(await storage.open()).toBe(true)
    expect(await storage.load()).toMatchObject({ kind: 'ok', data: first, revision: 1 })
    // Any later load reads afresh.
    expect(await storage.load()).toEqual({ kind: 'empty' })
    await done(storage)
  })

  it('a save another tab made after that read reaches the app’s first listener', async () => {
    await savedOnce()
    // Another tab's save of revision 2 (its marker), before this tab listened to any notice.
    const storage = await starting(2)
    expect(await storage.load()).toMatchObject({ kind: 'ok', revision: 1 })
    expect(await notified(storage)).toEqual([{ revision: 2, schemaVersion: STORED_VERSION }])
    // Told once: a later listener is not.
    expect(await notified(storage)).toEqual([])
    await done(storage)
  })

  it('nothing saved since that read: the first listener hears nothing', async () => {
    await savedOnce()
    const storage = await starting()
    expect(await storage.load()).toMatchObject({ kind: 'ok', revision: 1 })
    expect(await notified(storage)).toEqual([])
    await done(storage)
  })

  it('a first save in another tab after an empty first read reaches the listener', async () => {
    await stored()
    const storage = await starting(1)
    expect(await storage.load()).toEqual({ kind: 'empty' })
    expect(await notified(storage)).toEqual([{ revision: 1, schemaVersion: STORED_VERSION }])
    await done(storage)
  })

  it('checks only after a load that used the start script’s read', async () => {
    await stored()
    const storage = await starting(1)
    // Listening before any load: nothing to compare with, no check.
    expect(await notified(storage)).toEqual([])
    // A load in a later task reads afresh, and is as current as the check would be.
    expect(await storage.load()).toEqual({ kind: 'empty' })
    expect(await notified(storage)).toEqual([])
    await done(storage)
  })

  it('where its read failed, the app reads on the same connection itself', async () => {
    const data = emptyAppData()
    await savedOnce(data)
    runEarlyOpen()
    const early = earlyLeft()
    await early.db
    early.read = Promise.resolve(null)
    const storage = createAppStorage()
    expect(await storage.open()).toBe(true)
    expect(await storage.load()).toMatchObject({ kind: 'ok', data, revision: 1 })
    await done(storage)
  })

  it('is the app storage’s first connection: the stored data is read through it', async () => {
    await stored()
    const data = emptyAppData()
    const storage = createAppStorage()
    expect(await storage.open()).toBe(true)
    expect(await storage.save(data, 0)).toMatchObject({ kind: 'saved' })
    await done(storage)

    runEarlyOpen()
    const early = await earlyLeft().db
    const again = createAppStorage()
    expect(await again.open()).toBe(true)
    expect(EARLY_DB in globalThis).toBe(false)
    expect(await again.load()).toMatchObject({ kind: 'ok', data })
    // The app closes the connection it took.
    await done(again)
    expect(() => early.transaction(STORE_NAME)).toThrow()
  })
})
