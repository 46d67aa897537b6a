import { content } from '@/content'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'
import { useLibraryStore } from '@/stores/library'
import { usePersistenceStore } from '@/stores/persistence'
import { newTimeLog } from '@/domain/allocation'
import { validateAppData } from '@/domain/migrations'
import fc from 'fast-check'

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
    store.setStatus([store.upNext[0]!.id], 'done')
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

  it('duplicating copies the roadmap and its time log under a new id', () => {
    const { store, first } = twoRoadmaps()
    const time = useTimeStore()
    store.switchTo(first)
    const track = store.active!.tracks[0]!.id
    expect(
      time.addEntry({ day: '2026-01-05', minutes: 30, track, milestone: null, note: '' }).ok,
    ).toBe(true)
    const copy = useLibraryStore().duplicate(first, 'First (copy)')!
    expect(copy).not.toBe(first)
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First', 'First (copy)', 'Second'])
    expect(time.timeLogs[copy]?.entries).toHaveLength(1)
    expect(time.timeLogs[copy]).not.toBe(time.timeLogs[first])
    expect(store.activeRoadmapId).toBe(first)
    expect(validateAppData(usePersistenceStore().appData).ok).toBe(true)
  })

  it('deleting takes the time log and a timer on it along; the last one leaves none', () => {
    const { store, first, second } = twoRoadmaps()
    const time = useTimeStore()
    const library = useLibraryStore()
    const track = store.active!.tracks[0]!.id
    time.addEntry({ day: '2026-01-05', minutes: 30, track, milestone: null, note: '' })
    expect(time.startTimer(track)).toBe(true)
    expect(library.remove(second)).toBe(first)
    expect(store.roadmaps.map((r) => r.name)).toEqual(['First'])
    expect(time.timeLogs[second]).toBeUndefined()
    expect(time.timer).toBeNull()
    expect(validateAppData(usePersistenceStore().appData).ok).toBe(true)
    expect(library.remove(first)).toBeNull()
    expect(store.active).toBeNull()
    expect(time.timeLogs).toEqual({})
  })

  it('an imported roadmap file brings its time log along', () => {
    const { store, first } = twoRoadmaps()
    const time = useTimeStore()
    const roadmap = store.roadmaps[0]!
    const log = { ...newTimeLog(roadmap), entries: [] }
    time.addEntry({
      day: '2026-01-05',
      minutes: 45,
      track: store.active!.tracks[0]!.id,
      milestone: null,
      note: '',
    })
    const id = useLibraryStore().addFile({
      roadmap,
      timeLog: time.timeLogs[store.activeRoadmapId!] ?? log,
    })
    expect(id).not.toBe(first)
    expect(store.activeRoadmapId).toBe(id)
    expect(time.entries).toHaveLength(1)
    expect(validateAppData(usePersistenceStore().appData).ok).toBe(true)
  })

  it('no sequence of library operations leaves a time log without its roadmap', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), asNew: fc.boolean() }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('import' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('log' as const), minutes: fc.integer({ min: 1, max: 600 }) }),
      fc.record({ kind: fc.constant('timer' as const) }),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        setActivePinia(createPinia())
        const store = useRoadmapStore()
        const time = useTimeStore()
        const library = useLibraryStore()
        const pick = (at: number) => store.roadmaps[at % Math.max(1, store.roadmaps.length)]
        for (const o of ops) {
          if (o.kind === 'create')
            library.createFromAnswers(content.template, MENTOR_ANSWERS, 'R', new Date(), o.asNew)
          else if (o.kind === 'duplicate') {
            const r = pick(o.at)
            if (r) library.duplicate(r.id, `${r.name} copy`)
          } else if (o.kind === 'remove') {
            const r = pick(o.at)
            if (r) library.remove(r.id)
          } else if (o.kind === 'import') {
            const r = pick(o.at)
            if (r) library.addFile({ roadmap: r, timeLog: time.timeLogs[r.id] ?? null })
          } else if (o.kind === 'log') {
            const track = store.active?.tracks[0]?.id
            if (track)
              time.addEntry({
                day: '2026-01-05',
                minutes: o.minutes,
                track,
                milestone: null,
                note: '',
              })
          } else {
            const track = store.active?.tracks[0]?.id
            if (track) time.startTimer(track)
          }
        }
        const result = validateAppData(usePersistenceStore().appData)
        expect(result.ok ? [] : result.problems).toEqual([])
      }),
      { numRuns: 60 },
    )
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
