import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SettingsBackups from '@/components/SettingsBackups.vue'
import { emptyAppData } from '@/domain/migrations'
import type { AppData, Roadmap } from '@/domain/schema'
import { createAppI18n } from '@/i18n'
import { createAppStorage, type AppStorage } from '@/storage/appStorage'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { chain } from '../helpers'

let n = 0
const named = (id: string, name: string, statuses = {}): Roadmap => ({
  ...chain(statuses),
  id,
  name,
})
const data = (...roadmaps: Roadmap[]): AppData => ({
  ...emptyAppData(),
  roadmaps,
  activeRoadmapId: roadmaps[0]?.id ?? null,
})

let storage: AppStorage
/** Real storage (fake-indexeddb) holding `now`, with one backup per entry of `backups`. */
async function start(now: AppData, backups: [AppData, string][], locale: 'en' | 'ko' = 'en') {
  storage = createAppStorage(`backups-${Date.now()}-${n++}`)
  await storage.open()
  for (const [d, at] of backups) await storage.backup(d, new Date(at))
  if (now.roadmaps.length) await storage.save(now, 0)
  const p = usePersistenceStore()
  await p.start(storage)
  const wrapper = mount(SettingsBackups, {
    global: { plugins: [createAppI18n(locale)] },
    attachTo: document.body,
  })
  await vi.waitFor(() => expect(wrapper.find('[role="status"].muted').exists()).toBe(false))
  return { wrapper, p }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  usePersistenceStore().stop()
  storage.close()
  document.body.innerHTML = ''
})

describe('SettingsBackups', () => {
  it('says so when there is no backup yet', async () => {
    const { wrapper } = await start(data(), [])
    expect(wrapper.text()).toContain('No backup yet.')
    expect(wrapper.find('ul').exists()).toBe(false)
  })

  it('lists backups newest first with their roadmaps, milestones and time entries', async () => {
    const { wrapper, p } = await start(data(named('r1', 'Now')), [
      [data(named('r1', 'Older')), '2026-01-01T09:00:00Z'],
      [data(named('r1', 'Now', { a: 'done' }), named('r2', 'Gone')), '2026-01-02T09:00:00Z'],
    ])
    // Opening the app backed up the data in use too, as the newest: listed once it is written.
    await vi.waitFor(() => expect(wrapper.findAll('li.backup')).toHaveLength(3))
    const items = wrapper.findAll('li.backup')
    expect(items[0]!.text()).toContain('One roadmap: Now')
    expect(items[1]!.get('h3').text()).toMatch(/^Backup from Jan 2, 2026/)
    expect(items[1]!.text()).toContain('2 roadmaps: Now, Gone')
    expect(items[1]!.text()).toContain('1 of 8 milestones done · No time entries')
    expect(items[2]!.text()).toContain('One roadmap: Older')
    const restore = items[1]!.findAll('button')[1]!
    expect(restore.attributes('aria-label')).toMatch(/^Restore the backup from Jan 2, 2026.*…$/)
    // A backup taken while the list is shown (an import keeps one first) joins it, over the
    // oldest of the three.
    useRoadmapStore().setStatus(['a'], 'done')
    expect(await p.backupNow()).toBe(true)
    await vi.waitFor(() =>
      expect(wrapper.get('li.backup').text()).toContain('1 of 4 milestones done'),
    )
    expect(wrapper.findAll('li.backup').map((li) => li.get('h3').text())).toHaveLength(3)
    expect(wrapper.text()).not.toContain('Older')
  })

  it('previews what would come back and go away, then restores after confirming', async () => {
    const { wrapper } = await start(data(named('r1', 'Kept'), named('r3', 'Made since')), [
      [data(named('r1', 'Kept'), named('r2', 'Deleted')), '2026-01-02T09:00:00Z'],
    ])
    // The newest backup is the data in use, taken when the app opened; the other one is older.
    await vi.waitFor(() => expect(wrapper.findAll('li.backup')).toHaveLength(2))
    const [newest, older] = wrapper.findAll('li.backup')
    await newest!.get('button').trigger('click')
    expect(newest!.text()).toContain('Your roadmaps would stay as they are.')
    const preview = older!.get('button')
    expect(preview.attributes('aria-expanded')).toBe('false')
    await preview.trigger('click')
    expect(preview.attributes('aria-expanded')).toBe('true')
    const shown = older!.get('[data-testid="backup-preview"]')
    expect(shown.get('[data-group="back"]').text()).toBe('Come backDeleted')
    expect(shown.get('[data-group="gone"]').text()).toContain('Made since')
    expect(shown.get('[data-group="same"]').text()).toContain('Kept')

    expect(newest!.find('[data-testid="backup-preview"]').exists()).toBe(false)
    await older!.findAll('button')[1]!.trigger('click')
    const dialog = wrapper.get('dialog')
    expect(dialog.text()).toContain('What you have now is kept as a backup first')
    expect(useRoadmapStore().roadmaps.map((r) => r.name)).toEqual(['Kept', 'Made since'])
    await dialog.get('button.btn-primary').trigger('click')
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.get('p[role="status"]').text()).not.toBe(''))
    expect(wrapper.get('p[role="status"]').text()).toMatch(
      /^The backup from Jan 2, 2026.* was restored\. What you had before is kept as a backup\.$/,
    )
    expect(useRoadmapStore().roadmaps.map((r) => r.name)).toEqual(['Kept', 'Deleted'])
    // The data from before the restore was already the newest backup (taken when the app
    // opened), so it is still listed first and nothing else was written.
    await vi.waitFor(() =>
      expect(wrapper.findAll('li.backup h3').map((h) => h.text())).toHaveLength(2),
    )
    expect(wrapper.get('li.backup').text()).toContain('2 roadmaps: Kept, Made since')
  })

  it('offers no restore while the app cannot store data, in Korean too', async () => {
    const { wrapper, p } = await start(data(named('r1', 'Now')), [], 'ko')
    p.status = 'memory-only'
    await flushPromises()
    expect(wrapper.get('[data-testid="backups-blocked"]').text()).toBe(
      '이 브라우저에서는 앱이 데이터를 저장할 수 없어 백업도 없습니다.',
    )
    expect(wrapper.find('li').exists()).toBe(false)
  })

  it('shows an error with a retry when the backups cannot be read', async () => {
    setActivePinia(createPinia())
    const p = usePersistenceStore()
    const list = vi.spyOn(p, 'listBackups').mockRejectedValueOnce(new Error('broken'))
    storage = createAppStorage(`backups-${Date.now()}-${n++}`)
    await p.start(storage)
    const wrapper = mount(SettingsBackups, { global: { plugins: [createAppI18n('en')] } })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('The backups could not be read.')
    await wrapper.get('[role="alert"] button').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('No backup yet.'))
    expect(list).toHaveBeenCalledTimes(2)
  })
})
