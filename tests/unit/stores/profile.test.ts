import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAppData, emptyProfile } from '@/domain/migrations'
import type { AppData, Profile } from '@/domain/schema'
import { usePersistenceStore } from '@/stores/persistence'
import { useProfileStore } from '@/stores/profile'
import { fakeStorage, loadedWith } from '../fakeStorage'
import { chain } from '../helpers'

const me: Profile = {
  name: '김민지',
  headline: 'ML engineer in training',
  email: 'minji@example.com',
  github: 'https://github.com/minji',
  linkedin: null,
  website: 'https://minji.dev',
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.useRealTimers())

describe('profile store', () => {
  it('starts empty, snapshots what was saved and hydrates it back in a fresh store', () => {
    const s = useProfileStore()
    expect(s.snapshot()).toEqual({ profile: emptyProfile() })
    expect(s.save(me)).toBe(true)
    const snap = s.snapshot()
    expect(snap).toEqual({ profile: me })

    setActivePinia(createPinia())
    const fresh = useProfileStore()
    fresh.hydrate(snap)
    expect(fresh.profile).toEqual(me)
  })

  it('refuses a profile the schema refuses and keeps the one it had', () => {
    const s = useProfileStore()
    s.save(me)
    expect(s.save({ ...me, github: 'javascript:alert(1)' })).toBe(false)
    expect(s.save({ ...me, name: 'x'.repeat(201) })).toBe(false)
    expect(s.profile).toEqual(me)
  })

  it('is part of the app data: loaded at start, and a change is saved', async () => {
    vi.useFakeTimers()
    const data: AppData = {
      ...emptyAppData(),
      roadmaps: [chain()],
      activeRoadmapId: 'r1',
      profile: me,
    }
    const { storage, saved } = fakeStorage(loadedWith(data))
    const p = usePersistenceStore()
    await p.start(storage)
    const profile = useProfileStore()
    expect(profile.profile).toEqual(me)
    expect(p.appData.profile).toBe(profile.profile)

    profile.save({ ...me, headline: 'Research engineer' })
    await nextTick()
    await vi.advanceTimersByTimeAsync(10)
    expect(saved.at(-1)?.profile.headline).toBe('Research engineer')
    p.stop()
  })
})
