import { content } from '@/content'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import RoadmapsList from '@/components/data/RoadmapsList.vue'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { useRoadmapStore } from '@/stores/roadmap'

function setup() {
  const store = useRoadmapStore()
  store.createFromAnswers(content.template, MENTOR_ANSWERS, 'First')
  store.createFromAnswers(content.template, MENTOR_ANSWERS, 'Second', new Date(), true)
  const wrapper = mount(RoadmapsList, {
    global: { plugins: [createAppI18n('en'), createAppRouter(createMemoryHistory())] },
    attachTo: document.body,
  })
  const button = (label: string) => wrapper.get(`button[aria-label="${label}"]`)
  return { store, wrapper, button }
}

describe('RoadmapsList', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('renames through a labelled field and refuses an empty name', async () => {
    const { store, wrapper, button } = setup()
    await button('Rename First').trigger('click')
    const input = wrapper.get('input[type="text"]')
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('New name for First')
    await input.setValue('  ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter a name.')
    expect(store.roadmaps[0]!.name).toBe('First')
    await input.setValue('Plan A')
    await wrapper.get('form').trigger('submit')
    expect(store.roadmaps[0]!.name).toBe('Plan A')
    wrapper.unmount()
  })

  it('duplicates, and deletes only after the dialog is confirmed', async () => {
    const { store, wrapper, button } = setup()
    await button('Duplicate First').trigger('click')
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First', 'First (copy)', 'Second'])
    await button('Delete Second').trigger('click')
    expect(store.roadmaps).toHaveLength(3)
    const dialog = wrapper.get('dialog')
    expect(dialog.text()).toContain('“Second” and its logged time will be deleted')
    await dialog.get('button.btn-danger').trigger('click')
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First', 'First (copy)'])
    expect(store.active?.name).toBe('First (copy)')
    wrapper.unmount()
  })
})
