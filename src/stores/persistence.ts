import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { SCHEMA_VERSION } from '@/domain/migrations'
import { sameAppData } from '@/domain/sameData'
import type { AppData } from '@/domain/schema'
import { createAppStorage, type AppStorage } from '@/storage/appStorage'
import { isPersisted, requestPersistence } from '@/storage/durability'
import { useRoadmapStore } from './roadmap'
import { useSettingsStore } from './settings'
import { useTimeStore } from './time'

export type SaveStatus =
  /** Nothing loaded yet. */
  | 'loading'
  | 'saved'
  /** Changes are waiting for the debounce or being written. */
  | 'saving'
  /** The last write failed or hangs; a retry is scheduled. */
  | 'unsaved'
  /** No IndexedDB: the app works in memory only. */
  | 'memory-only'
  /** Stored data is unreadable: nothing is written until the user decides. */
  | 'paused'
  /** A newer version of the app is open in another tab: this one stops writing. */
  | 'outdated'

export interface Recovery {
  reason: string
  problems: string[]
  raw: unknown
}

export const AUTOSAVE_DELAY_MS = 300
/** A write that has not finished by then is reported as not saved, given up on and retried. */
export const SAVE_TIMEOUT_MS = 2000
/** A rolling backup is written on load of good data and after a save at most this often. */
export const BACKUP_INTERVAL_MS = 5 * 60_000
const MAX_RETRY_DELAY_MS = 30_000

