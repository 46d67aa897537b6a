import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import {
  registerServiceWorker,
  reloadLosesNothing,
  resetServiceWorkerState,
  UPDATE_CHECK_INTERVAL_MS,
  useServiceWorker,
  type RegisterSW,
} from '@/composables/useServiceWorker'
import { emptyAppData } from '@/domain/migrations'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { fakeStorage, loadedWith } from '../fakeStorage'
import { chain } from '../helpers'

/** A registerSW that records what the app asked for, and the events it can fire. */
function fakeRegister() {
  const calls: string[] = []
  let options: RegisterSWOptions = {}
  const update = vi.fn(async () => {
    calls.push('skip-waiting')
  })
  const register: RegisterSW = (o) => {
    options = o
    return update
  }
  return { register, update, calls, events: () => options }
}

/** Storage holding one roadmap that records each save in `calls`, or fails every write. */
function memoryStorage(calls: string[], fails = false) {
  const data = { ...emptyAppData(), roadmaps: [chain()], activeRoadmapId: 'r1' }
  const { storage } = fakeStorage(loadedWith(data))
  const save = storage.save.getMockImplementation()!
  storage.save.mockImplementation(async (d, base) => {
    calls.push('save')
    if (fails) throw new DOMException('disk full', 'QuotaExceededError')
    return save(d, base)
  })
  return storage
}

const pageReload = vi.fn()

beforeEach(() => {
  setActivePinia(createPinia())
  resetServiceWorkerState()
  pageReload.mockReset()
  vi.stubGlobal('location', { ...window.location, reload: pageReload })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('reloadLosesNothing', () => {
  it.each([
    ['saved', true],
    ['outdated', true],
    ['paused', true],
    ['saving', false],
    ['unsaved', false],
    ['memory-only', false],
    ['loading', false],
  ] as const)('%s → %s', (status, safe) => {
    expect(reloadLosesNothing(status)).toBe(safe)
  })
})

describe('useServiceWorker', () => {
  it('says when a new version waits and when offline use is ready; "later" puts the update off', () => {
    const sw = fakeRegister()
    registerServiceWorker(sw.register)
    const { needRefresh, offlineReady, later, dismissOfflineReady } = useServiceWorker()
    expect([needRefresh.value, offlineReady.value]).toEqual([false, false])

    sw.events().onOfflineReady?.()
    expect(offlineReady.value).toBe(true)
    dismissOfflineReady()
    expect(offlineReady.value).toBe(false)

    sw.events().onNeedRefresh?.()
    expect(needRefresh.value).toBe(true)
    later()
    expect(needRefresh.value).toBe(false)
    expect(sw.update).not.toHaveBeenCalled()
  })

  it('writes a pending edit before moving to the new version, then reloads once it controls', async () => {
    const sw = fakeRegister()
    const persistence = usePersistenceStore()
    await persistence.start(memoryStorage(sw.calls))
    registerServiceWorker(sw.register)
    sw.events().onNeedRefresh?.()

    useRoadmapStore().setStatus(['a'], 'done')
    await nextTick()
    expect(persistence.status).toBe('saving')
    await useServiceWorker().reload()
    expect(sw.calls).toEqual(['save', 'skip-waiting'])
    expect(persistence.status).toBe('saved')
    expect(pageReload).not.toHaveBeenCalled()

    // The new worker took control: vite-plugin-pwa calls onNeedReload.
    sw.events().onNeedReload?.()
    await vi.waitFor(() => expect(pageReload).toHaveBeenCalledOnce())
  })

  it('does not reload while the latest changes cannot be saved, and keeps the prompt', async () => {
    const sw = fakeRegister()
    const persistence = usePersistenceStore()
    await persistence.start(memoryStorage(sw.calls, true))
    registerServiceWorker(sw.register)
    sw.events().onNeedRefresh?.()
    useRoadmapStore().setStatus(['a'], 'done')
    await nextTick()

    const { reload, needRefresh, blockedByUnsaved, later } = useServiceWorker()
    await reload()
    expect(persistence.status).toBe('unsaved')
    expect(sw.update).not.toHaveBeenCalled()
    expect(pageReload).not.toHaveBeenCalled()
    expect([needRefresh.value, blockedByUnsaved.value]).toEqual([true, true])
    later()
    expect(blockedByUnsaved.value).toBe(false)
  })

  it('when another tab already switched, waits for this tab’s changes before reloading', async () => {
    const sw = fakeRegister()
    const persistence = usePersistenceStore()
    await persistence.start(memoryStorage(sw.calls, true))
    registerServiceWorker(sw.register)
    useRoadmapStore().setStatus(['a'], 'done')
    await nextTick()

    sw.events().onNeedReload?.()
    await vi.waitFor(() => expect(useServiceWorker().blockedByUnsaved.value).toBe(true))
    expect(pageReload).not.toHaveBeenCalled()
    expect(useServiceWorker().needRefresh.value).toBe(true)
  })

  it('checks for a new version every hour while online', () => {
    vi.useFakeTimers()
    const sw = fakeRegister()
    registerServiceWorker(sw.register)
    const update = vi.fn(async () => undefined)
    const registration = { installing: null, update } as unknown as ServiceWorkerRegistration
    sw.events().onRegisteredSW?.('/sw.js', registration)
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)

    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS - 1)
    expect(update).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(update).toHaveBeenCalledOnce()
    online.mockReturnValue(false)
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS)
    expect(update).toHaveBeenCalledOnce()
  })
})
