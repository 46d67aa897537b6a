import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import TheSaveStatus from '@/components/TheSaveStatus.vue'
import { createAppI18n } from '@/i18n'
import { usePersistenceStore } from '@/stores/persistence'

describe('TheSaveStatus', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it.each([
    ['saving', 'Saving…'],
    ['unsaved', 'Not saved'],
    ['memory-only', 'Not saved — storage unavailable'],
    ['paused', 'Not saving — stored data needs attention'],
  ] as const)('shows %s plainly', async (status, text) => {
    const wrapper = mount(TheSaveStatus, { global: { plugins: [createAppI18n('en')] } })
    usePersistenceStore().status = status
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe(text)
    expect(wrapper.attributes('role')).toBe('status')
  })

  it('shows the time of the last save, in Korean too', async () => {
    const wrapper = mount(TheSaveStatus, { global: { plugins: [createAppI18n('ko')] } })
    const p = usePersistenceStore()
    p.status = 'saved'
    p.savedAt = '2026-03-03T09:05:00.000Z'
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toMatch(/에 저장됨$/)
  })

  it('says plainly "Saved" for data saved before the page opened, and the time after a save', async () => {
    const p = usePersistenceStore()
    p.status = 'saved'
    p.savedAt = '2026-03-01T09:05:00.000Z' // loaded: saved on an earlier visit
    const wrapper = mount(TheSaveStatus, { global: { plugins: [createAppI18n('en')] } })
    expect(wrapper.text()).toBe('Saved')
    p.savedAt = '2026-03-03T09:05:00.000Z'
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toMatch(/^Saved at \S/)
  })
})
