import { content } from '@/content'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createPinia, type Pinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppData } from '@/domain/schema'
import { createAppStorage, type AppStorage, type StoredEnvelope } from '@/storage/appStorage'
import { APP_KEY, JOURNAL_PREFIX, STORE_NAME } from '@/storage/keys'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'

/**
 * The persistence store over the real storage adapter (fake-indexeddb, real timers): two
 * "tabs" are two pinias, each with its own adapter over the same database.
 */

/** The stored envelope, with the data the app wrote (it validates). */
type Stored = StoredEnvelope & { data: AppData }

let n = 0
let name = ''
const tabs: { pinia: Pinia; adapter: AppStorage }[] = []

/**
 * What the database holds under the app's key, read with a connection of its own. A database
 * that does not exist (deleted) is not created by looking: the upgrade is aborted.
 */
function stored(): Promise<Stored | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name)
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onerror = (event) => {
      event.preventDefault()
      if (open.error?.name === 'AbortError') resolve(undefined)
      else reject(open.error)
    }
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains(STORE_NAME)) {
        db.close()
        return resolve(undefined)
      }
      const req = db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME).get(APP_KEY)
      req.onsuccess = () => {
        db.close()
        // From stored version 5 on, the data is kept as JSON text (storage/envelope.ts).
        const value = req.result as (Omit<Stored, 'data'> & { data: unknown }) | undefined
        resolve(
          value && typeof value.data === 'string'
            ? ({ ...value, data: JSON.parse(value.data) } as Stored)
            : (value as Stored | undefined),
        )
      }
      req.onerror = () => reject(req.error)
    }
  })
}
const storedRevision = async () => (await stored())?.revision ?? 0

