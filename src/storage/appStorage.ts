/**
 * The only module that touches localforage and IndexedDB (and, for the unload journal,
 * `localStorage`: `./journal.ts`). IndexedDB only: localforage is never allowed to fall back to
 * localStorage or WebSQL, where data would silently split or be lost.
 *
 * localforage checks at open that IndexedDB works (its driver, in this browser): the first load
 * does not wait for that check, every write does (`writable`). Everything else goes
 * through the raw `IDBDatabase` of the same database and store: localforage cannot do a
 * conditional write, and its connection does not come back when the database is deleted under
 * the app (ours reopens, creating the store again). A save adds the marker of its new revision
 * and writes the new envelope in one readwrite transaction, which fails as a whole (writing
 * nothing) when another tab already saved that revision, or when a newer version of the app
 * saved the data. A write issued while the page hides may still never commit: the persistence
 * store leaves a synchronous journal then.
 *
 * Tabs announce their saves on a BroadcastChannel, so the others reload within milliseconds.
 */
import {
  isRecord,
  SCHEMA_VERSION,
  STORED_VERSION,
  validateAppData,
  type Envelope,
} from '@/domain/migrations'
import type { AppData } from '@/domain/schema'
import {
  canDigest,
  decode,
  isLong,
  isTextEnvelope,
  mark,
  textEnvelope,
  type TextEnvelope,
} from './envelope'
import { takeEarlyConnection, type EarlyRead } from './earlyOpen'
import {
  clearJournal,
  clearJournals,
  readJournals,
  writeJournal,
  type JournalEntry,
} from './journal'
import { APP_KEY, CHANNEL_NAME, DB_NAME, QUARANTINE_PREFIX, STORE_NAME } from './keys'

export type { JournalEntry } from './journal'

/** The stored envelope with the fields of the two-tab check; both absent in older data. */
/** Revision markers kept; older ones are pruned every `PRUNE_EVERY` saves. */
export const KEEP_MARKERS = 200
export const PRUNE_EVERY = 50

/** Versions 1–4 stored an object envelope, 5 on a text one (`./envelope.ts`). */
export type StoredEnvelope = (Envelope | TextEnvelope) & { revision?: number; writer?: string }

export type LoadResult =
  | { kind: 'empty' }
  | {
      kind: 'ok'
      data: AppData
      savedAt: string
      migratedFrom: number | null
      /**
       * The stored copy is not one this build trusts at the next load (an object envelope of
       * versions 1–4, or text without its digest): writing it back spares the next loads a full
       * validation.
       */
      rewrite: boolean
      revision: number
      /** The tab that wrote it (absent in older data). */
      writer?: string | null
    }
  /** Something is stored but cannot be used; it stays untouched. */
  | { kind: 'unreadable'; raw: unknown; reason: string; problems: string[]; revision: number }

export type SaveResult =
  | { kind: 'saved'; revision: number; savedAt: string }
  /** Another tab (or an earlier write of this tab, if `ownWrite`) saved since: nothing written. */
  | { kind: 'conflict'; revision: number; ownWrite: boolean }
  /** A newer version of the app saved the data: nothing written, this tab must stop writing. */
  | { kind: 'outdated' }

export interface SaveOptions {
  /** The page is going away: commit at once, without waiting for the script to run again. */
  final?: boolean
}

/** What a tab announces after each save. */
export interface SaveNotice {
  revision: number
  schemaVersion: number
}

export interface Backup {
  data: AppData
  savedAt: string
}

