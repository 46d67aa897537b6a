import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import TheExportReminder from '@/components/TheExportReminder.vue'
import { createAppI18n } from '@/i18n'
import { useRoadmapStore } from '@/stores/roadmap'
import { useSettingsStore } from '@/stores/settings'
import { chain } from '../helpers'

describe('TheExportReminder', () => {
  beforeEach(() => setActivePinia(createPinia()))

  const mountWith = (createdAt: string, lastExportAt: string | null) => {
    useRoadmapStore().hydrate({ roadmaps: [{ ...chain(), createdAt }], activeRoadmapId: 'r1' })
    useSettingsStore().hydrate({ locale: null, lastExportAt })
    return mount(TheExportReminder, { global: { plugins: [createAppI18n('en')] } })
  }

  it('reminds when the data is older than 14 days and never exported; downloading records the export', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    const wrapper = mountWith('2026-01-01T00:00:00.000Z', null)
    expect(wrapper.text()).toContain('Your roadmaps live only in this browser')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Download a backup')!
      .trigger('click')
    expect(useSettingsStore().lastExportAt).not.toBeNull()
    expect(wrapper.find('[data-testid="export-reminder"]').exists()).toBe(false)
  })

  it('stays quiet after a recent export, and can be put off', async () => {
    expect(mountWith('2026-01-01T00:00:00.000Z', new Date().toISOString()).text()).toBe('')
    setActivePinia(createPinia())
    const old = mountWith('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')
    expect(old.text()).toContain('Your last export was')
    await old
      .findAll('button')
      .find((b) => b.text() === 'Remind me later')!
      .trigger('click')
    expect(old.text()).toBe('')
  })
})
