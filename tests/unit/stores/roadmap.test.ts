import { content } from '@/content'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useRoadmapStore } from '@/stores/roadmap'

describe('roadmap store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('creates a roadmap from answers and makes it active', () => {
    const store = useRoadmapStore()
    store.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
    expect(store.roadmaps).toHaveLength(1)
    expect(store.active?.name).toBe('Mine')
    expect(store.active?.weeklyHours).toBe(MENTOR_ANSWERS.hoursPerWeek)
    expect(store.upNext.length).toBeGreaterThan(0)
    expect(store.mlShare).toBeGreaterThanOrEqual(0.7)
  })

  it('restarting replaces the active roadmap instead of adding one', () => {
    const store = useRoadmapStore()
    store.createFromAnswers(content.template, MENTOR_ANSWERS, 'First')
    store.createFromAnswers(content.template, { ...MENTOR_ANSWERS, goal: 'pm' }, 'Second')
    expect(store.roadmaps.map((r) => r.name)).toEqual(['Second'])
  })

  it('status changes update progress and next up', () => {
    const store = useRoadmapStore()
    store.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
    const first = store.upNext[0]!
    expect(store.setStatus([first.id], 'done')).toBe(true)
    expect(store.overall?.done).toBe(1)
    expect(store.upNext.map((m) => m.id)).not.toContain(first.id)
    expect(store.byTrack.get(first.track)?.done).toBe(1)
  })

  it('keeps the reason when the domain refuses a change', () => {
    const store = useRoadmapStore()
    store.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
    expect(store.setStatus(['no-such-milestone'], 'done')).toBe(false)
    expect(store.lastError).toEqual({ kind: 'unknown-milestone', id: 'no-such-milestone' })
  })

  it('choosing another option of a choice group swaps which one is skipped', () => {
    const store = useRoadmapStore()
    store.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
    const group = store.active!.choiceGroups.find((g) => g.question === 'backend')!
    const other = group.options.find((o) => o !== group.chosen)!
    store.choose(group.id, other)
    expect(store.milestoneById.get(other)?.status).toBe('todo')
    expect(store.milestoneById.get(group.chosen!)?.status).toBe('skipped')
  })
})
