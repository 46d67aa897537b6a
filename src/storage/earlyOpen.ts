/**
 * The database opened before the entry script runs (issue #18). Opening IndexedDB takes a round
 * trip to the browser's storage backend, 15–40 ms at start-up while the browser also serves the
 * first view's files (more on a first visit, which creates the database); the entry then still
 * has ~100 ms of downloading and evaluating ahead of it. So the inline start script
 * (`scripts/startPreload.ts`) opens the database right away, on every start (the app always
 * reads it first), and leaves the pending connection on `window`; `./appStorage.ts` takes it for
 * its first connection instead of opening one itself.
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
}

/**
 * The inline script's statement that opens the database, as text (ES5, no modules: it runs in
 * `index.html`'s head before any module). Where opening throws (storage denied), the promise
 * holds null rather than a rejection that nobody handles yet.
 */
export function earlyOpenSource(name: string, store: string): string {
  return `var early = { name: ${JSON.stringify(name)}, closed: false, db: null }
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
        resolve(db)
      }
      req.onerror = function (e) { e.preventDefault(); resolve(null) }
    })
    window[${JSON.stringify(EARLY_DB)}] = early`
}

/**
 * The connection the inline script opened to database `name`, once: null when there is none (no
 * inline script: tests, development; another database) or it was already taken. Resolves to
 * null when the open failed or the connection closed meanwhile.
 */
export function takeEarlyConnection(name: string, store: string): Promise<IDBDatabase | null> {
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
      return db
    },
    () => null,
  )
}