export interface AppStorage {
  /** Resolves false when IndexedDB cannot be used (private mode, blocked, missing). */
  open(): Promise<boolean>
  /**
   * After an open that resolved true: whether localforage's check that IndexedDB works here
   * passed. The first load does not wait for it; every write does, and none is made when it
   * fails (storage is closed then, as an open that failed).
   */
  usable(): Promise<boolean>
  load(): Promise<LoadResult>
  /**
   * One transaction: the stored envelope is either the old one or the new one. Writes only when
   * the stored revision is still `baseRevision`; rejects when the data does not validate.
   */
  save(data: AppData, baseRevision: number, options?: SaveOptions): Promise<SaveResult>
  /** Moves the stored (unreadable) value to a key of its own, so a fresh start cannot overwrite it. */
  quarantine(now?: Date): Promise<string>
  /**
   * Writes a validated snapshot into an empty slot of the rolling backups, else over the one
   * saved at `over` when there is one, else over the oldest. Skipped (false) when the data is
   * invalid or holds no roadmap, when it equals the newest backup, or when the newest backup is
   * younger than `minIntervalMs` (0: never): reloads never rotate real history away.
   */
  backup(data: AppData, now?: Date, minIntervalMs?: number, over?: string): Promise<boolean>
  /** Every backup that still validates, newest first. */
  listBackups(): Promise<Backup[]>
  /** The newest backup that still validates, or null. */
  latestBackup(): Promise<Backup | null>
  /** Calls `listener` when another tab saved. Returns the unsubscribe function. */
  subscribe(listener: (notice: SaveNotice) => void): () => void
  /** Calls `listener` when the database is deleted under the app (another tab, "clear data"). */
  onDeleted(listener: () => void): () => void
  /** The unload journal (`./journal.ts`): synchronous, for `pagehide` and `beforeunload`. */
  journal(data: AppData, baseRevision: number): boolean
  /** Journals left by tabs that went away with changes not stored, oldest first. */
  journals(): Promise<JournalEntry[]>
  /** Removes this tab's journal (`all`: every tab's, once applied). */
  clearJournal(all?: boolean): void
  /** Closes the database connection and the channel. */
  close(): void
}

/**
 * Whether what is stored was written by a newer version of the app: a text envelope above this
 * build's stored version, or an object envelope above its data schema (no build writes those).
 */
const newerThanThisBuild = (raw: unknown): boolean =>
  stamp(raw).schemaVersion > (isTextEnvelope(raw) ? STORED_VERSION : SCHEMA_VERSION)

/** The revision, writer and schema of whatever is stored (older data has revision 0). */
function stamp(raw: unknown): { revision: number; writer: string | null; schemaVersion: number } {
  if (!isRecord(raw)) return { revision: 0, writer: null, schemaVersion: 0 }
  const revision = Number.isSafeInteger(raw.revision) ? (raw.revision as number) : 0
  const writer = typeof raw.writer === 'string' ? raw.writer : null
  const schemaVersion = Number.isInteger(raw.schemaVersion) ? (raw.schemaVersion as number) : 0
  return { revision, writer, schemaVersion }
}

/**
 * Opens the database with the app's store, creating both when missing: the database may have
 * been deleted while the app was open (another tab, "clear site data", eviction), and opening
 * a deleted database creates an empty one, which needs its store before the next save.
 */
function openRaw(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version)
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE_NAME))
        req.result.createObjectStore(STORE_NAME)
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'))
    // Blocked (creating the store needs a new version, and a connection elsewhere does not close
    // for it): wait, as localforage does. The start-up says it is waiting (main.ts), and a save
    // waiting here runs into its timeout and is retried.
  }).then((db) => {
    if (db.objectStoreNames.contains(STORE_NAME)) return db
    // The database exists without the store: one version up creates it.
    db.close()
    return openRaw(name, db.version + 1)
  })
}

/**
 * The save side (`./json.ts`: serialising with the text of unchanged records reused), loaded
 * after the first load: the first view only reads. `written` is it once loaded.
 */
let written: typeof import('./json') | null = null
const writing = () => import('./json').then((module) => (written = module))

/** Resolves in a new task, letting input and rendering run in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Yields to input and rendering between slices of work: `scheduler.yield` where there is one. */
export const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask()
}

/** The stored copy, and the highest revision marker with the tab that wrote it. */
type Current = { raw: unknown; marker: { revision: number; writer: string | null } }

