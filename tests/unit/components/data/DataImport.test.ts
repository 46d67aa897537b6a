import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { content } from '@/content'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import DataImport from '@/components/data/DataImport.vue'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { exportBackup, exportRoadmap } from '@/domain/import'
import { emptyAppData } from '@/domain/migrations'
import { plannedMlShare, progressOf } from '@/domain/progress'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'

const corpusDir = join(process.cwd(), 'tests', 'fixtures', 'bad-input')

function setup(locale: 'en' | 'ko' = 'en') {
  const store = useRoadmapStore()
  store.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
  const wrapper = mount(DataImport, {
    global: { plugins: [createAppI18n(locale), createAppRouter(createMemoryHistory())] },
    attachTo: document.body,
  })
  async function choose(text: string, name = 'file.json') {
    const input = wrapper.find('#import-file')
    Object.defineProperty(input.element, 'files', {
      value: [new File([text], name, { type: 'application/json' })],
      configurable: true,
    })
    await input.trigger('change')
    await flushPromises()
  }
  return { store, wrapper, choose }
}

describe('DataImport', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('lists where and what is wrong, as text, and changes nothing', async () => {
    const { store, wrapper, choose } = setup()
    const bad = structuredClone(store.active!)
    bad.name = '<img src=x onerror="window.__xss=1">'
    ;(bad.milestones[2] as { estimateHours: number }).estimateHours = -1
    await choose(JSON.stringify(exportRoadmap(bad, null)))
    const problems = wrapper.find('[data-testid="import-problems"]')
    expect(problems.text()).toContain('milestones[2].estimateHours:')
    expect(problems.find('img').exists()).toBe(false)
    expect(wrapper.find('[data-testid="import-preview"]').exists()).toBe(false)
    expect(store.roadmaps.map((r) => r.name)).toEqual(['Mine'])
    wrapper.unmount()
  })

  it.each(['en', 'ko'] as const)(
    'explains every problem of the bad-input corpus in the UI language (%s)',
    async (locale) => {
      const { wrapper, choose } = setup(locale)
      const codes = new Set<string>()
      for (const file of readdirSync(corpusDir)) {
        const text = readFileSync(join(corpusDir, file), 'utf8')
        if (text.length > 5 * 1024 * 1024) continue
        await choose(text, file)
        const items = wrapper.findAll('[data-testid="import-problems"] li')
        for (const li of items) {
          codes.add(li.attributes('data-code')!)
          // A missing message would show its key; an English sentence in Korean would show Latin prose.
          expect(li.text(), file).not.toMatch(/data\.import/)
          if (locale === 'ko') expect(li.text(), file).toMatch(/[가-힣]/)
        }
      }
      expect(codes.size).toBeGreaterThanOrEqual(6)
      wrapper.unmount()
    },
  )

  it('translates roadmap.sh notices', async () => {
    const { wrapper, choose } = setup('ko')
    await choose(readFileSync(join(corpusDir, 'roadmapsh-unknown-types.json'), 'utf8'))
    const preview = wrapper.find('[data-testid="import-preview"]')
    expect(preview.text()).toContain('장식용이거나 이름 없는 노드 4개는 빼고 가져왔습니다.')
    expect(preview.text()).toContain('모든 마일스톤에 4시간을 넣었습니다.')
    wrapper.unmount()
  })

  it('previews a roadmap and adds it as a new, active roadmap with a fresh id', async () => {
    const { store, wrapper, choose } = setup()
    const original = store.active!
    await choose(JSON.stringify(exportRoadmap({ ...original, name: 'From a file' }, null)))
    const preview = wrapper.find('[data-testid="import-preview"]')
    expect(preview.text()).toContain('One roadmap exported from this app')
    expect(preview.text()).toContain('Roadmap: From a file')
    // The same figures as everywhere else: skipped options do not count, and are named.
    const { done, total, skipped } = progressOf(original.milestones)
    expect(skipped).toBeGreaterThan(0)
    expect(preview.get('[data-testid="milestone-count"]').text()).toBe(
      `0% ${done} of ${total} milestones done`,
    )
    expect(preview.get('[data-testid="skipped-count"]').text()).toBe(
      `· ${skipped} skipped, not counted`,
    )
    expect(preview.get('[data-testid="planned-share"]').text()).toBe(
      `· Planned AI/ML share (estimated hours) ${Math.round(plannedMlShare(original)! * 100)}%`,
    )
    expect(store.roadmaps).toHaveLength(1)
    await wrapper.get('button.btn-primary').trigger('click')
    expect(store.roadmaps.map((r) => r.name)).toEqual(['Mine', 'From a file'])
    expect(store.active?.name).toBe('From a file')
    expect(store.active?.id).not.toBe(original.id)
    expect(wrapper.text()).toContain('“From a file” was added and is now open.')
    wrapper.unmount()
  })

  it('replaces everything with a backup only after a confirm, downloading the old data first', async () => {
    const { store, wrapper, choose } = setup()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const other = { ...structuredClone(store.active!), id: 'b1', name: 'Backed up' }
    await choose(
      JSON.stringify(exportBackup({ ...emptyAppData(), roadmaps: [other], activeRoadmapId: 'b1' })),
    )
    expect(wrapper.find('[data-testid="import-preview"]').text()).toContain('A full backup')
    await wrapper.get('button.btn-danger').trigger('click')
    expect(store.roadmaps.map((r) => r.name)).toEqual(['Mine'])
    expect(wrapper.get('dialog').text()).toContain('Your roadmap, its logged time')
    await wrapper.get('dialog button.btn-danger').trigger('click')
    await flushPromises()
    expect(click).toHaveBeenCalledTimes(1)
    expect(store.roadmaps.map((r) => r.name)).toEqual(['Backed up'])
    expect(wrapper.text()).toContain('Download the data from before the import')
    click.mockRestore()
    wrapper.unmount()
  })

  it('offers Replace beside Add as new for a roadmap that is already here, and names copies apart', async () => {
    const { store, wrapper, choose } = setup()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const backupNow = vi.spyOn(usePersistenceStore(), 'backupNow')
    const mine = structuredClone(store.active!)
    const file = JSON.stringify(exportRoadmap(mine, null))
    const buttons = () => wrapper.get('[data-testid="import-preview"]').findAll('button')

    await choose(file)
    expect(wrapper.get('[data-testid="import-same"]').text()).toBe(
      'You already have this roadmap: “Mine”. Replace it with the file’s version, or add the file beside it as a new roadmap.',
    )
    expect(buttons().map((b) => b.text())).toEqual([
      'Replace “Mine”…',
      'Add as a new roadmap',
      'Cancel',
    ])
    await buttons()[1]!.trigger('click')
    expect(store.roadmaps.map((r) => r.name)).toEqual(['Mine', 'Mine (2)'])
    expect(wrapper.text()).toContain('“Mine (2)” was added and is now open.')

    // The same file again: "Mine" by its id; a third copy would be "Mine (3)".
    const changed = {
      ...mine,
      milestones: mine.milestones.map((m) => ({ ...m, status: 'done' as const })),
    }
    await choose(JSON.stringify(exportRoadmap(changed, null)))
    expect(wrapper.get('[data-testid="import-same"]').text()).toContain('“Mine”')
    await buttons()[0]!.trigger('click')
    // The second dialog: the first one is the full backup's.
    const dialog = wrapper.findAll('dialog')[1]!
    expect(dialog.text()).toContain('“Mine” and its logged time will be replaced')
    expect(backupNow).not.toHaveBeenCalled()
    await dialog.get('button.btn-danger').trigger('click')
    await flushPromises()
    expect(backupNow).toHaveBeenCalledTimes(1)
    expect(click).toHaveBeenCalledTimes(1)
    expect(store.roadmaps.map((r) => r.name)).toEqual(['Mine', 'Mine (2)'])
    expect(store.active?.id).toBe(mine.id)
    expect(store.active?.milestones.every((m) => m.status === 'done')).toBe(true)
    expect(store.roadmaps[1]!.milestones.some((m) => m.status !== 'done')).toBe(true)
    expect(wrapper.text()).toContain('“Mine” was replaced by the file’s version and is now open.')
    expect(wrapper.text()).toContain('Download the data from before the import')
    click.mockRestore()
    wrapper.unmount()
  })

  it('offers no Replace for a roadmap that is not here yet', async () => {
    const { store, wrapper, choose } = setup()
    const other = { ...structuredClone(store.active!), id: 'other', name: 'Other' }
    other.milestones = other.milestones.slice(1)
    other.edges = other.edges.filter((e) => other.milestones.some((m) => m.id === e.from))
    await choose(JSON.stringify(exportRoadmap(other, null)))
    expect(wrapper.find('[data-testid="import-same"]').exists()).toBe(false)
    const labels = wrapper
      .get('[data-testid="import-preview"]')
      .findAll('button')
      .map((b) => b.text())
    expect(labels).toEqual(['Add as a new roadmap', 'Cancel'])
    wrapper.unmount()
  })
})
