// IndexedDB for unit tests; imported before anything loads localforage.
import 'fake-indexeddb/auto'
