import { defineStore } from 'pinia'
import { computed, effectScope, ref, shallowRef, watch, type EffectScope } from 'vue'
import { deepEqual, mergeAppData, type MergeConflict } from '@/domain/merge'
import { emptyAppData, STORED_VERSION, validateAppData } from '@/domain/migrations'
import { sameAppData } from '@/domain/sameData'
import type { Point } from '@/domain/graphGeometry'
import type { AppData } from '@/domain/schema'
import { createAppStorage, type AppStorage, type Backup } from '@/storage/appStorage'
import { isPersisted, requestPersistence } from '@/storage/durability'
import { mark } from '@/storage/envelope'
import { keepLayout, readKeptLayout } from '@/storage/layoutCache'
import { writeStartHint } from '@/storage/startHint'
import { useProfileStore } from './profile'
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

/**
 * How `restoreFrom` ended: `unavailable` when the app cannot write now (memory only, a newer
 * version open, unreadable data waiting for a choice), `invalid` when the backup no longer
 * validates, `failed` when the current data could not be backed up first (nothing changed).
 */
export type RestoreOutcome = 'restored' | 'unavailable' | 'invalid' | 'failed'

export interface Recovery {
  reason: string
  problems: string[]
  raw: unknown
}

/**
 * Changes are written in the next task: a burst of changes in one task (a gesture, an undo) is
 * one write, and a discrete action (the questionnaire, a status) is stored at once rather than
 * after a debounce. Typing is debounced by the field itself (`useDraftField`).
 */
export const AUTOSAVE_DELAY_MS = 0
/** A write that has not finished by then is reported as not saved, given up on and retried. */
export const SAVE_TIMEOUT_MS = 2000
/** A rolling backup is taken on load and after a save, at most this often (across loads). */
export const BACKUP_INTERVAL_MS = 5 * 60_000
const MAX_RETRY_DELAY_MS = 10_000

