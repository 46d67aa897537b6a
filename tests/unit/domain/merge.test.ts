import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepEqual, mergeAppData } from '@/domain/merge'
import { newTimeLog } from '@/domain/allocation'
import { emptyAppData, emptyProfile, validateAppData } from '@/domain/migrations'
import type { AppData, Milestone, Roadmap, Timer } from '@/domain/schema'
import { STATUSES } from '@/domain/schema'
import { chain, milestone, roadmap, timeEntry } from '../helpers'

/** One roadmap (a → b → c, and d) with its time log, as a tab loaded it. */
function base(): AppData {
  const r = chain()
  return {
    ...emptyAppData(),
    roadmaps: [r],
    activeRoadmapId: r.id,
    timeLogs: { r1: newTimeLog(r) },
  }
}

/** `data` with milestone `id` of roadmap r1 changed by `patch`. */
function withMilestone(data: AppData, id: string, patch: Partial<Milestone>): AppData {
  return withRoadmap(data, 'r1', (r) => ({
    ...r,
    milestones: r.milestones.map((m) => (m.id === id ? { ...m, ...patch } : m)),
  }))
}

function withRoadmap(data: AppData, id: string, change: (r: Roadmap) => Roadmap): AppData {
  return { ...data, roadmaps: data.roadmaps.map((r) => (r.id === id ? change(r) : r)) }
}

const milestoneOf = (data: AppData, id: string, roadmapId = 'r1') =>
  data.roadmaps.find((r) => r.id === roadmapId)?.milestones.find((m) => m.id === id)

const paths = (merged: ReturnType<typeof mergeAppData>) => merged.conflicts.map((c) => c.path)

