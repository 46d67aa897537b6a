import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import RoadmapGraphNewMilestone from '@/components/graph/RoadmapGraphNewMilestone.vue'
import { chain } from '../../helpers'
import { mountInEditor } from './harness'

describe('RoadmapGraphNewMilestone', () => {
  it('refuses an empty title or impossible hours with a message, storing nothing', async () => {
    const { wrapper, store } = mountInEditor(chain(), RoadmapGraphNewMilestone)
    const before = store.active
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Give the milestone a title.')
    expect(wrapper.find('input[type="text"]').attributes('aria-invalid')).toBe('true')
    await wrapper.find('input[type="text"]').setValue('Blog about it')
    await wrapper.find('input[type="number"]').setValue('20000')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter hours between 0 and 10000.')
    expect(store.active).toBe(before)
    expect(store.canUndo).toBe(false)
  })

  it('adds the milestone in the UI language, opens it and offers undo', async () => {
    const { wrapper, store, editor } = mountInEditor(chain(), RoadmapGraphNewMilestone, {}, 'ko')
    await wrapper.find('input[type="text"]').setValue('  블로그에 정리하기 ')
    await wrapper.find('select').setValue('web')
    await wrapper.find('input[type="number"]').setValue('6')
    await wrapper.find('form').trigger('submit')
    await nextTick()
    const added = store.active!.milestones.at(-1)!
    expect(added.title).toEqual({ ko: '블로그에 정리하기', en: '' })
    expect(added.track).toBe('web')
    expect(added.estimateHours).toBe(6)
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/)
    // Every card now has a stored position, and all of it is one undo step.
    expect(store.active!.milestones.every((m) => m.position)).toBe(true)
    expect(editor.panelId.value).toBe(added.id)
    expect(editor.notice.value).toMatchObject({ tone: 'info', undo: true })
    store.undo()
    expect(store.active!.milestones).toHaveLength(4)
    expect(store.active!.milestones.some((m) => m.position)).toBe(false)
    expect(store.canUndo).toBe(false)
  })
})
