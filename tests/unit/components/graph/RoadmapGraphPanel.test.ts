import { beforeAll, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import RoadmapGraphPanel from '@/components/graph/RoadmapGraphPanel.vue'
import { chain } from '../../helpers'
import { mountInEditor } from './harness'

function panelFor(id: string) {
  const roadmap = chain()
  const milestone = roadmap.milestones.find((m) => m.id === id)!
  return mountInEditor(roadmap, RoadmapGraphPanel, { milestone })
}

describe('RoadmapGraphPanel', () => {
  // The panel loads the advice (and the content files) lazily: loaded up front, that import
  // cannot still be running when the test file ends (vitest reports a teardown error then).
  beforeAll(async () => {
    await import('@/components/plan/MilestoneAdvice.vue')
  })

  it('stores a changed title in the current language as one step; an empty one is refused', async () => {
    const { wrapper, store } = panelFor('a')
    const title = wrapper.find('input[type="text"]')
    await title.setValue('   ')
    await title.trigger('change')
    expect(wrapper.text()).toContain('Give the milestone a title.')
    expect(store.canUndo).toBe(false)
    await title.setValue('Linear algebra first')
    await title.trigger('change')
    expect(store.milestoneById.get('a')!.title).toEqual({
      ko: 'a 제목',
      en: 'Linear algebra first',
    })
    expect(wrapper.text()).not.toContain('Give the milestone a title.')
    store.undo()
    expect(store.milestoneById.get('a')!.title).toEqual({ ko: 'a 제목', en: 'a title' })
    expect(store.canUndo).toBe(false)
  })

  it('refuses impossible hours and unsafe links, and accepts good ones', async () => {
    const { wrapper, store } = panelFor('a')
    const hours = wrapper.find('input[type="number"]')
    await hours.setValue('-4')
    await hours.trigger('change')
    expect(wrapper.text()).toContain('Enter hours between 0 and 10000.')
    expect(store.milestoneById.get('a')!.estimateHours).toBe(10)
    const [label, url] = wrapper.findAll('form input')
    await label!.setValue('Notes')
    await url!.setValue('javascript:alert(1)')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain(
      'Enter a full address starting with http://, https:// or mailto:.',
    )
    expect(store.milestoneById.get('a')!.links).toEqual([])
    await url!.setValue('https://example.com/la')
    await wrapper.find('form').trigger('submit')
    expect(store.milestoneById.get('a')!.links).toEqual([
      { label: 'Notes', url: 'https://example.com/la' },
    ])
  })

  it('adds a prerequisite from the panel; one that would loop is disabled and refused', async () => {
    const { wrapper, store, editor } = panelFor('a')
    const pick = wrapper.find('#prereq-pick')
    await pick.setValue('d')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add')!
      .trigger('click')
    expect(store.active!.edges).toContainEqual({ from: 'd', to: 'a' })
    // What already comes after "a" is listed last, disabled, with the reason.
    const options = pick.findAll('option').filter((o) => o.attributes('value'))
    expect(options.map((o) => [o.text(), o.attributes('disabled') !== undefined])).toEqual([
      ['b title (comes after this one: it would make a loop)', true],
      ['c title (comes after this one: it would make a loop)', true],
    ])
    // The store refuses it too, naming the path.
    await pick.setValue('c')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add')!
      .trigger('click')
    expect(editor.notice.value).toEqual({
      tone: 'error',
      text: 'That would make a loop: a title → b title → c title → a title.',
    })
    expect(store.active!.edges).not.toContainEqual({ from: 'c', to: 'a' })
  })

  it('removes a dependent link and deletes the milestone, each undoable', async () => {
    const { wrapper, store, editor } = panelFor('b')
    await wrapper.find('button[aria-label="Remove the link to “c title”"]').trigger('click')
    expect(store.active!.edges).toEqual([{ from: 'a', to: 'b' }])
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Delete')!
      .trigger('click')
    await nextTick()
    expect(store.milestoneById.has('b')).toBe(false)
    expect(editor.notice.value).toMatchObject({ text: 'Deleted a milestone.', undo: true })
    store.undo()
    store.undo()
    expect(store.active!.edges).toHaveLength(2)
  })

  it('marking done ahead of open prerequisites is allowed, and says so with undo', async () => {
    const { wrapper, store, editor } = panelFor('c')
    await editor.setStatus(['c'], 'done')
    await nextTick()
    expect(store.milestoneById.get('c')?.status).toBe('done')
    expect(editor.notice.value).toEqual({
      tone: 'info',
      text: 'Marked done, though what comes before it is still open: b title.',
      undo: true,
    })
    await editor.setStatus(['a', 'b'], 'done')
    expect(editor.notice.value).toBeNull()
    wrapper.unmount()
  })
})
