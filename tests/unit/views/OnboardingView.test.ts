import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import OnboardingView from '@/views/OnboardingView.vue'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { useRoadmapStore } from '@/stores/roadmap'

async function mountView() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/welcome')
  const wrapper = mount(OnboardingView, { global: { plugins: [createAppI18n('en'), router] } })
  return { wrapper, router }
}

describe('OnboardingView', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('marks the mentor’s picks and preselects them', async () => {
    const { wrapper } = await mountView()
    const django = wrapper.find('input[value="django"]')
    expect((django.element as HTMLInputElement).checked).toBe(true)
    expect(django.element.closest('label')!.textContent).toContain('Mentor’s pick')
  })

  it('asks for a goal and refuses bad hours without creating anything', async () => {
    const { wrapper } = await mountView()
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Please answer every question.')
    await wrapper.find('input[value="pm"]').setValue(true)
    await wrapper.find('#hours').setValue('1.5')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter a whole number of hours between 1 and 100.')
    expect(useRoadmapStore().roadmaps).toEqual([])
  })

  it('creates the roadmap from the answers and opens the graph', async () => {
    const { wrapper, router } = await mountView()
    await wrapper.find('input[value="research-engineer"]').setValue(true)
    await wrapper.find('input[value="flask"]').setValue(true)
    await wrapper.find('#hours').setValue('25')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const r = useRoadmapStore().active!
    expect(r.answers).toMatchObject({
      goal: 'research-engineer',
      backend: 'flask',
      hoursPerWeek: 25,
    })
    expect(r.name).toBe('Research engineer roadmap')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('graph'), { timeout: 5000 })
  })
})