export const usePersistenceStore = defineStore('persistence', () => {
  const roadmap = useRoadmapStore()
  const settings = useSettingsStore()
  const time = useTimeStore()

  const status = ref<SaveStatus>('loading')
  const savedAt = ref<string | null>(null)
  const lastError = ref<string | null>(null)
  const recovery = shallowRef<Recovery | null>(null)
  /** When the newest backup that validates was taken, while the recovery banner shows. */
  const backupSavedAt = ref<string | null>(null)
  /** Whether the browser promised to keep the data; null when it cannot tell. */
  const persisted = ref<boolean | null>(null)
  const ready = computed(() => status.value !== 'loading')

  let storage: AppStorage | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  let writing: Promise<void> | null = null
  let failures = 0
  /** The stored revision this tab's data is based on. */
  let revision = 0
  /**
   * The data known to be stored: a change that brings it back needs no write. Compared with
   * `sameAppData` (identity of roadmaps and logs), never serialised: with years of entries a
   * JSON copy per change cost a frame or more.
   */
  let stored: AppData | null = null
  let lastBackupAt = -Infinity
  let persistRequested = false

  const snapshot = (): AppData => {
    const roadmaps = roadmap.snapshot()
    const ids = new Set(roadmaps.roadmaps.map((r) => r.id))
    return { ...roadmaps, settings: settings.snapshot(), ...time.snapshot(ids) }
  }

  const canWrite = () =>
    storage !== null &&
    status.value !== 'paused' &&
    status.value !== 'memory-only' &&
    status.value !== 'outdated'

  function hydrate(data: AppData) {
    roadmap.hydrate(data)
    settings.hydrate(data.settings)
    time.hydrate(data)
  }

  function backupIfDue(data: AppData) {
    if (!storage || Date.now() - lastBackupAt < BACKUP_INTERVAL_MS) return
    lastBackupAt = Date.now()
    // Best effort: a failed backup leaves the older ones, and the data itself is saved.
    storage.backup(data).catch(() => {})
  }

  async function askToPersist() {
    if (persistRequested || persisted.value || roadmap.roadmaps.length === 0) return
    persistRequested = true
    const granted = await requestPersistence()
    if (granted !== null) persisted.value = granted
  }

  /** Takes over newer data another tab saved; local changes not yet saved give way to it. */
  async function reload() {
    if (!storage || !canWrite()) return
    const loaded = await storage.load()
    if (loaded.kind === 'unreadable' && loaded.reason === 'future-version') {
      status.value = 'outdated'
      return
    }
    if (loaded.kind !== 'ok' || loaded.revision <= revision) return
    clearTimeout(timer)
    dirty = false
    hydrate(loaded.data)
    revision = loaded.revision
    stored = snapshot()
    savedAt.value = loaded.savedAt
    if (status.value !== 'unsaved' || failures === 0) status.value = 'saved'
  }

  function retryLater(error: string) {
    failures++
    dirty = true
    status.value = 'unsaved'
    lastError.value = error
    schedule(Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (failures - 1)))
  }

  async function writeNow(final = false): Promise<void> {
    if (!storage || !canWrite()) return
    if (writing && !final) {
      // One write at a time: the running one finishes (or times out), then this state is written.
      dirty = true
      await writing
      if (dirty) return writeNow()
      return
    }
    dirty = false
    const data = snapshot()
    if (stored && sameAppData(data, stored)) {
      if (failures === 0) status.value = 'saved'
      return
    }
    status.value = 'saving'
    let giveUp: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<'timeout'>((resolve) => {
      giveUp = setTimeout(() => resolve('timeout'), SAVE_TIMEOUT_MS)
    })
    // A write given up on may still land later. That is safe: every write is conditional on
    // the revision it started from, so of two writes from the same revision only one lands,
    // and a retry that finds this tab's own write rebases on it (its data is newer).
    writing = Promise.race([storage.save(data, revision, { final }), timeout])
      .then(async (result) => {
        if (result === 'timeout') return retryLater('timeout')
        if (result.kind === 'outdated') {
          status.value = 'outdated'
          return
        }
        if (result.kind === 'conflict') {
          if (result.ownWrite) {
            revision = result.revision
            dirty = true
          } else {
            await reload()
          }
          return
        }
        failures = 0
        lastError.value = null
        revision = result.revision
        stored = data
        savedAt.value = result.savedAt
        status.value = dirty ? 'saving' : 'saved'
        backupIfDue(data)
        void askToPersist()
      })
      .catch((error: unknown) =>
        retryLater(error instanceof Error ? error.name || error.message : String(error)),
      )
      .finally(() => {
        clearTimeout(giveUp)
        writing = null
      })
    await writing
    if (dirty && failures === 0) return writeNow()
  }

  function schedule(delay = AUTOSAVE_DELAY_MS) {
    if (!canWrite()) return
    clearTimeout(timer)
    if (status.value !== 'unsaved') status.value = 'saving'
    dirty = true
    timer = setTimeout(() => void writeNow(), delay)
  }

  /**
   * Writes pending changes at once (page hidden or closing). Without waiting for a running
   * write: the page may not run again, and the revision check keeps the two from clashing.
   */
  function flush(): Promise<void> {
    if (!dirty) return writing ?? Promise.resolve()
    clearTimeout(timer)
    return writeNow(true)
  }

  /**
   * Hidden: save at once. Visible again: a tab that slept (and may have missed other tabs'
   * announcements) catches up with newer stored data before the user edits it.
   */
  function onVisibility() {
    if (document.visibilityState === 'hidden') void flush()
    else if (!dirty) void reload()
  }

  /** Opens storage, loads what is there and starts autosaving. Safe to await before mount. */
  async function start(adapter: AppStorage = createAppStorage()) {
    storage = adapter
    if (!(await adapter.open())) {
      storage = null
      status.value = 'memory-only'
    } else {
      const loaded = await adapter.load().catch((error: unknown) => ({
        kind: 'unreadable' as const,
        raw: null,
        reason: 'invalid',
        problems: [String(error)],
        revision: 0,
      }))
      if (loaded.kind === 'ok') {
        hydrate(loaded.data)
        revision = loaded.revision
        savedAt.value = loaded.savedAt
        status.value = 'saved'
        // Data migrated from an older schema is written back in the current one.
        if (loaded.migratedFrom !== null) schedule()
        else stored = snapshot()
        backupIfDue(loaded.data)
      } else if (loaded.kind === 'unreadable') {
        recovery.value = { reason: loaded.reason, problems: loaded.problems, raw: loaded.raw }
        revision = loaded.revision
        status.value = 'paused'
        const backup = await adapter.latestBackup().catch(() => null)
        backupSavedAt.value = backup?.savedAt ?? null
      } else {
        status.value = 'saved'
      }
      adapter.subscribe((notice) => {
        if (notice.schemaVersion > SCHEMA_VERSION) {
          if (status.value !== 'memory-only') status.value = 'outdated'
        } else if (notice.revision > revision) void reload()
      })
    }
    persisted.value = await isPersisted()
    watch(
      () => [
        roadmap.roadmaps,
        roadmap.activeRoadmapId,
        settings.locale,
        settings.lastExportAt,
        settings.theme,
        time.timeLogs,
        time.timer,
      ],
      () => {
        // Data just taken over from another tab is already stored: no echo write.
        if (stored === null || !sameAppData(snapshot(), stored)) schedule()
      },
    )
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', onVisibility)
      window.addEventListener('pagehide', () => void flush())
    }
  }

  /** Keeps the unreadable data under its own key, then lets the app save again. */
  async function startFresh() {
    if (!storage || !recovery.value) return
    await storage.quarantine()
    recovery.value = null
    backupSavedAt.value = null
    status.value = 'saved'
    stored = null
    schedule()
  }

  /**
   * Keeps the unreadable data aside, then writes the newest backup that validates (it is
   * validated again before the write). Resolves false when there is no usable backup.
   */
  async function restoreBackup(): Promise<boolean> {
    if (!storage || !recovery.value) return false
    const backup = await storage.latestBackup()
    if (!backup) {
      backupSavedAt.value = null
      return false
    }
    await storage.quarantine()
    const result = await storage.save(backup.data, revision)
    recovery.value = null
    backupSavedAt.value = null
    if (result.kind === 'outdated') {
      status.value = 'outdated'
      return false
    }
    if (result.kind === 'conflict') {
      // Another tab saved meanwhile: its data is newer than any backup.
      status.value = 'saved'
      await reload()
      return false
    }
    hydrate(backup.data)
    revision = result.revision
    stored = snapshot()
    savedAt.value = result.savedAt
    status.value = 'saved'
    return true
  }

  function retryNow() {
    failures = 0
    schedule(0)
  }

  return {
    status,
    savedAt,
    lastError,
    recovery,
    backupSavedAt,
    persisted,
    ready,
    start,
    flush,
    startFresh,
    restoreBackup,
    retryNow,
    /** Everything as it is saved (logs of deleted roadmaps left out). */
    snapshot,
  }
})
