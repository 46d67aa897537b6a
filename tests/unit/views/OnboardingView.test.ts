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
    const django = wrapper.find('input[name="backend"][value="django"]')
    expect((django.element as HTMLInputElement).checked).toBe(true)
    expect(django.element.closest('label')!.textContent).toContain('Mentor’s pick')
  })

  it('says why an answer is preselected where the mentor names no pick, and follows the goal', async () => {
    const { wrapper } = await mountView()
    const radio = (name: string, value: string) =>
      wrapper.find(`input[name="${name}"][value="${value}"]`).element as HTMLInputElement
    expect(radio('framework', 'pytorch').checked).toBe(true)
    expect(radio('framework', 'pytorch').closest('label')!.textContent).toContain('Preselected')
    const demo = radio('demo', 'own-page').closest('fieldset')!
    expect(radio('demo', 'own-page').checked).toBe(true)
    expect(demo.textContent).toContain('serving it on the web beats following an example')
    expect(demo.getAttribute('aria-describedby')).toBe('demo-reason demo-note')
    // Research ahead: an existing tool is enough for the demo, and the reason says so.
    await wrapper.find('input[value="research-engineer"]').setValue(true)
    expect(radio('demo', 'streamlit').checked).toBe(true)
    expect(radio('demo', 'streamlit').closest('label')!.textContent).toContain('Preselected')
    expect(demo.textContent).toContain('the web is not your focus')
    // An answer the user picked themselves stays when the goal changes.
    await wrapper.find('input[name="demo"][value="dash"]').setValue(true)
    await wrapper.find('input[value="fullstack-ml"]').setValue(true)
    expect(radio('demo', 'dash').checked).toBe(true)
  })

  it('asks for a goal and refuses bad hours without creating anything', async () => {
    const { wrapper } = await mountView()
    // The goal is the user's own: nothing is chosen for them, and it says it is required.
    const goals = wrapper.findAll('input[name="goal"]')
    expect(goals.every((g) => !(g.element as HTMLInputElement).checked)).toBe(true)
    expect(goals.every((g) => (g.element as HTMLInputElement).required)).toBe(true)
    expect(wrapper.find('fieldset legend').text()).toBe('What are you aiming for? (required)')
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
    await wrapper.find('input[name="backend"][value="flask"]').setValue(true)
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

  it('shows why each choice is recommended', async () => {
    const { wrapper } = await mountView()
    const backend = wrapper
      .find('input[name="backend"][value="django"]')
      .element.closest('fieldset')!
    expect(backend.textContent).toContain('Instagram was originally built on Django')
    expect(backend.getAttribute('aria-describedby')).toBe('backend-reason')
  })

  it('recommends the frontend the user already knows, React only if they know none', async () => {
    const { wrapper } = await mountView()
    const checked = () =>
      (['react', 'vue', 'angular'] as const).find(
        (v) =>
          (wrapper.find(`input[name="frontend"][value="${v}"]`).element as HTMLInputElement)
            .checked,
      )
    expect(checked()).toBe('react')
    await wrapper.find('#known-frameworks-vue').setValue(true)
    expect(checked()).toBe('vue')
    expect(
      wrapper.find('input[name="frontend"][value="vue"]').element.closest('label')!.textContent,
    ).toContain('You know it')
    await wrapper.find('#known-frameworks-vue').setValue(false)
    expect(checked()).toBe('react')
    // An answer the user picked themselves stays.
    await wrapper.find('input[name="frontend"][value="angular"]').setValue(true)
    await wrapper.find('#known-frameworks-vue').setValue(true)
    expect(checked()).toBe('angular')
  })

  it('starts what the user has done as done', async () => {
    const { wrapper } = await mountView()
    await wrapper.find('input[value="ai-engineer"]').setValue(true)
    await wrapper.find('#known-done-classifier').setValue(true)
    await wrapper.find('#known-frameworks-vue').setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const r = useRoadmapStore().active!
    expect(r.answers).toMatchObject({ frontend: 'vue', known: ['classifier', 'vue'] })
    const status = Object.fromEntries(r.milestones.map((m) => [m.id, m.status]))
    expect(status).toMatchObject({
      'train-classifier': 'done',
      'fe-vue': 'done',
      'fe-react': 'skipped',
    })
  })

  it('leaves the frontend question out for the PM path and says why', async () => {
    const { wrapper } = await mountView()
    expect(wrapper.find('input[name="frontend"][value="react"]').exists()).toBe(true)
    await wrapper.find('input[value="pm"]').setValue(true)
    expect(wrapper.find('input[name="frontend"][value="react"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('need not go through full stack')
  })
})