/** Polls until `check` holds (real timers: fake-indexeddb schedules its own work). */
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 2000) {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/**
 * A tab: its own pinia and adapter, started over the shared database. `unsubscribed` names the
 * adapter's listeners (other tabs' saves, deletion) the store has removed again.
 */
async function openTab() {
  const pinia = createPinia()
  const adapter = createAppStorage(name)
  tabs.push({ pinia, adapter })
  const unsubscribed: string[] = []
  const { subscribe, onDeleted } = adapter
  adapter.subscribe = (listener) => {
    const off = subscribe(listener)
    return () => (unsubscribed.push('subscribe'), off())
  }
  adapter.onDeleted = (listener) => {
    const off = onDeleted(listener)
    return () => (unsubscribed.push('onDeleted'), off())
  }
  const persistence = usePersistenceStore(pinia)
  await persistence.start(adapter)
  return { persistence, roadmap: useRoadmapStore(pinia), adapter, unsubscribed }
}
type Tab = Awaited<ReturnType<typeof openTab>>

const statusOf = (tab: Tab, index: number) => tab.roadmap.active?.milestones[index]?.status
const storedStatus = async (index: number) =>
  (await stored())?.data.roadmaps[0]?.milestones[index]?.status

/** Creates the roadmap in `tab` and waits until its save landed. */
async function createRoadmap(tab: Tab) {
  tab.roadmap.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
  await until(async () => (await storedRevision()) === 1, 'the roadmap is stored')
  await until(() => tab.persistence.status === 'saved', 'the tab says saved')
}

beforeEach(() => {
  name = `persistence-real-${Date.now()}-${n++}`
  localStorage.clear()
})
afterEach(() => {
  for (const { pinia, adapter } of tabs.splice(0)) {
    usePersistenceStore(pinia).stop()
    adapter.close()
  }
  Reflect.deleteProperty(navigator, 'storage')
})

describe('persistence store over the real storage (fake-indexeddb)', () => {
  it('starts empty on a new database and writes nothing until there is data', async () => {
    const a = await openTab()
    expect(a.persistence.status).toBe('saved')
    expect(a.roadmap.roadmaps).toEqual([])
    expect(await stored()).toBeUndefined()
  })

  it('autosaves a new roadmap and each change after it, one revision per save', async () => {
    const a = await openTab()
    await createRoadmap(a)
    const first = await stored()
    expect(first?.data.roadmaps.map((r) => r.name)).toEqual(['Mine'])
    expect(first?.data.activeRoadmapId).toBe(a.roadmap.active?.id)

    const id = a.roadmap.active!.milestones[0]!.id
    a.roadmap.setStatus([id], 'done')
    await until(async () => (await storedRevision()) === 2, 'the change is stored')
    expect(await storedStatus(0)).toBe('done')
    await until(() => a.persistence.status === 'saved', 'the tab says saved')
  })

  it('a second tab opened later loads what the first stored', async () => {
    const a = await openTab()
    await createRoadmap(a)
    const b = await openTab()
    expect(b.persistence.status).toBe('saved')
    expect(b.roadmap.roadmaps).toEqual(a.roadmap.roadmaps)
  })

  it('a tab takes over what another tab saves, without writing it back', async () => {
    const a = await openTab()
    await createRoadmap(a)
    const b = await openTab()
    b.roadmap.setStatus([b.roadmap.active!.milestones[1]!.id], 'in-progress')
    await until(() => statusOf(a, 1) === 'in-progress', 'tab A shows tab B’s change')
    // Now a known later write from A: exactly one revision more, so A never echoed B's save.
    a.roadmap.setStatus([a.roadmap.active!.milestones[2]!.id], 'done')
    await until(async () => (await storedStatus(2)) === 'done', 'A’s change is stored')
    expect(await storedRevision()).toBe(3)
  })

  it('two tabs saving at once from the same revision: both milestones kept, by record', async () => {
    const a = await openTab()
    await createRoadmap(a)
    const b = await openTab()
    const [first, second] = a.roadmap.active!.milestones
    // In one task: both tabs write from revision 1, and one of the writes is refused.
    a.roadmap.setStatus([first!.id], 'done')
    b.roadmap.setStatus([second!.id], 'skipped')
    await until(
      async () => (await storedStatus(0)) === 'done' && (await storedStatus(1)) === 'skipped',
      'both changes are stored',
    )
    // The tab whose write landed first takes the merged save over when it is announced.
    await until(
      () => [a, b].every((tab) => statusOf(tab, 0) === 'done' && statusOf(tab, 1) === 'skipped'),
      'both tabs show both changes',
    )
    await until(
      () => a.persistence.status === 'saved' && b.persistence.status === 'saved',
      'both tabs say saved',
    )
    for (const tab of [a, b]) expect(tab.persistence.conflicts).toEqual([])
    // Two saves on top of revision 1: the first to land and the merge.
    expect(await storedRevision()).toBe(3)
  })

  it('after stop() a change is not written, and other tabs’ saves are not taken over', async () => {
    const a = await openTab()
    await createRoadmap(a)
    const b = await openTab()
    a.persistence.stop()

    a.roadmap.setStatus([a.roadmap.active!.milestones[0]!.id], 'done')
    await nextTick()
    // The page hiding would journal and flush, were its listeners still there.
    window.dispatchEvent(new Event('pagehide'))
    // A known later write from tab B: the only one after revision 1.
    b.roadmap.setStatus([b.roadmap.active!.milestones[3]!.id], 'in-progress')
    await until(async () => (await storedStatus(3)) === 'in-progress', 'B’s change is stored')
    await until(() => b.persistence.status === 'saved', 'tab B says saved')
    expect(await storedRevision()).toBe(2)
    expect(await storedStatus(0)).toBe('todo')
    expect(Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX))).toEqual([])
    // And A no longer listens to other tabs' announcements or to the database being deleted.
    expect(a.unsubscribed.sort()).toEqual(['onDeleted', 'subscribe'])
  })

  it('writes the data again when the database is deleted under the app', async () => {
    const a = await openTab()
    await createRoadmap(a)
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name)
      req.onsuccess = () => resolve()
      req.onerror = () => reject(req.error)
    })
    await until(async () => (await stored()) !== undefined, 'the data is stored again')
    expect((await stored())?.data.roadmaps).toEqual(a.roadmap.roadmaps)
    await until(() => a.persistence.status === 'saved', 'the tab says saved')
    // And later changes keep landing in the new database.
    a.roadmap.setStatus([a.roadmap.active!.milestones[0]!.id], 'done')
    await until(async () => (await storedStatus(0)) === 'done', 'a later change is stored')
  })
})

describe('asking the browser to keep the data, over the real storage', () => {
  function stubStorage() {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) }
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
    return storage
  }

  it('asks once, after the first save that holds a roadmap', async () => {
    const storage = stubStorage()
    const a = await openTab()
    expect(a.persistence.persisted).toBe(false)
    expect(storage.persist).not.toHaveBeenCalled()
    await createRoadmap(a)
    await until(() => storage.persist.mock.calls.length > 0, 'the browser is asked')
    expect(a.persistence.persisted).toBe(true)
    a.roadmap.setStatus([a.roadmap.active!.milestones[0]!.id], 'done')
    await until(async () => (await storedRevision()) === 2, 'the next change is stored')
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('does not ask for a save without a roadmap', async () => {
    const storage = stubStorage()
    const a = await openTab()
    // A language chosen before any roadmap exists is saved, but is no real data yet.
    a.persistence.hydrate({ ...a.persistence.appData, settings: { locale: 'ko' } })
    await until(async () => (await stored())?.data.settings.locale === 'ko', 'it is stored')
    await until(() => a.persistence.status === 'saved', 'the tab says saved')
    expect(storage.persist).not.toHaveBeenCalled()
    expect(a.persistence.persisted).toBe(false)
  })
})