/** Every revision marker: markers are the only numeric keys, and numbers sort before strings. */
const markers = () => IDBKeyRange.upperBound(Number.MAX_SAFE_INTEGER)

/**
 * One readonly transaction of the app's store: `ask` makes its requests and returns how to read
 * their answer, which is read once the transaction has completed.
 */
function readOnly<T>(db: IDBDatabase, ask: (store: IDBObjectStore) => () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE_NAME, 'readonly')
    const answer = ask(tx.objectStore(STORE_NAME))
    tx.oncomplete = () => resolve(answer())
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB read failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read aborted'))
  })
}

/** What a completed first read found. Markers are the only numeric keys. */
function currentOf({ value, marker, writer }: EarlyRead): Current {
  return {
    raw: value.result,
    marker:
      typeof marker === 'number'
        ? { revision: marker, writer: typeof writer === 'string' ? writer : null }
        : { revision: 0, writer: null },
  }
}

function assertValid(data: AppData): void {
  const valid = validateAppData(data)
  if (!valid.ok) throw new Error(`refusing to save invalid data: ${valid.problems.join('; ')}`)
}

export function createAppStorage(name = DB_NAME): AppStorage {
  /** Whether `open` succeeded (a failed localforage check turns it off again). */
  let opened = false
  let database: IDBDatabase | null = null
  let channel: BroadcastChannel | null = null
  const deleted = new Set<() => void>()
  const writer = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

  /** The raw connection; reopened if the browser asked to close it (version change). */
  const idb = async (): Promise<IDBDatabase> => {
    if (!opened) throw new Error('storage is not open')
    return connect()
  }
  /**
   * localforage's check that IndexedDB works here (its driver, in this browser). The first load
   * does not wait for it (the raw read has just shown IndexedDB reads); every write does
   * (`writable`). It fails the open's way: storage is closed and `usable` says so.
   */
  let checked: Promise<boolean> = Promise.resolve(false)
  let checkPassed = false
  /** The connection for a write: once localforage's check passed, never before. */
  const writable = async (): Promise<IDBDatabase> => {
    if (!(await checked)) throw new Error('storage is not usable')
    return idb()
  }
  /** Whether the connection the start script opened (`./earlyOpen.ts`) may still be taken. */
  let first = true
  /** Whether the connection in use is the start script's (a failed first read then retries). */
  let early = false
  /** The start script's first read on its connection, until `open` uses it. */
  let earlyRead: Promise<EarlyRead | null> | null = null
  /** Closes the raw connection, if any; the next use opens a new one. */
  const disconnect = () => {
    database?.close()
    database = null
  }
  /** The open under way, which every caller shares: one connection, never two. */
  let connecting: Promise<IDBDatabase> | null = null
  /**
   * The raw connection, opened (and the database and store created) when there is none. The
   * first one is the start script's, when it opened one.
   */
  const connect = (): Promise<IDBDatabase> => {
    if (database) return Promise.resolve(database)
    connecting ??= (async () => {
      const taking = first
      first = false
      const taken = taking ? await takeEarlyConnection(name, STORE_NAME) : null
      early = taken !== null
      earlyRead = taken?.read ?? null
      const db = taken?.db ?? (await openRaw(name))
      database = db
      db.onversionchange = (event) => {
        db.close()
        if (database === db) database = null
        // A deletion (no new version): the next save recreates the database.
        if (event.newVersion === null) for (const listener of deleted) listener()
      }
      // Closed by the browser, not by the app: "clear site data" (Chromium closes the
      // connection, with no version change) or storage gone. Treated as a deletion: the next
      // save opens the database again and writes this tab's data back.
      db.onclose = () => {
        if (database === db) database = null
        for (const listener of deleted) listener()
      }
      return db
    })().finally(() => (connecting = null))
    return connecting
  }

  /** One value by key, read with the raw connection (which survives a deleted database). */
  async function get(key: string): Promise<unknown> {
    const db = await idb()
    return new Promise((resolve, reject) => {
      const req = db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME).get(key)
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'))
    })
  }

  function announce(notice: SaveNotice) {
    if (typeof BroadcastChannel === 'undefined') return
    channel ??= new BroadcastChannel(CHANNEL_NAME)
    channel.postMessage(notice)
  }

  /**
   * The stored copy, and the highest revision marker with the tab that wrote it, read in one
   * transaction: one round trip, and both from the same moment.
   */
  function readCurrent(db: IDBDatabase): Promise<Current> {
    return readOnly(db, (store) => {
      // The start script makes the same two requests (`./earlyOpen.ts`).
      const value = store.get(APP_KEY)
      const cursor = store.openCursor(markers(), 'prev')
      return () => {
        const c = cursor.result
        return currentOf({ value, marker: c?.key ?? null, writer: c?.value })
      }
    })
  }
  /** The highest revision marker's revision (0 without one), in a transaction of its own. */
  function newestMarker(db: IDBDatabase): Promise<number> {
    return readOnly(db, (store) => {
      const cursor = store.openKeyCursor(markers(), 'prev')
      return () => {
        const key = cursor.result?.key
        return typeof key === 'number' ? key : 0
      }
    })
  }
  /** The first read: the start script's where it made one on this connection, else a new one. */
  async function readFirst(db: IDBDatabase): Promise<Current> {
    const made = early ? await earlyRead : null
    earlyRead = null
    return made ? currentOf(made) : readCurrent(db)
  }
  /**
   * `open`'s probe, which a `load` in the same task (the app's start) uses instead of reading
   * again. Any later load reads afresh: another tab may have saved since, and so may this one
   * (its writes drop it too).
   */
  let firstRead: Promise<Current> | null = null
  /**
   * The revision the first load found, until the first `subscribe` checks it: that read may be
   * the start script's, made well before anyone listened to other tabs' notices.
   */
  let firstRevision: number | null = null

  async function conflictOf(db: IDBDatabase): Promise<SaveResult> {
    const { raw, marker } = await readCurrent(db)
    if (newerThanThisBuild(raw)) return { kind: 'outdated' }
    return { kind: 'conflict', revision: marker.revision, ownWrite: marker.writer === writer }
  }

  /**
   * The revision check is done by the database itself: each save adds the marker key of its new
   * revision (a number), and `add` fails when that key exists, i.e. when any tab already saved
   * that revision. The failure aborts the transaction, which undoes the put. Because that check
   * needs no script to run after the requests are issued, a final save can `commit()` at once
   * and still land while the page unloads.
   * A second check reads the stored envelope's revision inside the same transaction and aborts
   * when it is past `base`; it covers tabs based on revisions whose markers were pruned. Markers
   * are tiny, and only the latest `KEEP_MARKERS` are kept: older ones are deleted now and then by
   * ordinary (non-final) saves, so a long-lived database does not grow by one key per save.
   */
  function conditionalPut(
    db: IDBDatabase,
    envelope: TextEnvelope & { revision: number; writer: string },
    base: number,
    final: boolean,
  ): Promise<SaveResult> {
    return new Promise((resolve, reject) => {
      let outcome: SaveResult | null = null
      let conflict = false
      const tx = db.transaction(STORE_NAME, 'readwrite')
      tx.oncomplete = () =>
        resolve({ kind: 'saved', revision: envelope.revision, savedAt: envelope.savedAt })
      tx.onabort = () => {
        if (outcome) resolve(outcome)
        else if (conflict) conflictOf(db).then(resolve, reject)
        else reject(tx.error ?? new DOMException('The save was aborted', 'AbortError'))
      }
      const objects = tx.objectStore(STORE_NAME)
      const current = objects.get(APP_KEY)
      // Data of a newer schema is never written over (only checkable before a commit).
      current.onsuccess = () => {
        if (newerThanThisBuild(current.result)) outcome = { kind: 'outdated' }
        else if (stamp(current.result).revision > base) conflict = true
        else return
        try {
          tx.abort()
        } catch {
          // Already committing.
        }
      }
      try {
        const marker = objects.add(writer, base + 1)
        marker.onerror = () => {
          if (marker.error?.name === 'ConstraintError') conflict = true
        }
        objects.put(envelope, APP_KEY)
        const floor = base + 1 - KEEP_MARKERS
        if (!final && floor > 0 && (base + 1) % PRUNE_EVERY === 0)
          objects.delete(IDBKeyRange.upperBound(floor, true))
        if (final && typeof tx.commit === 'function') tx.commit()
      } catch (error) {
        tx.onabort = () => reject(error)
        try {
          tx.abort()
        } catch {
          reject(error)
        }
      }
    })
  }

  /** The rolling backups (`./backups.ts`), loaded when first used: after the first load. */
  const backups = () =>
    import('./backups').then(({ createBackups }) =>
      createBackups({ idb: writable, get, pause, writing }),
    )

  return {
    async open() {
      let reading: Promise<Current> | null = null
      try {
        if (typeof indexedDB === 'undefined') return false
        // localforage's check that IndexedDB works, and the raw connection with the read the
        // first load needs, at the same time. The first view waits for the read only: its own
        // open came last and took 15-45 ms after the entry ran, while the read (on the
        // connection `index.html` opened, `./earlyOpen.ts`) had shown IndexedDB reads; every
        // write waits for the check (`writable`). Both may create the database on a first visit:
        // IndexedDB runs the opens of one database in order, and each side creates the store
        // only where it is missing. Opening can succeed where reading fails (some private
        // modes): the read is the probe. Its failure is handled below, not reported as
        // unhandled meanwhile.
        // A connection the browser closed between the start script's open and this read (site
        // data cleared, say) fails the read: the app's own connection reads once more.
        reading = connect()
          .then(readFirst)
          .catch((error: unknown) => {
            if (!early) throw error
            disconnect()
            return connect().then(readCurrent)
          })
        reading.catch(() => undefined)
        // localforage comes with its check, not with the entry: the first view does not wait
        // for either. Where its file cannot be downloaded or run (a deploy since the page
        // opened, say), the check is skipped rather than failed: the raw connection has just
        // read, and is what every write uses.
        checked = import('localforage')
          .then(
            ({ default: localforage }) => {
              const instance = localforage.createInstance({
                name,
                storeName: STORE_NAME,
                driver: localforage.INDEXEDDB,
              })
              return instance
                .ready()
                .then(() => instance.driver() === localforage.INDEXEDDB)
                .catch(() => false)
            },
            () => true,
          )
          .then((ok) => {
            checkPassed = ok
            if (!ok) {
              // Unusable after all: closed as an open that failed, every write refused.
              opened = false
              disconnect()
            }
            return ok
          })
        opened = true
        firstRead = reading
        await firstRead
        // Good for a load in this same task only (the app's start): any later load reads again,
        // since another tab may have saved in between.
        setTimeout(() => (firstRead = null), 0)
        return true
      } catch {
        opened = false
        firstRead = null
        // The raw side may still be opening: closed when it arrives, not left holding the
        // database against other tabs' upgrades and deletions.
        const close = () => {
          if (!opened) disconnect()
        }
        void reading?.then(close, close)
        close()
        return false
      }
    },

    usable: () => checked,

    async load() {
      const isFirst = firstRead !== null
      const reading = firstRead ?? idb().then(readCurrent)
      firstRead = null
      const { raw, marker } = await reading
      const revision = Math.max(stamp(raw).revision, marker.revision)
      if (isFirst) firstRevision = revision
      if (raw === null || raw === undefined) return { kind: 'empty' }
      const result = await decode(raw, pause)
      if (result.ok) {
        // The caller's use of the data (the stores' hydration) in a task of its own.
        if (isLong(raw)) await pause()
        mark('storage:decoded')
        // The first save after a load then serialises only what changed.
        void writing().then((json) => json.warmJson(result.data, pause))
        const savedAt = (raw as { savedAt: string }).savedAt
        return {
          kind: 'ok',
          data: result.data,
          savedAt,
          migratedFrom: result.migratedFrom,
          rewrite: !result.trusted && canDigest(),
          revision,
          writer: stamp(raw).writer,
        }
      }
      return {
        kind: 'unreadable',
        raw,
        reason: result.reason,
        problems: result.problems,
        revision,
      }
    },

    save(data, baseRevision, options = {}) {
      mark('storage:save')
      firstRead = null
      try {
        assertValid(data)
      } catch (error) {
        return Promise.reject(error)
      }
      const stamped = (envelope: TextEnvelope) => ({
        ...envelope,
        revision: baseRevision + 1,
        writer,
      })
      // Use the open connection synchronously when there is one (a save during `pagehide`).
      const put = (db: IDBDatabase, envelope: TextEnvelope) =>
        conditionalPut(db, stamped(envelope), baseRevision, options.final === true).then(
          (result) => {
            if (result.kind === 'saved')
              announce({ revision: result.revision, schemaVersion: STORED_VERSION })
            return result
          },
        )
      if (database && options.final && checkPassed) {
        try {
          // No digest: it would take a task, and the page is going away. The next load
          // validates this copy in full.
          const text = written ? written.toJson(data) : JSON.stringify(data)
          return put(database, textEnvelope(text, new Date(), false))
        } catch (error) {
          return Promise.reject(error)
        }
      }
      // Validating, then serialising and writing, in tasks of their own; the digest is
      // computed off the main thread.
      return nextTask()
        .then(writing)
        .then((json) => (mark('storage:encode'), json.encode(data, new Date(), pause)))
        .then(async (envelope) => put(await writable(), envelope))
    },

    async quarantine(now = new Date()) {
      firstRead = null
      const raw: unknown = await get(APP_KEY)
      const key = `${QUARANTINE_PREFIX}${now.toISOString()}`
      if (raw !== null && raw !== undefined) {
        const db = await writable()
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(STORE_NAME, 'readwrite')
          tx.objectStore(STORE_NAME).put(raw, key)
          tx.oncomplete = () => resolve()
          tx.onabort = () => reject(tx.error ?? new Error('quarantine aborted'))
        })
      }
      return key
    },

    async backup(data, now, minIntervalMs, over) {
      return (await backups()).backup(data, now, minIntervalMs, over)
    },

    async listBackups() {
      return (await backups()).listBackups()
    },

    async latestBackup() {
      return (await (await backups()).listBackups())[0] ?? null
    },

    subscribe(listener) {
      if (typeof BroadcastChannel === 'undefined') return () => {}
      channel ??= new BroadcastChannel(CHANNEL_NAME)
      const own = channel
      const onMessage = (event: MessageEvent<unknown>) => {
        const notice = event.data
        if (
          isRecord(notice) &&
          Number.isSafeInteger(notice.revision) &&
          Number.isInteger(notice.schemaVersion)
        )
          listener({
            revision: notice.revision as number,
            schemaVersion: notice.schemaVersion as number,
          })
      }
      own.addEventListener('message', onMessage)
      let live = true
      // A tab that saved after the first read (the start script's, maybe ~100 ms before this)
      // told nobody: the newest marker, read once now, tells the listener as its notice would.
      if (firstRevision !== null) {
        const since = firstRevision
        firstRevision = null
        void idb()
          .then(newestMarker)
          .then((revision) => {
            if (live && revision > since) listener({ revision, schemaVersion: STORED_VERSION })
          })
          .catch(() => undefined)
      }
      return () => {
        live = false
        own.removeEventListener('message', onMessage)
      }
    },

    onDeleted(listener) {
      deleted.add(listener)
      return () => deleted.delete(listener)
    },

    journal: (data, baseRevision) => writeJournal(writer, baseRevision, data),
    journals: readJournals,
    clearJournal: (all = false) => (all ? clearJournals() : clearJournal(writer)),

    close() {
      channel?.close()
      channel = null
      disconnect()
    },
  }
}
