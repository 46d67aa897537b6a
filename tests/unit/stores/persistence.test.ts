import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAppData } from '@/domain/migrations'
import type { AppData } from '@/domain/schema'
import type { AppStorage, LoadResult } from '@/storage/appStorage'
import { AUTOSAVE_DELAY_MS, SAVE_TIMEOUT_MS, usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { useSettingsStore } from '@/stores/settings'
import { chain } from '../helpers'

function fakeStorage(load: LoadResult = { kind: 'empty' }, opens = true) {
  const saved: AppData[] = []
  const storage = {
    open: vi.fn(async () => opens),
    load: vi.fn(async () => load),
    save: vi.fn(async (data: AppData) => {
      saved.push(structuredClone(data))
    }),
    quarantine: vi.fn(async () => 'unreadable-x'),
  } satisfies AppStorage
  return { storage, saved }
}

const stored = (): AppData => ({ ...emptyAppData(), roadmaps: [chain()], activeRoadmapId: 'r1' })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('persistence store', () => {
  it('loads saved data into the stores', async () => {
    const { storage } = fakeStorage({
      kind: 'ok',
      data: { ...stored(), settings: { locale: 'ko' } },
      savedAt: '2026-01-01T00:00:00.000Z',
      migratedFrom: null,
    })
    const p = usePersistenceStore()
    await p.start(storage)
    expect(p.status).toBe('saved')
    expect(useRoadmapStore().active?.id).toBe('r1')
    expect(useSettingsStore().locale).toBe('ko')
    expect(storage.save).not.toHaveBeenCalled()
  })

  it('autosaves a change once, after the debounce', async () => {
    const { storage, saved } = fakeStorage({
      kind: 'ok',
      data: stored(),
      savedAt: 'x',
      migratedFrom: null,
    })
    const p = usePersistenceStore()
    await p.start(storage)
    const roadmap = useRoadmapStore()
    roadmap.updateStatus('a', 'done')
    roadmap.updateStatus('b', 'in-progress')
    await nextTick()
    expect(p.status).toBe('saving')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50)
    expect(storage.save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(storage.save).toHaveBeenCalledTimes(1)
    expect(saved[0]?.roadmaps[0]?.milestones.map((m) => m.status)).toEqual([
      'done',
      'in-progress',
      'todo',
      'todo',
    ])
    expect(p.status).toBe('saved')
  })

  it('flushes at once when the page is hidden', async () => {
    const { storage } = fakeStorage({
      kind: 'ok',
      data: stored(),
      savedAt: 'x',
      migratedFrom: null,
    })
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().updateStatus('a', 'done')
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
  })

  it('reports a failed write as not saved, keeps the edit and retries until it lands', async () => {
    const { storage, saved } = fakeStorage({
      kind: 'ok',
      data: stored(),
      savedAt: 'x',
      migratedFrom: null,
    })
    storage.save.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'))
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().updateStatus('a', 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(p.status).toBe('unsaved')
    expect(p.lastError).toBe('QuotaExceededError')
    expect(useRoadmapStore().active?.milestones[0]?.status).toBe('done')
    await vi.advanceTimersByTimeAsync(1100)
    expect(p.status).toBe('saved')
    expect(saved.at(-1)?.roadmaps[0]?.milestones[0]?.status).toBe('done')
  })

  it('reports a write that never finishes as not saved within 2 s', async () => {
    const { storage } = fakeStorage({
      kind: 'ok',
      data: stored(),
      savedAt: 'x',
      migratedFrom: null,
    })
    storage.save.mockImplementationOnce(() => new Promise(() => {}))
    const p = usePersistenceStore()
    await p.start(storage)
    useRoadmapStore().updateStatus('a', 'done')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + SAVE_TIMEOUT_MS + 10)
    expect(p.status).toBe('unsaved')
  })
})
