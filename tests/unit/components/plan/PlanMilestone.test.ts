import { content } from '@/content'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import PlanMilestone from '@/components/plan/PlanMilestone.vue'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createAppI18n } from '@/i18n'
import { useRoadmapStore } from '@/stores/roadmap'
import { particle } from '@/i18n/particles'

function setup(locale: 'en' | 'ko' = 'en') {
  const store = useRoadmapStore()
  store.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
  const mountFor = (id: string) =>
    mount(PlanMilestone, {
      props: { milestone: store.milestoneById.get(id)! },
      global: {
        plugins: [createAppI18n(locale)],
        stubs: { RouterLink: { template: '<a><slot /></a>' } },
      },
    })
  return { store, mountFor }
}

describe('PlanMilestone', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('sets the status through the store when a status is picked', async () => {
    const { store, mountFor } = setup()
    const id = store.upNext[0]!.id
    const wrapper = mountFor(id)
    expect(wrapper.find('legend').text()).toContain(store.milestoneById.get(id)!.title.en)
    await wrapper.find('input[value="done"]').setValue(true)
    expect(store.milestoneById.get(id)?.status).toBe('done')
  })

  it('lists prerequisites and says which it is waiting for', () => {
    const { store, mountFor } = setup()
    const edge = store.active!.edges[0]!
    const wrapper = mountFor(edge.to)
    expect(wrapper.find('.prereqs').text()).toContain('Waiting for')
    expect(wrapper.find('.prereqs').text()).toContain(store.milestoneById.get(edge.from)!.title.en)
  })

  it('explains a skipped choice option and offers to choose it, in Korean too', async () => {
    const { store, mountFor } = setup('ko')
    const group = store.active!.choiceGroups.find((g) => g.question === 'backend')!
    const other = group.options.find((o) => o !== group.chosen)!
    const wrapper = mountFor(other)
    const chosenTitle = store.milestoneById.get(group.chosen!)!.title.ko
    expect(wrapper.find('.choice').text()).toContain(
      `건너뜀: ${chosenTitle}${particle(chosenTitle, '을/를')} 골랐습니다.`,
    )
    expect(wrapper.find('.choice').text()).toContain(group.reason.ko)
    await wrapper.find('.choice button').trigger('click')
    expect(store.milestoneById.get(other)?.status).toBe('todo')
  })

  it('shows the advice behind it with the verbatim Korean quote', () => {
    const { store, mountFor } = setup()
    const wrapper = mountFor(store.upNext[0]!.id)
    const quote = wrapper.find('blockquote')
    expect(quote.attributes('lang')).toBe('ko')
    expect(quote.text()).toMatch(/[가-힣]/)
  })
})
