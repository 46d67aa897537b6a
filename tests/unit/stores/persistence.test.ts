import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAppData, emptyProfile, SCHEMA_VERSION, STORED_VERSION } from '@/domain/migrations'
import type { AppData } from '@/domain/schema'
import type { Backup } from '@/storage/appStorage'
import { readStartHint } from '@/storage/startHint'
import {
  AUTOSAVE_DELAY_MS,
  BACKUP_INTERVAL_MS,
  SAVE_TIMEOUT_MS,
  usePersistenceStore,
} from '@/stores/persistence'
import { useProfileStore } from '@/stores/profile'
import { useRoadmapStore } from '@/stores/roadmap'
import { useSettingsStore } from '@/stores/settings'
import { fakeStorage, loadedWith } from '../fakeStorage'
import { chain } from '../helpers'

const stored = (): AppData => ({ ...emptyAppData(), roadmaps: [chain()], activeRoadmapId: 'r1' })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  localStorage.clear()
})

describe('persistence store', () => {
  it('loads saved data into the stores', async () => {
    const { storage } = fakeStorage(loadedWith({ ...stored(), settings: { locale: 'ko' } }))
    const p = usePersistenceStore()
    await p.start(storage)
    expect(p.status).toBe('saved')
    expect(useRoadmapStore().active?.id).toBe('r1')
    expect(useSettingsStore().locale).toBe('ko')
    expect(storage.save).not.toHaveBeenCalled()
  })

  it('writes the changes of one task once, in the next task (no debounce)', async () => {
    const { storage, saved } = fakeStorage(loadedWith(stored()))
    const p = usePersistenceStore()
    await p.start(storage)
    const roadmap = useRoadmapStore()
    roadmap.setStatus(['a'], 'done')
    roadmap.setStatus(['b'], 'in-progress')
    await nextTick()
    expect(p.status).toBe('saving')
    expect(storage.save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 1)
    expect(storage.save).toHaveBeenCalledTimes(1)
    expect(saved[0]?.roadmaps[0]?.milestones.map((m) => m.status)).toEqual([
      'done',
      'in-progress',
      'todo',
      'todo',
    ])
    expect(p.status).toBe('saved')
  })

  it('catches up with newer stored data when the tab becomes visible again', async () => {
    const { storage } = fakeStorage(loadedWith(stored(), 3))
    const p = usePersistenceStore()
    await p.start(storage)
    const newer = stored()
    newer.roadmaps[0] = { ...newer.roadmaps[0]!, name: 'Saved by a tab while this one slept' }
    storage.load.mockResolvedValue(loadedWith(newer, 9))
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(0)
    expect(useRoadmapStore().active?.name).toBe('Saved by a tab while this one slept')
    expect(storage.save).not.toHaveBeenCalled()
  })

  it('saves the chosen theme and loads it back', async () => {
    const { storage, saved } = fakeStorage(
      loadedWith({ ...stored(), settings: { locale: null, theme: 'dark' } }),
    )
    const p = usePersistenceStore()
    await p.start(storage)
    const settings = useSettingsStore()
    expect(settings.theme).toBe('dark')
    settings.setTheme('light')
    await nextTick()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(saved.at(-1)?.settings).toEqual({ locale: null, theme: 'light' })
    settings.setTheme('system')
    await nextTick()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(saved.at(-1)?.settings).toEqual({ locale: null })
  })

  it('flushes at once when the page is hidden', async () => {
    const { storage } = fakeStorage(loadedWith(stored()))
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().setStatus(['a'], 'done')
    await nextTick()
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(0)
    expect(storage.save).toHaveBeenCalledTimes(1)
    await p.flush()
    expect(storage.save).toHaveBeenCalledTimes(1) // nothing left to write
  })

  it('never overwrites unreadable data; starting fresh keeps it aside first', async () => {
    const { storage } = fakeStorage({
      kind: 'unreadable',
      raw: { junk: true },
      reason: 'invalid',
      problems: ['bad'],
      revision: 0,
    })
    const p = usePersistenceStore()
    await p.start(storage)
    expect(p.status).toBe('paused')
    expect(p.recovery?.raw).toEqual({ junk: true })
    useSettingsStore().setLocale('en')
    await vi.advanceTimersByTimeAsync(5000)
    expect(storage.save).not.toHaveBeenCalled()
    await p.startFresh()
    expect(storage.quarantine).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(storage.save).toHaveBeenCalledTimes(1)
    expect(storage.quarantine.mock.invocationCallOrder[0]!).toBeLessThan(
      storage.save.mock.invocationCallOrder[0]!,
    )
  })

  it('works in memory when storage cannot open', async () => {
    const { storage } = fakeStorage({ kind: 'empty' }, false)
    const p = usePersistenceStore()
    await p.start(storage)
    expect(p.status).toBe('memory-only')
    useSettingsStore().setLocale('ko')
    await vi.advanceTimersByTimeAsync(5000)
    expect(storage.save).not.toHaveBeenCalled()
    // Nothing is kept for a next start, the start hint neither.
    expect(readStartHint()).toBeNull()
  })

  it('works in memory when storage turns out unusable after the first load, losing nothing shown', async () => {
    const { storage } = fakeStorage(loadedWith(stored()))
    let answer: (ok: boolean) => void = () => {}
    storage.usable.mockImplementation(() => new Promise<boolean>((r) => (answer = r)))
    // The write that was under way when the check failed is refused (as storage refuses it).
    storage.save.mockRejectedValue(new Error('storage is not usable'))
    const p = usePersistenceStore()
    await p.start(storage)
    expect(p.status).toBe('saved')
    expect(useRoadmapStore().active?.id).toBe('r1')
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 1)
    answer(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(p.status).toBe('memory-only')
    // No retries, and the edit is still shown.
    const calls = storage.save.mock.calls.length
    await vi.advanceTimersByTimeAsync(30_000)
    expect(storage.save).toHaveBeenCalledTimes(calls)
    expect(p.status).toBe('memory-only')
    expect(useRoadmapStore().active?.milestones.find((m) => m.id === 'a')?.status).toBe('done')
  })

  it('keeps the start hint current: a roadmap or not, and the language shown', async () => {
    const { storage } = fakeStorage(loadedWith({ ...stored(), settings: { locale: 'ko' } }))
    await usePersistenceStore().start(storage)
    expect(readStartHint()).toEqual({ roadmap: true, locale: 'ko' })
    useSettingsStore().setLocale('en')
    await nextTick()
    expect(readStartHint()).toEqual({ roadmap: true, locale: 'en' })
  })

  it('reports a failed write as not saved, keeps the edit and retries until it lands', async () => {
    const { storage, saved } = fakeStorage(loadedWith(stored()))
    storage.save.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'))
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(p.status).toBe('unsaved')
    expect(p.lastError).toBe('QuotaExceededError')
    expect(useRoadmapStore().active?.milestones[0]?.status).toBe('done')
    await vi.advanceTimersByTimeAsync(1100)
    expect(p.status).toBe('saved')
    expect(saved.at(-1)?.roadmaps[0]?.milestones[0]?.status).toBe('done')
  })

  const loadedOk = (data = stored(), revision = 0) => loadedWith(data, revision)

  it('reports a write that never finishes as not saved within 2 s, retries it from the same revision, and later saves go on', async () => {
    const { storage, saved } = fakeStorage(loadedOk())
    storage.save.mockImplementationOnce(() => new Promise(() => {}))
    const p = usePersistenceStore()
    await p.start(storage)
    const roadmap = useRoadmapStore()
    roadmap.setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + SAVE_TIMEOUT_MS + 10)
    expect(p.status).toBe('unsaved')
    expect(p.lastError).toBe('timeout')
    await vi.advanceTimersByTimeAsync(1100) // first retry after 1 s
    expect(p.status).toBe('saved')
    expect(storage.save).toHaveBeenCalledTimes(2)
    // Same base revision as the hung write: of the two, only one can ever land.
    expect(storage.save.mock.calls[1]?.[1]).toBe(0)
    roadmap.setStatus(['b'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(storage.save).toHaveBeenCalledTimes(3)
    expect(storage.save.mock.calls[2]?.[1]).toBe(1)
    expect(
      saved
        .at(-1)
        ?.roadmaps[0]?.milestones.map((m) => m.status)
        .slice(0, 2),
    ).toEqual(['done', 'done'])
    expect(p.status).toBe('saved')
  })

  it('rebases on its own write that landed late and writes the newer data', async () => {
    const { storage, saved } = fakeStorage(loadedOk())
    storage.save.mockResolvedValueOnce({ kind: 'conflict', revision: 1, ownWrite: true })
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(storage.save).toHaveBeenCalledTimes(2)
    expect(storage.save.mock.calls[1]?.[1]).toBe(1)
    expect(saved.at(-1)?.roadmaps[0]?.milestones[0]?.status).toBe('done')
    expect(p.status).toBe('saved')
  })

  it('on a conflict with another tab, merges its newer data with this tab’s edit by record', async () => {
    const { storage, saved } = fakeStorage(loadedOk())
    const p = usePersistenceStore()
    await p.start(storage)
    const newer = stored()
    newer.roadmaps[0]!.name = 'Saved in the other tab'
    newer.roadmaps[0]!.milestones[1]!.status = 'in-progress'
    storage.load.mockResolvedValue(loadedOk(newer, 4))
    storage.save.mockResolvedValueOnce({ kind: 'conflict', revision: 4, ownWrite: false })
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    const active = useRoadmapStore().active
    expect(active?.name).toBe('Saved in the other tab')
    expect(active?.milestones.map((m) => m.status).slice(0, 2)).toEqual(['done', 'in-progress'])
    await vi.advanceTimersByTimeAsync(5000)
    // Written again on top of the other tab's revision, with both edits.
    expect(storage.save).toHaveBeenCalledTimes(2)
    expect(storage.save.mock.calls[1]?.[1]).toBe(4)
    expect(
      saved
        .at(-1)
        ?.roadmaps[0]?.milestones.map((m) => m.status)
        .slice(0, 2),
    ).toEqual(['done', 'in-progress'])
    expect(p.conflicts).toEqual([])
    expect(p.status).toBe('saved')
  })

  it('reports the same field changed in both tabs, keeping what this tab shows', async () => {
    const { storage } = fakeStorage(loadedOk())
    const p = usePersistenceStore()
    await p.start(storage)
    const newer = stored()
    newer.roadmaps[0]!.milestones[0]!.status = 'skipped'
    storage.load.mockResolvedValue(loadedOk(newer, 4))
    storage.save.mockResolvedValueOnce({ kind: 'conflict', revision: 4, ownWrite: false })
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(useRoadmapStore().active?.milestones[0]?.status).toBe('done')
    expect(p.conflicts.map((c) => c.path)).toEqual([
      ['roadmaps', 'r1', 'milestones', 'a', 'status'],
    ])
  })

  it('reloads what another tab announces, without writing it back', async () => {
    const { storage, notify } = fakeStorage(loadedOk())
    const p = usePersistenceStore()
    await p.start(storage)
    const newer = stored()
    newer.roadmaps[0]!.name = 'Edited in the other tab'
    storage.load.mockResolvedValue(loadedOk(newer, 2))
    notify({ revision: 2, schemaVersion: SCHEMA_VERSION })
    await vi.advanceTimersByTimeAsync(0)
    expect(useRoadmapStore().active?.name).toBe('Edited in the other tab')
    await vi.advanceTimersByTimeAsync(5000)
    expect(storage.save).not.toHaveBeenCalled()
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(storage.save.mock.calls[0]?.[1]).toBe(2)
    expect(p.status).toBe('saved')
  })

  it('keeps its data and saves on when reading what another tab announced fails', async () => {
    // "Clear site data" in another tab closes the connection under a read: no unhandled error.
    const { storage, notify } = fakeStorage(loadedOk())
    const p = usePersistenceStore()
    await p.start(storage)
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      storage.load.mockRejectedValueOnce(new Error('IndexedDB read failed'))
      notify({ revision: 2, schemaVersion: SCHEMA_VERSION })
      await vi.advanceTimersByTimeAsync(0)
      // Node reports an unhandled rejection once the microtasks have run.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => process.nextTick(resolve))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(storage.save).toHaveBeenCalledTimes(1)
    expect(p.status).toBe('saved')
  })

  it('stops writing when a newer version of the app is open in another tab', async () => {
    const { storage, notify } = fakeStorage(loadedOk())
    const p = usePersistenceStore()
    await p.start(storage)
    notify({ revision: 3, schemaVersion: STORED_VERSION + 1 })
    expect(p.status).toBe('outdated')
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(5000)
    expect(storage.save).not.toHaveBeenCalled()
  })

  it('stops writing when the stored data turns out to be from a newer version', async () => {
    const { storage } = fakeStorage(loadedOk())
    storage.save.mockResolvedValueOnce({ kind: 'outdated' })
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(p.status).toBe('outdated')
    useRoadmapStore().setStatus(['b'], 'done')
    await vi.advanceTimersByTimeAsync(5000)
    expect(storage.save).toHaveBeenCalledTimes(1)
  })

  it('offers a backup on load and after saves, which storage takes at most every few minutes', async () => {
    const { storage } = fakeStorage(loadedOk())
    const p = usePersistenceStore()
    await p.start(storage)
    expect(storage.backup).toHaveBeenCalledTimes(1)
    expect(storage.backup.mock.calls[0]?.[2]).toBe(BACKUP_INTERVAL_MS)
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(storage.backup).toHaveBeenCalledTimes(2)
    expect(storage.backup.mock.calls[1]?.[2]).toBe(BACKUP_INTERVAL_MS)
    expect(p.status).toBe('saved')
  })

  it('counts the backups written, so that a list on screen is read again', async () => {
    const { storage } = fakeStorage(loadedOk())
    let written!: (ok: boolean) => void
    storage.backup.mockImplementationOnce(() => new Promise((resolve) => (written = resolve)))
    const p = usePersistenceStore()
    await p.start(storage)
    // The backup taken on opening is still being written.
    expect(p.backupsWritten).toBe(0)
    written(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(p.backupsWritten).toBe(1)
    // Nothing written (not due, or a failed write): nothing to read again.
    storage.backup.mockResolvedValueOnce(false)
    expect(await p.backupNow()).toBe(false)
    storage.backup.mockRejectedValueOnce(new Error('disk full'))
    expect(await p.backupNow()).toBe(false)
    expect(p.backupsWritten).toBe(1)
    expect(await p.backupNow()).toBe(true)
    expect(p.backupsWritten).toBe(2)
  })

  it('restores the latest good backup after keeping the unreadable data aside', async () => {
    const { storage } = fakeStorage({
      kind: 'unreadable',
      raw: { junk: true },
      reason: 'invalid',
      problems: ['bad'],
      revision: 7,
    })
    const backup = stored()
    backup.roadmaps[0]!.name = 'From the backup'
    storage.latestBackup.mockResolvedValue({ data: backup, savedAt: '2026-01-01T00:00:00.000Z' })
    const p = usePersistenceStore()
    await p.start(storage)
    expect(p.backupSavedAt).toBe('2026-01-01T00:00:00.000Z')
    expect(await p.restoreBackup()).toBe(true)
    expect(storage.quarantine.mock.invocationCallOrder[0]!).toBeLessThan(
      storage.save.mock.invocationCallOrder[0]!,
    )
    expect(storage.save.mock.calls[0]?.[1]).toBe(7)
    expect(p.recovery).toBeNull()
    expect(p.status).toBe('saved')
    expect(useRoadmapStore().active?.name).toBe('From the backup')
  })

  it('offers no restore when no backup validates', async () => {
    const { storage } = fakeStorage({
      kind: 'unreadable',
      raw: 1,
      reason: 'invalid',
      problems: [],
      revision: 0,
    })
    const p = usePersistenceStore()
    await p.start(storage)
    expect(p.backupSavedAt).toBeNull()
    expect(await p.restoreBackup()).toBe(false)
    expect(storage.save).not.toHaveBeenCalled()
    expect(storage.quarantine).not.toHaveBeenCalled()
    expect(p.status).toBe('paused')
  })
})

describe('restoring a chosen backup (Settings)', () => {
  const loaded = (revision = 4) => loadedWith(stored(), revision, '2026-03-01T00:00:00.000Z')
  const older = (): Backup => {
    const data = stored()
    data.roadmaps = [{ ...data.roadmaps[0]!, name: 'Deleted since' }]
    return { data, savedAt: '2026-02-01T00:00:00.000Z' }
  }

  it('keeps the current data as a backup first, then replaces it (settings and profile aside) and autosaves it', async () => {
    const { storage, saved } = fakeStorage(loaded())
    const p = usePersistenceStore()
    await p.start(storage)
    storage.backup.mockClear()
    useSettingsStore().setLocale('ko')
    const me = { ...emptyProfile(), name: '김민지' }
    useProfileStore().save(me)
    expect(await p.restoreFrom(older())).toBe('restored')
    expect(useSettingsStore().locale).toBe('ko')
    // The backup's (empty) profile does not replace who the user is.
    expect(useProfileStore().profile).toEqual(me)
    expect(storage.backup).toHaveBeenCalledTimes(1)
    const [kept, , interval, over] = storage.backup.mock.calls[0] as unknown[]
    expect((kept as AppData).roadmaps[0]?.name).toBe('Test roadmap')
    expect(interval).toBe(0)
    expect(over).toBe('2026-02-01T00:00:00.000Z')
    expect(useRoadmapStore().active?.name).toBe('Deleted since')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(storage.save.mock.calls[0]?.[1]).toBe(4)
    expect(saved[0]?.roadmaps[0]?.name).toBe('Deleted since')
    expect(p.status).toBe('saved')
  })

  it('also restores while the last write failed', async () => {
    const { storage } = fakeStorage(loaded())
    storage.save.mockRejectedValueOnce(new DOMException('disk full', 'QuotaExceededError'))
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().setStatus(['a'], 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(p.status).toBe('unsaved')
    expect(await p.restoreFrom(older())).toBe('restored')
    expect(
      (storage.backup.mock.calls.at(-1)?.[0] as AppData).roadmaps[0]?.milestones[0],
    ).toMatchObject({ status: 'done' })
    await vi.advanceTimersByTimeAsync(2000)
    expect(p.status).toBe('saved')
    expect(useRoadmapStore().active?.name).toBe('Deleted since')
  })

  it('refuses in memory only and while a newer version is open, changing nothing', async () => {
    const memory = fakeStorage({ kind: 'empty' }, false)
    const p = usePersistenceStore()
    await p.start(memory.storage)
    expect(await p.listBackups()).toEqual([])
    expect(await p.restoreFrom(older())).toBe('unavailable')
    expect(useRoadmapStore().roadmaps).toEqual([])

    setActivePinia(createPinia())
    const { storage, notify } = fakeStorage(loaded())
    const q = usePersistenceStore()
    await q.start(storage)
    notify({ revision: 9, schemaVersion: STORED_VERSION + 1 })
    expect(await q.restoreFrom(older())).toBe('unavailable')
    expect(useRoadmapStore().active?.name).toBe('Test roadmap')
  })

  it('refuses a backup that no longer validates, and changes nothing when the backup first fails', async () => {
    const { storage } = fakeStorage(loaded())
    const p = usePersistenceStore()
    await p.start(storage)
    const bad = older()
    bad.data.activeRoadmapId = 'missing'
    expect(await p.restoreFrom(bad)).toBe('invalid')
    storage.backup.mockRejectedValueOnce(new Error('disk full'))
    expect(await p.restoreFrom(older())).toBe('failed')
    expect(useRoadmapStore().active?.name).toBe('Test roadmap')
    await vi.advanceTimersByTimeAsync(5000)
    expect(storage.save).not.toHaveBeenCalled()
  })
})
