import { content } from '@/content'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

function twoRoadmaps() {
  const store = useRoadmapStore()
  const first = store.createFromAnswers(content.template, MENTOR_ANSWERS, 'First').id
  const second = store.createFromAnswers(
    content.template,
    { ...MENTOR_ANSWERS, goal: 'pm' },
    'Second',
    new Date(),
    true,
  ).id
  return { store, first, second }
}

describe('several roadmaps', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('the questionnaire in "new" mode adds a roadmap beside the others and opens it', () => {
    const { store, second } = twoRoadmaps()
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First', 'Second'])
    expect(store.activeRoadmapId).toBe(second)
  })

  it('switching opens another roadmap and starts a new undo history', () => {
    const { store, first } = twoRoadmaps()
    store.updateStatus(store.upNext[0]!.id, 'done')
    expect(store.canUndo).toBe(true)
    expect(store.switchTo(first)).toBe(true)
    expect(store.active?.name).toBe('First')
    expect(store.canUndo).toBe(false)
    expect(store.switchTo('nope')).toBe(false)
    expect(store.active?.name).toBe('First')
  })

  it('renames with validation; renaming the open roadmap can be undone', () => {
    const { store, first, second } = twoRoadmaps()
    expect(store.renameRoadmap(second, '   ')).toEqual({ ok: false, problem: 'empty' })
    expect(store.renameRoadmap(second, 'x'.repeat(201))).toEqual({ ok: false, problem: 'too-long' })
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First', 'Second'])
    expect(store.renameRoadmap(second, '  Plan B  ')).toEqual({ ok: true })
    expect(store.active?.name).toBe('Plan B')
    store.undo()
    expect(store.active?.name).toBe('Second')
    expect(store.renameRoadmap(first, 'Plan A').ok).toBe(true)
    expect(store.roadmaps[0]!.name).toBe('Plan A')
    expect(store.activeRoadmapId).toBe(second)
  })

  it('duplicates a roadmap and its time log under a new id', () => {
    const { store, first } = twoRoadmaps()
    const time = useTimeStore()
    store.switchTo(first)
    const track = store.active!.tracks[0]!.id
    expect(
      time.addEntry({ day: '2026-01-05', minutes: 30, track, milestone: null, note: '' }).ok,
    ).toBe(true)
    const copy = store.duplicateRoadmap(first, 'First (copy)')!
    expect(copy).not.toBe(first)
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First', 'First (copy)', 'Second'])
    time.copyLog(first, copy)
    expect(time.timeLogs[copy]?.entries).toHaveLength(1)
    expect(time.timeLogs[copy]).not.toBe(time.timeLogs[first])
    expect(store.activeRoadmapId).toBe(first)
  })

  it('deleting the open roadmap opens another, and the last one leaves none', () => {
    const { store, first, second } = twoRoadmaps()
    const time = useTimeStore()
    expect(store.deleteRoadmap(second)).toBe(first)
    time.dropLog(second)
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First'])
    expect(store.deleteRoadmap(first)).toBeNull()
    expect(store.active).toBeNull()
  })

  it('an added roadmap gets a fresh id and becomes active', () => {
    const { store, first } = twoRoadmaps()
    const original = store.roadmaps[0]!
    const id = store.addRoadmap(original)
    expect(id).not.toBe(first)
    expect(store.roadmaps).toHaveLength(3)
    expect(store.active?.name).toBe('First')
    expect(store.activeRoadmapId).toBe(id)
  })
})