describe('mergeAppData: by record', () => {
  it('keeps both tabs’ changes to different milestones, with no conflict', () => {
    const b = base()
    const local = withMilestone(b, 'a', { status: 'done' })
    const remote = withMilestone(b, 'b', { notes: 'read chapter 3' })
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(milestoneOf(merged.data, 'a')?.status).toBe('done')
    expect(milestoneOf(merged.data, 'b')?.notes).toBe('read chapter 3')
    expect(validateAppData(merged.data).ok).toBe(true)
  })

  it('keeps different fields of the same milestone changed in each tab', () => {
    const b = base()
    const local = withMilestone(b, 'a', { status: 'in-progress' })
    const remote = withMilestone(b, 'a', { notes: 'remote note', estimateHours: 42 })
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(milestoneOf(merged.data, 'a')).toMatchObject({
      status: 'in-progress',
      notes: 'remote note',
      estimateHours: 42,
    })
  })

  it('reports the same field changed to two values, keeping the local one', () => {
    const b = base()
    const local = withMilestone(b, 'a', { notes: 'mine' })
    const remote = withMilestone(b, 'a', { notes: 'theirs' })
    const merged = mergeAppData(b, local, remote)
    expect(paths(merged)).toEqual([['roadmaps', 'r1', 'milestones', 'a', 'notes']])
    expect(milestoneOf(merged.data, 'a')?.notes).toBe('mine')
  })

  it('does not report the same field changed to the same value', () => {
    const b = base()
    const local = withMilestone(b, 'a', { status: 'done' })
    const remote = withMilestone(b, 'a', { status: 'done' })
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(milestoneOf(merged.data, 'a')?.status).toBe('done')
  })

  it('keeps a milestone added in one tab and drops one removed (unchanged) in the other', () => {
    const b = base()
    const local = withRoadmap(b, 'r1', (r) => ({
      ...r,
      milestones: [...r.milestones, milestone('e')],
    }))
    const remote = withRoadmap(b, 'r1', (r) => ({
      ...r,
      milestones: r.milestones.filter((m) => m.id !== 'd'),
    }))
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(merged.data.roadmaps[0]?.milestones.map((m) => m.id)).toEqual(['a', 'b', 'c', 'e'])
  })

  it('places a local addition after the record before it, in the remote order', () => {
    const b = base()
    const local = withRoadmap(b, 'r1', (r) => ({
      ...r,
      milestones: [r.milestones[0]!, milestone('x'), ...r.milestones.slice(1)],
    }))
    const remote = withRoadmap(b, 'r1', (r) => ({
      ...r,
      milestones: [...r.milestones, milestone('y')],
    }))
    const merged = mergeAppData(b, local, remote)
    expect(merged.data.roadmaps[0]?.milestones.map((m) => m.id)).toEqual([
      'a',
      'x',
      'b',
      'c',
      'd',
      'y',
    ])
  })

  it('keeps a milestone removed in this tab but changed in the other, and reports it', () => {
    const b = base()
    const local = withRoadmap(b, 'r1', (r) => ({
      ...r,
      milestones: r.milestones.filter((m) => m.id !== 'd'),
    }))
    const remote = withMilestone(b, 'd', { notes: 'changed there' })
    const merged = mergeAppData(b, local, remote)
    expect(paths(merged)).toEqual([['roadmaps', 'r1', 'milestones', 'd']])
    expect(milestoneOf(merged.data, 'd')?.notes).toBe('changed there')
  })

  it('keeps a milestone changed in this tab but removed in the other, and reports it', () => {
    const b = base()
    const local = withMilestone(b, 'd', { status: 'done' })
    const remote = withRoadmap(b, 'r1', (r) => ({
      ...r,
      milestones: r.milestones.filter((m) => m.id !== 'd'),
    }))
    const merged = mergeAppData(b, local, remote)
    expect(paths(merged)).toEqual([['roadmaps', 'r1', 'milestones', 'd']])
    expect(milestoneOf(merged.data, 'd')?.status).toBe('done')
  })

  it('takes the later instant of a field ending in `At`, without a report', () => {
    const b = base()
    const local = withRoadmap(
      withMilestone(b, 'a', { status: 'done', statusChangedAt: '2026-03-02T10:00:00.000Z' }),
      'r1',
      (r) => ({ ...r, updatedAt: '2026-03-02T10:00:00.000Z' }),
    )
    const remote = withRoadmap(
      withMilestone(b, 'a', { status: 'done', statusChangedAt: '2026-03-01T09:00:00.000Z' }),
      'r1',
      (r) => ({ ...r, updatedAt: '2026-03-03T08:00:00.000Z' }),
    )
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(merged.data.roadmaps[0]?.updatedAt).toBe('2026-03-03T08:00:00.000Z')
    expect(milestoneOf(merged.data, 'a')?.statusChangedAt).toBe('2026-03-02T10:00:00.000Z')
  })

  it('merges edges as sets: additions on both sides kept, a removal on one side applied', () => {
    const b = base() // a → b, b → c
    const local = withRoadmap(b, 'r1', (r) => ({
      ...r,
      edges: [...r.edges.filter((e) => e.from !== 'b'), { from: 'a', to: 'd' }],
    }))
    const remote = withRoadmap(b, 'r1', (r) => ({
      ...r,
      edges: [...r.edges, { from: 'c', to: 'd' }],
    }))
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    const edges = merged.data.roadmaps[0]!.edges.map((e) => `${e.from}→${e.to}`)
    expect(edges.sort()).toEqual(['a→b', 'a→d', 'c→d'])
    expect(validateAppData(merged.data).ok).toBe(true)
  })

  it('merges time entries by id: entries logged in two tabs are both kept', () => {
    const b = base()
    const log = b.timeLogs.r1!
    const mine = timeEntry('2026-03-02', 30)
    const theirs = timeEntry('2026-03-02', 45, 'web')
    const local = { ...b, timeLogs: { r1: { ...log, entries: [mine] } } }
    const remote = { ...b, timeLogs: { r1: { ...log, entries: [theirs] } } }
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(merged.data.timeLogs.r1?.entries.map((e) => e.id).sort()).toEqual(
      [mine.id, theirs.id].sort(),
    )
  })

  it('merges weekly targets by track', () => {
    const b = base()
    const log = b.timeLogs.r1!
    const retarget = (track: string, minutes: number) => ({
      ...b,
      timeLogs: {
        r1: {
          ...log,
          weeklyTargets: log.weeklyTargets.map((t) => (t.track === track ? { ...t, minutes } : t)),
        },
      },
    })
    const merged = mergeAppData(b, retarget('ml', 600), retarget('web', 120))
    expect(merged.conflicts).toEqual([])
    expect(merged.data.timeLogs.r1?.weeklyTargets).toEqual(
      expect.arrayContaining([
        { track: 'ml', minutes: 600 },
        { track: 'web', minutes: 120 },
      ]),
    )
  })

  it('merges settings by field', () => {
    const b = base()
    const local = { ...b, settings: { ...b.settings, theme: 'dark' as const } }
    const remote = { ...b, settings: { ...b.settings, locale: 'ko' as const } }
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(merged.data.settings).toEqual({ locale: 'ko', theme: 'dark' })
  })

  it('merges the portfolio profile by field; the same field changed in both keeps this tab’s', () => {
    const b = base()
    const local = {
      ...b,
      profile: { ...b.profile, name: '김민지', github: 'https://github.com/minji' },
    }
    const remote = { ...b, profile: { ...b.profile, headline: 'ML engineer', name: 'Minji Kim' } }
    const merged = mergeAppData(b, local, remote)
    expect(merged.data.profile).toEqual({
      ...b.profile,
      name: '김민지',
      headline: 'ML engineer',
      github: 'https://github.com/minji',
    })
    expect(merged.conflicts).toEqual([{ path: ['profile', 'name'], theirs: 'Minji Kim' }])
    expect(validateAppData(merged.data).ok).toBe(true)
  })
})

