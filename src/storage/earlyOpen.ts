/**
 * The database opened before the entry script runs (issue #18). Opening IndexedDB takes a round
 * trip to the browser's storage backend, 15–40 ms at start-up while the browser also serves the
 * first view's files (more on a first visit, which creates the database); the entry then still
 * has ~100 ms of downloading and evaluating ahead of it. So the inline start script
 * (`scripts/startPreload.ts`) opens the database right away, on every start (the app always
 * reads it first), and leaves the pending connection on `window`; `./appStorage.ts` takes it for
 * its first connection instead of opening one itself.
 *
 * As soon as the connection is there it also makes the app's first read (`readCurrent` in
 * `./appStorage.ts`: the stored copy and the highest revision marker, in one transaction), so
 * that the data is waiting when the entry asks for it rather than 20-40 ms later. The value's
 * request is kept, not its result: it is copied out of IndexedDB only when the app reads it.
 *
 * It opens as the app's own open does (`openRaw`): where the database does not exist it is
 * created with the app's store. The app checks the store is there before using the connection
 * (a database left without it is opened one version up, as before). A connection asked to close
 * for another tab's upgrade or deletion before the app took it closes, and the app opens its own.
 */
/** The global the inline script leaves the pending connection under. */
export const EARLY_DB = '__earlyDb'

export type EarlyConnection = {
  /** The database it opened. */
  name: string
  /** The connection, or null where the database could not be opened. */
  db: Promise<IDBDatabase | null>
  /** Set when the connection was closed (another tab's upgrade or deletion, or the browser). */
  closed: boolean
  /** The first read, made once the connection opened: null before, or where it failed. */
  read: Promise<EarlyRead | null> | null
}

/**
 * The first read, completed: the stored value's request (its result is copied out when read),
 * and the newest marker's key and value (tiny), or null where there is none.
 */
export type EarlyRead = { value: IDBRequest; marker: IDBValidKey | null; writer: unknown }

/** What the app takes: the connection and its first read (null where that read failed). */
export type EarlyTaken = { db: IDBDatabase; read: Promise<EarlyRead | null> }

/**
 * The inline script's statement that opens the database, as text (ES5, no modules: it runs in
 * `index.html`'s head before any module). Where opening throws (storage denied), the promise
 * holds null rather than a rejection that nobody handles yet.
 */
export function earlyOpenSource(name: string, store: string, key: string): string {
  return `var early = { name: ${JSON.stringify(name)}, closed: false, db: null, read: null }
    early.db = new Promise(function (resolve) {
      var req
      try {
        req = window.indexedDB.open(${JSON.stringify(name)})
      } catch (e) {
        return resolve(null)
      }
      req.onupgradeneeded = function () {
        if (!req.result.objectStoreNames.contains(${JSON.stringify(store)})) req.result.createObjectStore(${JSON.stringify(store)})
      }
      req.onsuccess = function () {
        var db = req.result
        db.onversionchange = function () { db.close(); early.closed = true }
        db.onclose = function () { early.closed = true }
        early.read = new Promise(function (done) {
          try {
            var tx = db.transaction(${JSON.stringify(store)}, 'readonly')
            var objects = tx.objectStore(${JSON.stringify(store)})
            var value = objects.get(${JSON.stringify(key)})
            var cursor = objects.openCursor(IDBKeyRange.upperBound(Number.MAX_SAFE_INTEGER), 'prev')
            tx.oncomplete = function () {
              var c = cursor.result
              done({ value: value, marker: c ? c.key : null, writer: c ? c.value : null })
            }
            tx.onabort = function () { done(null) }
          } catch (e) {
            done(null)
          }
        })
        resolve(db)
      }
      req.onerror = function (e) { e.preventDefault(); resolve(null) }
    })
    window[${JSON.stringify(EARLY_DB)}] = early`
}

/**
 * The connection the inline script opened to database `name`, with its first read, once: null
 * when there is none (no inline script: tests, development; another database) or it was already
 * taken. Resolves to null when the open failed or the connection closed meanwhile.
 */
export function takeEarlyConnection(name: string, store: string): Promise<EarlyTaken | null> {
  const holder = globalThis as Record<string, unknown>
  const early = holder[EARLY_DB] as EarlyConnection | undefined
  if (!early || early.name !== name) return Promise.resolve(null)
  delete holder[EARLY_DB]
  return early.db.then(
    (db) => {
      if (!db) return null
      if (early.closed || !db.objectStoreNames.contains(store)) {
        db.close()
        return null
      }
      return { db, read: early.read ?? Promise.resolve(null) }
    },
    () => null,
  )
}