export const usePersistenceStore = defineStore('persistence', () => {
  const roadmap = useRoadmapStore()
  const settings = useSettingsStore()
  const time = useTimeStore()
  const profile = useProfileStore()

  const status = ref<SaveStatus>('loading')
  const savedAt = ref<string | null>(null)
  const lastError = ref<string | null>(null)
  const recovery = shallowRef<Recovery | null>(null)
  /** When the newest backup that validates was taken, while the recovery banner shows. */
  const backupSavedAt = ref<string | null>(null)
  /** Whether the browser promised to keep the data; null when it cannot tell. */
  const persisted = ref<boolean | null>(null)
  /** Fields another tab changed too, merged while this tab had its own changes (shown once). */
  const conflicts = shallowRef<MergeConflict[]>([])
  const ready = computed(() => status.value !== 'loading')

  /**
   * The one boundary of the app's data: each store gives its part, and this is what is
   * watched, validated, saved, journaled and merged. A new persisted field goes into its
   * store's `snapshot`/`hydrate` and nowhere else.
   */
  const appData = computed<AppData>(() => ({
    ...roadmap.snapshot(),
    settings: settings.snapshot(),
    ...time.snapshot(),
    ...profile.snapshot(),
  }))

  let storage: AppStorage | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  let writing: Promise<void> | null = null
  let failures = 0
  /** The stored revision this tab's data is based on. */
  let revision = 0
  /**
   * The data known to be stored: a change that brings it back needs no write (null: write
   * anyway). Compared with `sameAppData` (identity of roadmaps and logs), never serialised:
   * with years of entries a JSON copy per change cost a frame or more.
   */
  let stored: AppData | null = null
  /** The data of `revision` as this tab knows it: the base of a merge with another tab's. */
  let base: AppData = emptyAppData()
  /** Whether this tab left a journal that a later save makes stale. */
  let journaled = false
  let persistRequested = false
  /** Text fields with typing not yet handed to their store (`useDraftField`). */
  const drafts = new Set<() => void>()
  let scope: EffectScope | null = null
  const cleanups: (() => void)[] = []

  const canWrite = () =>
    storage !== null &&
    status.value !== 'paused' &&
    status.value !== 'memory-only' &&
    status.value !== 'outdated'

  function hydrate(data: AppData) {
    roadmap.hydrate(data)
    settings.hydrate(data.settings)
    time.hydrate(data)
    profile.hydrate(data)
  }

  /** A text field's pending typing: handed to the store before any flush or journal. */
  function addDraft(commit: () => void): () => void {
    drafts.add(commit)
    return () => drafts.delete(commit)
  }
  const commitDrafts = () => drafts.forEach((commit) => commit())

  /**
   * Ticks for every backup written, so that a list of them on screen (Settings → Backups) is read
   * again: the one taken on opening may land after Settings has listed the others.
   */
  const backupsWritten = ref(0)
  /** A backup's write, counted in `backupsWritten` when it wrote one. */
  const counted = (write: Promise<boolean>): Promise<boolean> =>
    write.then((written) => {
      if (written) backupsWritten.value++
      return written
    })
  function backupIfDue(data: AppData) {
    // Best effort: a failed backup leaves the older ones, and the data itself is saved.
    if (storage) counted(storage.backup(data, new Date(), BACKUP_INTERVAL_MS)).catch(() => {})
  }

  async function askToPersist() {
    if (persistRequested || persisted.value || roadmap.roadmaps.length === 0) return
    persistRequested = true
    const granted = await requestPersistence()
    if (granted !== null) persisted.value = granted
  }

  /** Whether this tab holds changes that are not known to be stored. */
  function unsaved(): boolean {
    commitDrafts()
    return (
      dirty || writing !== null || failures > 0 || !stored || !sameAppData(appData.value, stored)
    )
  }

  /**
   * Takes over newer data another tab saved. This tab's own changes since its base are merged
   * in by record (`domain/merge.ts`) and written back; the same field changed in both is kept
   * as this tab has it and reported in `conflicts`. `catchingUp`: a read that fails leaves
   * things as they are (see `catchUp`).
   */
  async function reload(catchingUp = false) {
    if (!storage || !canWrite()) return
    const loaded = catchingUp ? await storage.load().catch(() => null) : await storage.load()
    if (!loaded) return
    if (loaded.kind === 'unreadable' && loaded.reason === 'future-version') {
      status.value = 'outdated'
      return
    }
    if (loaded.kind !== 'ok' || loaded.revision <= revision) return
    const local = appData.value
    let next = loaded.data
    if (!sameAppData(local, base)) {
      const merged = mergeAppData(base, local, loaded.data)
      if (validateAppData(merged.data).ok) {
        next = merged.data
        if (merged.conflicts.length) conflicts.value = [...conflicts.value, ...merged.conflicts]
      } else conflicts.value = [...conflicts.value, { path: [] }]
    }
    clearTimeout(timer)
    dirty = false
    hydrate(next)
    revision = loaded.revision
    base = loaded.data
    stored = loaded.data
    savedAt.value = loaded.savedAt
    if (!sameAppData(appData.value, stored)) schedule()
    else if (status.value !== 'unsaved' || failures === 0) status.value = 'saved'
  }

  /**
   * Catches up with what another tab saved, when nothing waits for the outcome (its notice, the
   * tab shown again). A read that fails (the database cleared under the tab closes the
   * connection mid-read) keeps this tab's data as it is: the next save's revision check still
   * finds the other tab's save, and the cleared database is written back.
   */
  function catchUp() {
    void reload(true)
  }

  function retryLater(error: string) {
    // Storage closed meanwhile (found unusable after the first load): nothing to retry.
    if (storage === null) return
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
    const data = appData.value
    if (stored && sameAppData(data, stored)) {
      if (failures === 0) status.value = 'saved'
      return
    }
    status.value = 'saving'
    let giveUp: ReturnType<typeof setTimeout> | undefined
    let gaveUp = false
    const timeout = new Promise<'timeout'>((resolve) => {
      giveUp = setTimeout(() => resolve('timeout'), SAVE_TIMEOUT_MS)
    })
    // A write given up on may still land later. That is safe: every write is conditional on
    // the revision it started from, so of two writes from the same revision only one lands,
    // and a retry that finds this tab's own write rebases on it (its data is newer).
    const saving = storage.save(data, revision, { final })
    // Storage that hung and came back is retried at once, not after the backoff.
    const retrySoon = () => {
      if (gaveUp && status.value === 'unsaved') schedule(0)
    }
    saving.then(retrySoon, retrySoon)
    const current: Promise<void> = Promise.race([saving, timeout])
      .then(async (result) => {
        if (result === 'timeout') {
          gaveUp = true
          return retryLater('timeout')
        }
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
        base = data
        savedAt.value = result.savedAt
        status.value = dirty ? 'saving' : 'saved'
        if (journaled && !dirty && sameAppData(appData.value, data)) {
          storage?.clearJournal()
          journaled = false
        }
        backupIfDue(data)
        void askToPersist()
      })
      .catch((error: unknown) =>
        retryLater(error instanceof Error ? error.name || error.message : String(error)),
      )
      .finally(() => {
        clearTimeout(giveUp)
        if (writing === current) writing = null
      })
    writing = current
    await current
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
   * Writes pending changes at once (page hidden or closing), even while a write runs: that one
   * may die with the page (still waiting for its task, or not committed), and the revision
   * check keeps the two from clashing.
   */
  function flush(): Promise<void> {
    commitDrafts()
    if (!canWrite() || (!dirty && !writing && stored && sameAppData(appData.value, stored)))
      return writing ?? Promise.resolve()
    clearTimeout(timer)
    return writeNow(true)
  }

  /**
   * Leaves what is not stored yet in the synchronous journal (`storage/journal.ts`): an
   * IndexedDB write started now may never commit. False when the journal could not be written.
   */
  function journal(): boolean {
    if (!storage || status.value === 'loading' || !canWrite() || !unsaved()) return true
    journaled = storage.journal(appData.value, revision)
    return journaled
  }

  /** Hidden or unloading: journal, then try to store it too. */
  function onHide() {
    journal()
    void flush()
  }

  /**
   * Hidden: save at once. Visible again: a tab that slept (and may have missed other tabs'
   * announcements) catches up with newer stored data before the user edits it.
   */
  function onVisibility() {
    if (document.visibilityState === 'hidden') onHide()
    else if (!dirty) catchUp()
  }

  /**
   * Leaving asks first when the changes would be lost: saving fails (the banner says so), the
   * journal could not be written, or the app works in memory only. A save merely pending is
   * not asked about: the journal keeps it, and the next page stores it.
   */
  function onBeforeUnload(event: BeforeUnloadEvent) {
    const kept = journal()
    const memoryOnly = status.value === 'memory-only' && roadmap.roadmaps.length > 0
    if (status.value === 'unsaved' || !kept || memoryOnly) {
      event.preventDefault()
      event.returnValue = ''
    }
  }

  /** Applies journals of tabs that left with changes not stored (see `storage/journal.ts`). */
  async function replayJournals(adapter: AppStorage, writer: string | null) {
    const usable = (await adapter.journals())
      // Based on what is stored, or on this tab's own write that landed after the journal.
      .filter((j) => j.base >= revision || (j.base + 1 === revision && j.writer === writer))
    let data = base
    for (const entry of usable) {
      const merged = mergeAppData(base, data, entry.data).data
      if (validateAppData(merged).ok) data = merged
    }
    adapter.clearJournal(true)
    if (deepEqual(data, base)) return
    hydrate(data)
    journaled = adapter.journal(appData.value, revision)
    schedule()
  }

  /** Opens storage, loads what is there and starts autosaving. Safe to await before mount. */
  async function start(adapter: AppStorage = createAppStorage()) {
    mark('storage:load')
    // Asked now, answered while storage opens: the first view does not wait for it.
    const persistence = isPersisted()
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
      if (loaded.kind === 'unreadable') {
        recovery.value = { reason: loaded.reason, problems: loaded.problems, raw: loaded.raw }
        revision = loaded.revision
        status.value = 'paused'
        const backup = await adapter.latestBackup().catch(() => null)
        backupSavedAt.value = backup?.savedAt ?? null
      } else {
        if (loaded.kind === 'ok') {
          hydrate(loaded.data)
          revision = loaded.revision
          savedAt.value = loaded.savedAt
        }
        mark('storage:hydrated')
        base = appData.value
        status.value = 'saved'
        // Data migrated from an older schema (or stored in an older form) is written back in
        // the current one.
        if (loaded.kind === 'ok' && (loaded.migratedFrom !== null || loaded.rewrite)) schedule()
        else stored = base
        await replayJournals(adapter, loaded.kind === 'ok' ? (loaded.writer ?? null) : null)
        if (loaded.kind === 'ok') backupIfDue(loaded.data)
      }
      // localforage's check that IndexedDB works, which the first view did not wait for: if it
      // fails, storage is closed (nothing was written) and the app runs in memory, as when the
      // open fails, and says so.
      void adapter.usable().then((ok) => {
        if (ok || storage !== adapter) return
        clearTimeout(timer)
        storage = null
        status.value = 'memory-only'
      })
      cleanups.push(
        adapter.subscribe((notice) => {
          if (notice.schemaVersion > STORED_VERSION) {
            if (status.value !== 'memory-only') status.value = 'outdated'
          } else if (notice.revision > revision) catchUp()
        }),
        // The database was deleted under the app: the next write recreates it with this data.
        adapter.onDeleted(() => {
          stored = null
          schedule()
        }),
      )
    }
    persisted.value = await persistence
    scope = effectScope(true)
    scope.run(() => {
      watch(appData, (data) => {
        // Data just taken over from another tab is already stored: no echo write.
        if (stored === null || !sameAppData(data, stored)) schedule()
      })
      // Where the next start's first view will likely be, so it downloads while storage is read.
      // Without storage nothing is kept for a next start, the hint neither.
      watch(
        [() => roadmap.active !== null, () => settings.effectiveLocale],
        ([hasRoadmap, locale]) => {
          if (status.value !== 'memory-only') writeStartHint({ roadmap: hasRoadmap, locale })
        },
        { immediate: true },
      )
    })
    if (typeof window !== 'undefined') {
      const on = <K extends string>(
        target: Document | Window,
        type: K,
        listener: (event: never) => void,
      ) => {
        target.addEventListener(type, listener as EventListener)
        cleanups.push(() => target.removeEventListener(type, listener as EventListener))
      }
      on(document, 'visibilitychange', onVisibility)
      on(window, 'pagehide', onHide)
      on(window, 'beforeunload', onBeforeUnload)
    }
  }

  /** Removes the watcher and every listener `start` added (tests, hot reload). */
  function stop() {
    clearTimeout(timer)
    scope?.stop()
    scope = null
    cleanups.splice(0).forEach((cleanup) => cleanup())
  }

  function dismissConflicts() {
    conflicts.value = []
  }

  /** Keeps the unreadable data under its own key, then lets the app save again. */
  async function startFresh() {
    if (!storage || !recovery.value) return
    await storage.quarantine()
    recovery.value = null
    backupSavedAt.value = null
    status.value = 'saved'
    stored = null
    base = emptyAppData()
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
    stored = appData.value
    base = stored
    savedAt.value = result.savedAt
    status.value = 'saved'
    return true
  }

  /** Every rolling backup that still validates, newest first (none without storage). */
  async function listBackups(): Promise<Backup[]> {
    return storage ? storage.listBackups() : []
  }

  /**
   * Keeps the current data as a rolling backup now, whatever the interval: an import that
   * replaces data calls it first, so Settings → Backups can bring the data back. Resolves
   * false when nothing could be written (no storage, not writing now, a failed write).
   */
  async function backupNow(): Promise<boolean> {
    if (!storage || !canWrite()) return false
    commitDrafts()
    return counted(storage.backup(appData.value, new Date(), 0)).catch(() => false)
  }

  /**
   * Replaces the data (settings and profile aside) with a chosen backup, at any time. The backup is validated
   * again; the current data is first kept as a backup of its own, whatever the interval (over
   * the one being restored once the slots are full: its data becomes the app's), so a restore
   * is undone the same way. Autosave then writes it like any change, revision check included.
   */
  async function restoreFrom(backup: Backup): Promise<RestoreOutcome> {
    const valid = validateAppData(backup.data)
    if (!valid.ok) return 'invalid'
    // Changes made while the backup is written are backed up too: a few tries at most.
    for (let tries = 3; tries--;) {
      if (!storage || status.value === 'loading' || recovery.value || !canWrite())
        return 'unavailable'
      commitDrafts()
      const current = appData.value
      try {
        await counted(storage.backup(current, new Date(), 0, backup.savedAt))
      } catch {
        return 'failed'
      }
      commitDrafts()
      if (sameAppData(appData.value, current)) {
        // Settings are preferences and the profile is who the user is, not what a backup
        // brings back (its preview lists roadmaps only): both stay as they are.
        hydrate({ ...valid.value, settings: settings.snapshot(), ...profile.snapshot() })
        return 'restored'
      }
    }
    return 'failed'
  }

  function retryNow() {
    failures = 0
    schedule(0)
  }

  /**
   * Nothing is kept for a next start without storage (like the start hint), nor in development,
   * where the layout's code changes under a running server.
   */
  const keeping = () => !import.meta.env.DEV && status.value !== 'memory-only'
  /** The automatic layout the last session kept for this input (`storage/layoutCache.ts`). */
  function keptLayout(input: string, cards: number): Point[] | null {
    return keeping() ? readKeptLayout(input, cards) : null
  }
  /** Keeps the automatic layout of this input for the next start. */
  function keepLayoutOf(input: string, centres: readonly Point[]) {
    if (keeping()) keepLayout(input, centres)
  }

  return {
    status,
    savedAt,
    lastError,
    recovery,
    backupSavedAt,
    persisted,
    conflicts,
    ready,
    appData,
    start,
    stop,
    flush,
    addDraft,
    dismissConflicts,
    hydrate,
    startFresh,
    restoreBackup,
    listBackups,
    backupsWritten,
    backupNow,
    restoreFrom,
    retryNow,
    keptLayout,
    keepLayout: keepLayoutOf,
  }
})