describe('mergeAppData: roadmaps', () => {
  /** Two roadmaps, each with a time log, and a timer running on r2. */
  function twoRoadmaps(): AppData {
    const r1 = chain()
    const r2 = roadmap([milestone('p')], [], { id: 'r2', name: 'Second' })
    const timer: Timer = {
      roadmapId: 'r2',
      track: 'ml',
      milestone: 'p',
      runningSince: '2026-03-01T09:00:00.000Z',
      accumulatedMs: 0,
      day: '2026-03-01',
    }
    return {
      ...emptyAppData(),
      roadmaps: [r1, r2],
      activeRoadmapId: 'r1',
      timeLogs: { r1: newTimeLog(r1), r2: newTimeLog(r2) },
      timer,
    }
  }

  it('drops the time log and the timer of a roadmap deleted in the other tab', () => {
    const b = twoRoadmaps()
    // This tab logged time on r2 meanwhile; the other deleted r2 (and so its log and timer).
    const local: AppData = {
      ...b,
      timeLogs: {
        ...b.timeLogs,
        r2: { ...b.timeLogs.r2!, entries: [timeEntry('2026-03-01', 20, 'ml', 'p')] },
      },
    }
    const remote: AppData = {
      ...b,
      roadmaps: b.roadmaps.filter((r) => r.id !== 'r2'),
      timeLogs: { r1: b.timeLogs.r1! },
      timer: null,
    }
    const merged = mergeAppData(b, local, remote)
    expect(merged.data.roadmaps.map((r) => r.id)).toEqual(['r1'])
    expect(Object.keys(merged.data.timeLogs)).toEqual(['r1'])
    expect(merged.data.timer).toBeNull()
    expect(validateAppData(merged.data).ok).toBe(true)
  })

  it('keeps this tab’s open roadmap, whatever the other tab has open', () => {
    const b = twoRoadmaps()
    const local = { ...b, activeRoadmapId: 'r2' }
    const remote = withMilestone({ ...b, activeRoadmapId: 'r1' }, 'a', { status: 'done' })
    const merged = mergeAppData(b, local, remote)
    expect(merged.conflicts).toEqual([])
    expect(merged.data.activeRoadmapId).toBe('r2')
    expect(mergeAppData(b, remote, local).data.activeRoadmapId).toBe('r1')
  })

  it('opens the first roadmap left when the other tab deleted the one open here', () => {
    const b = { ...twoRoadmaps(), timer: null }
    const local = { ...b, activeRoadmapId: 'r2' }
    const remote = { ...b, roadmaps: b.roadmaps.slice(0, 1), timeLogs: { r1: b.timeLogs.r1! } }
    expect(mergeAppData(b, local, remote).data.activeRoadmapId).toBe('r1')
  })
})

// ------------------------------------------------------------------- properties

const ids = ['a', 'b', 'c', 'd', 'e'] as const

const milestoneArb = fc
  .record({
    id: fc.constantFrom(...ids),
    status: fc.constantFrom(...STATUSES),
    notes: fc.string({ maxLength: 6 }),
    estimateHours: fc.integer({ min: 0, max: 40 }),
    statusChangedAt: fc.option(
      fc.integer({ min: 0, max: 1e11 }).map((ms) => new Date(1.7e12 + ms).toISOString()),
      { nil: undefined },
    ),
  })
  .map(({ id, statusChangedAt, ...patch }) =>
    milestone(id, statusChangedAt ? { ...patch, statusChangedAt } : patch),
  )

