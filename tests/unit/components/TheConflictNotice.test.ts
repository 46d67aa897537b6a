import { content } from '@/content'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import TheConflictNotice from '@/components/TheConflictNotice.vue'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createAppI18n } from '@/i18n'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'

function setup(locale: 'en' | 'ko' = 'en') {
  const roadmap = useRoadmapStore()
  roadmap.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
  const r = roadmap.active!
  const m = r.milestones[0]!
  const p = usePersistenceStore()
  const wrapper = mount(TheConflictNotice, { global: { plugins: [createAppI18n(locale)] } })
  return { r, m, p, wrapper, title: m.title[locale] }
}

describe('TheConflictNotice', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('names each field both tabs changed, with the other tab’s value', async () => {
    const { r, m, p, wrapper, title } = setup()
    expect(wrapper.find('[data-testid="conflict-notice"]').exists()).toBe(false)
    p.conflicts = [
      { path: ['roadmaps', r.id, 'milestones', m.id, 'notes'], theirs: 'flexbox 정리' },
      { path: ['roadmaps', r.id, 'milestones', m.id, 'status'], theirs: 'in-progress' },
      { path: ['roadmaps', r.id, 'milestones', m.id] },
    ]
    await wrapper.vm.$nextTick()
    const items = wrapper.findAll('li').map((li) => li.text())
    expect(items).toEqual([
      `Notes on “${title}” — The other tab had: flexbox 정리`,
      `Status of “${title}” — The other tab had: In progress`,
      `Details of “${title}” — The other tab deleted it.`,
    ])
    await wrapper.get('button').trigger('click')
    expect(p.conflicts).toEqual([])
    expect(wrapper.find('[data-testid="conflict-notice"]').exists()).toBe(false)
  })

  it('says when this tab’s changes could not be merged, in Korean', async () => {
    const { p, wrapper } = setup('ko')
    p.conflicts = [{ path: [] }]
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('다른 탭의 내용을 보여 드립니다')
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(wrapper.get('button').text()).toBe('확인')
  })
})
