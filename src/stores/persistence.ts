import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { AppData } from '@/domain/schema'
import { createAppStorage, type AppStorage } from '@/storage/appStorage'
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

export interface Recovery {
  reason: string
  problems: string[]
  raw: unknown
}

export const AUTOSAVE_DELAY_MS = 300
/** A write that has not finished by then is reported as not saved. */
export const SAVE_TIMEOUT_MS = 2000
const MAX_RETRY_DELAY_MS = 30_000

export const usePersistenceStore = defineStore('persistence', () => {
  const roadmap = useRoadmapStore()
  const settings = useSettingsStore()
  const time = useTimeStore()

  const status = ref<SaveStatus>('loading')
  const savedAt = ref<string | null>(null)
  const lastError = ref<string | null>(null)
  const recovery = shallowRef<Recovery | null>(null)
  const ready = computed(() => status.value !== 'loading')

  let storage: AppStorage | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  let writing: Promise<void> | null = null
  let failures = 0

  const snapshot = (): AppData => {
    const roadmaps = roadmap.snapshot()
    const ids = new Set(roadmaps.roadmaps.map((r) => r.id))
    return { ...roadmaps, settings: settings.snapshot(), ...time.snapshot(ids) }
  }

  async function writeNow(): Promise<void> {
    if (!storage || status.value === 'paused' || status.value === 'memory-only') return
    if (writing) {
      // One write at a time: the running one finishes, then this state is written.
      dirty = true
      await writing
      if (dirty) return writeNow()
      return
    }
    dirty = false
    const data = snapshot()
    status.value = 'saving'
    const slow = setTimeout(() => {
      status.value = 'unsaved'
      lastError.value = 'timeout'
    }, SAVE_TIMEOUT_MS)
    writing = storage
      .save(data)
      .then(() => {
        failures = 0
        lastError.value = null
        savedAt.value = new Date().toISOString()
        status.value = dirty ? 'saving' : 'saved'
      })
      .catch((error: unknown) => {
        failures++
        dirty = true
        status.value = 'unsaved'
        lastError.value = error instanceof Error ? error.name || error.message : String(error)
        schedule(Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** (failures - 1)))
      })
      .finally(() => {
        clearTimeout(slow)
        writing = null
      })
    await writing
    if (dirty && failures === 0) return writeNow()
  }

  function schedule(delay = AUTOSAVE_DELAY_MS) {
    if (!storage || status.value === 'paused' || status.value === 'memory-only') return
    clearTimeout(timer)
    if (status.value !== 'unsaved') status.value = 'saving'
    dirty = true
    timer = setTimeout(() => void writeNow(), delay)
  }

  /** Writes pending changes at once (page hidden or closing). */
  function flush(): Promise<void> {
    if (!dirty) return writing ?? Promise.resolve()
    clearTimeout(timer)
    return writeNow()
  }

  function onHidden() {
    if (document.visibilityState === 'hidden') void flush()
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
      }))
      if (loaded.kind === 'ok') {
        roadmap.hydrate(loaded.data)
        settings.hydrate(loaded.data.settings)
        time.hydrate(loaded.data)
        savedAt.value = loaded.savedAt
        status.value = 'saved'
        // Data migrated from an older schema is written back in the current one.
        if (loaded.migratedFrom !== null) schedule()
      } else if (loaded.kind === 'unreadable') {
        recovery.value = { reason: loaded.reason, problems: loaded.problems, raw: loaded.raw }
        status.value = 'paused'
      } else {
        status.value = 'saved'
      }
    }
    watch(
      () => [roadmap.roadmaps, roadmap.activeRoadmapId, settings.locale, time.timeLogs, time.timer],
      () => schedule(),
    )
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', onHidden)
      window.addEventListener('pagehide', () => void flush())
    }
  }

  /** Keeps the unreadable data under its own key, then lets the app save again. */
  async function startFresh() {
    if (!storage || !recovery.value) return
    await storage.quarantine()
    recovery.value = null
    status.value = 'saved'
    schedule()
  }

  function retryNow() {
    failures = 0
    schedule(0)
  }

  return { status, savedAt, lastError, recovery, ready, start, flush, startFresh, retryNow }
})