const roadmapArb = (id: string) =>
  fc
    .record({
      name: fc.constantFrom('One', 'Two', 'Three'),
      milestones: fc.uniqueArray(milestoneArb, { selector: (m) => m.id, maxLength: 5 }),
      edges: fc.uniqueArray(
        fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids) }),
        { selector: (e) => `${e.from}→${e.to}`, maxLength: 4 },
      ),
    })
    .map(({ name, milestones, edges }) => roadmap(milestones, edges, { id, name }))

/** Any app data of up to two roadmaps, with time logs and a timer on existing roadmaps only. */
const appDataArb: fc.Arbitrary<AppData> = fc
  .record({
    roadmaps: fc.subarray(['r1', 'r2']).chain((rs) => fc.tuple(...rs.map(roadmapArb))),
    locale: fc.constantFrom(null, 'ko' as const, 'en' as const),
    minutes: fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 3 }),
    timer: fc.boolean(),
    active: fc.nat(),
    name: fc.constantFrom('', 'Minji', '민지'),
    github: fc.constantFrom(null, 'https://github.com/minji'),
  })
  .map(({ roadmaps, locale, minutes, timer, active, name, github }) => {
    const first = roadmaps[0]
    return {
      profile: { ...emptyProfile(), name, github },
      roadmaps,
      activeRoadmapId: roadmaps[active % Math.max(1, roadmaps.length)]?.id ?? null,
      settings: { locale },
      timeLogs: Object.fromEntries(
        roadmaps.map((r) => [
          r.id,
          {
            ...newTimeLog(r),
            entries: minutes.map((m, i) => ({
              ...timeEntry('2026-03-01', m),
              id: `${r.id}-e${i}`,
            })),
          },
        ]),
      ),
      timer:
        timer && first
          ? {
              roadmapId: first.id,
              track: 'ml',
              milestone: null,
              runningSince: null,
              accumulatedMs: 1000,
              day: '2026-03-01',
            }
          : null,
    }
  })

const withoutActive = (data: AppData) => ({ ...data, activeRoadmapId: null })

describe('mergeAppData: properties', () => {
  it('a side that changed nothing takes the other side whole', () => {
    fc.assert(
      fc.property(appDataArb, appDataArb, (b, x) => {
        const remoteUnchanged = mergeAppData(b, x, b)
        expect(remoteUnchanged.data).toEqual(x)
        expect(remoteUnchanged.conflicts).toEqual([])
        const localUnchanged = mergeAppData(b, b, x)
        expect(withoutActive(localUnchanged.data)).toEqual(withoutActive(x))
        expect(localUnchanged.conflicts).toEqual([])
      }),
    )
  })

  it('both sides making the same change give that change, with no conflict', () => {
    fc.assert(
      fc.property(appDataArb, appDataArb, (b, x) => {
        const merged = mergeAppData(b, x, x)
        expect(merged.data).toEqual(x)
        expect(merged.conflicts).toEqual([])
      }),
    )
  })

  it('status changes to different milestones in two tabs both survive', () => {
    const statusChanges = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.constantFrom(...STATUSES),
    )
    fc.assert(
      fc.property(statusChanges, statusChanges, (mine, theirs) => {
        const b = base()
        const apply = (changes: Record<string, string>, skip: Record<string, string>) =>
          Object.entries(changes)
            .filter(([id]) => !(id in skip))
            .reduce(
              (data, [id, status]) =>
                withMilestone(data, id, { status: status as Milestone['status'] }),
              b,
            )
        const local = apply(mine, {})
        const remote = apply(theirs, mine)
        const merged = mergeAppData(b, local, remote)
        expect(merged.conflicts).toEqual([])
        for (const id of ['a', 'b', 'c', 'd']) {
          const expected = mine[id] ?? theirs[id] ?? 'todo'
          expect(milestoneOf(merged.data, id)?.status).toBe(expected)
        }
        expect(deepEqual(merged.data.timeLogs, b.timeLogs)).toBe(true)
      }),
    )
  })
})
