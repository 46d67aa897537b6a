import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAppData } from '@/domain/migrations'
import type { LoadResult } from '@/storage/appStorage'
import { AUTOSAVE_DELAY_MS, usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { fakeStorage, loadedWith } from '../fakeStorage'
import { chain } from '../helpers'

const durability = vi.hoisted(() => ({
  isPersisted: vi.fn(async (): Promise<boolean | null> => false),
  requestPersistence: vi.fn(async (): Promise<boolean | null> => true),
}))
vi.mock('@/storage/durability', () => durability)

const withRoadmap = loadedWith({ ...emptyAppData(), roadmaps: [chain()], activeRoadmapId: 'r1' }, 1)
const storageWith = (load: LoadResult) => fakeStorage(load).storage

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
  durability.isPersisted.mockReset().mockResolvedValue(false)
  durability.requestPersistence.mockReset().mockResolvedValue(true)
})
afterEach(() => vi.useRealTimers())

async function editAndSave() {
  useRoadmapStore().setStatus(
    ['a'],
    useRoadmapStore().active?.milestones[0]?.status === 'done' ? 'todo' : 'done',
  )
  await nextTick()
  await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
}

describe('asking the browser to keep the data (navigator.storage.persist)', () => {
  it('asks once the user has a roadmap and a save has landed, and shows the answer', async () => {
    const p = usePersistenceStore()
    await p.start(storageWith(withRoadmap))
    expect(p.persisted).toBe(false)
    expect(durability.requestPersistence).not.toHaveBeenCalled()
    await editAndSave()
    expect(durability.requestPersistence).toHaveBeenCalledTimes(1)
    expect(p.persisted).toBe(true)
  })

  it('asks only once per session, however many saves follow', async () => {
    durability.requestPersistence.mockResolvedValue(false)
    const p = usePersistenceStore()
    await p.start(storageWith(withRoadmap))
    await editAndSave()
    await editAndSave()
    await editAndSave()
    expect(durability.requestPersistence).toHaveBeenCalledTimes(1)
    expect(p.persisted).toBe(false)
  })

  it('does not ask while there is no roadmap (no real data yet)', async () => {
    const p = usePersistenceStore()
    await p.start(storageWith({ kind: 'empty' }))
    // A settings change saves, but there is still no roadmap.
    useRoadmapStore().hydrate({ roadmaps: [], activeRoadmapId: null })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(durability.requestPersistence).not.toHaveBeenCalled()
    expect(p.persisted).toBe(false)
  })

  it('does not ask when the browser already keeps the data', async () => {
    durability.isPersisted.mockResolvedValue(true)
    const p = usePersistenceStore()
    await p.start(storageWith(withRoadmap))
    await editAndSave()
    expect(durability.requestPersistence).not.toHaveBeenCalled()
    expect(p.persisted).toBe(true)
  })

  it('keeps "unknown" when the browser cannot be asked', async () => {
    durability.isPersisted.mockResolvedValue(null)
    durability.requestPersistence.mockResolvedValue(null)
    const p = usePersistenceStore()
    await p.start(storageWith(withRoadmap))
    await editAndSave()
    expect(durability.requestPersistence).toHaveBeenCalledTimes(1)
    expect(p.persisted).toBeNull()
  })
})
