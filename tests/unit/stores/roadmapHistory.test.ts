import { content } from '@/content'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_HISTORY_LIMIT } from '@/domain/history'
import { useRoadmapStore } from '@/stores/roadmap'
import { chain } from '../helpers'

describe('roadmap store: undo and redo', () => {
  beforeEach(() => setActivePinia(createPinia()))

  function loaded() {
    const store = useRoadmapStore()
    store.hydrate({ roadmaps: [chain()], activeRoadmapId: 'r1' })
    return store
  }

  it('undoes and redoes status changes, edits, connections and deletions', () => {
    const store = loaded()
    expect(store.canUndo).toBe(false)
    store.setStatus(['a'], 'done')
    store.connect('a', 'd')
    store.removeMilestones(['c'])
    expect(store.active!.milestones.map((m) => m.id)).toEqual(['a', 'b', 'd'])
    store.undo()
    expect(store.active!.milestones.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd'])
    store.undo()
    expect(store.active!.edges).toHaveLength(2)
    store.undo()
    expect(store.milestoneById.get('a')!.status).toBe('todo')
    expect(store.canUndo).toBe(false)
    store.redo()
    store.redo()
    expect(store.milestoneById.get('a')!.status).toBe('done')
    expect(store.active!.edges).toHaveLength(3)
    expect(store.canRedo).toBe(true)
  })

  it('makes one step of a whole gesture: a drag of several cards, a status for a selection', () => {
    const store = loaded()
    const before = store.active
    store.placeMilestones(
      new Map([
        ['a', { x: 10, y: 10 }],
        ['b', { x: 20, y: 20 }],
        ['c', { x: 30, y: 30 }],
      ]),
    )
    store.setStatus(['a', 'b', 'c'], 'skipped')
    store.undo()
    // The three statuses went back at once; the three positions stay, then go back at once.
    expect(store.active!.milestones.every((m) => m.status === 'todo')).toBe(true)
    expect(['a', 'b', 'c'].every((id) => store.milestoneById.get(id)!.position)).toBe(true)
    store.undo()
    expect(store.active).toBe(before)
    expect(store.canUndo).toBe(false)
  })

  it('adds a milestone and the positions it needs as one step, refusing bad input', () => {
    const store = loaded()
    const bad = store.addMilestone({ title: ' ', track: 'ml', estimateHours: 1 }, 'en')
    expect(bad).toEqual({ ok: false, field: 'title', problem: 'title-empty' })
    expect(store.canUndo).toBe(false)
    const good = store.addMilestone(
      { title: 'Blog', track: 'web', estimateHours: '4', position: { x: 1, y: 1 } },
      'en',
      new Map([['a', { x: 5, y: 5 }]]),
    )
    expect(good?.ok).toBe(true)
    expect(store.active!.milestones).toHaveLength(5)
    expect(store.milestoneById.get('a')!.position).toEqual({ x: 5, y: 5 })
    store.undo()
    expect(store.active!.milestones).toHaveLength(4)
    expect(store.milestoneById.get('a')!.position).toBeUndefined()
    expect(store.canUndo).toBe(false)
  })

  it('refuses a loop with the path and records nothing', () => {
    const store = loaded()
    expect(store.connect('c', 'a')).toBe(false)
    expect(store.lastError).toEqual({
      kind: 'cycle',
      from: 'c',
      to: 'a',
      path: ['a', 'b', 'c', 'a'],
    })
    expect(store.canUndo).toBe(false)
  })

  it('keeps at most the history limit', () => {
    const store = loaded()
    for (let i = 0; i < DEFAULT_HISTORY_LIMIT + 30; i++)
      store.placeMilestones(new Map([['a', { x: i, y: 0 }]]))
    let undone = 0
    while (store.undo()) undone++
    // The oldest 30 placements (and the card without a position) are forgotten.
    expect(undone).toBe(DEFAULT_HISTORY_LIMIT)
    expect(store.milestoneById.get('a')!.position).toEqual({ x: 29, y: 0 })
  })

  it('starts a new history when the roadmap is replaced by the questionnaire or loaded', () => {
    const store = loaded()
    store.setStatus(['a'], 'done')
    store.createFromAnswers(content.template, MENTOR_ANSWERS, 'New')
    expect(store.canUndo).toBe(false)
    expect(store.undo()).toBe(false)
    store.setStatus([store.active!.milestones[0]!.id], 'done')
    expect(store.canUndo).toBe(true)
    store.hydrate({ roadmaps: [chain()], activeRoadmapId: 'r1' })
    expect(store.canUndo).toBe(false)
  })
})
