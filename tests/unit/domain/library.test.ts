import { describe, expect, it } from 'vitest'
import { freeName, replaceRoadmapIn, sameRoadmapIn } from '@/domain/library'
import { emptyAppData } from '@/domain/migrations'
import type { AppData, TimeLog } from '@/domain/schema'
import { milestone, roadmap } from '../helpers'

describe('freeName', () => {
  it('keeps a free name and numbers a taken one with the next free number', () => {
    expect(freeName('Plan', ['Other'])).toBe('Plan')
    expect(freeName('Plan', ['Plan'])).toBe('Plan (2)')
    expect(freeName('Plan', ['Plan', 'Plan (2)'])).toBe('Plan (3)')
    expect(freeName('Plan', ['Plan', 'Plan (3)'])).toBe('Plan (2)')
    expect(freeName('이름', ['이름'])).toBe('이름 (2)')
  })

  it('counts on from a name that already has a number', () => {
    expect(freeName('Plan (2)', ['Plan', 'Plan (2)'])).toBe('Plan (3)')
    expect(freeName('Plan (2)', ['Plan (2)'])).toBe('Plan (3)')
    expect(freeName('(2)', ['(2)'])).toBe('(2) (2)')
  })

  it('stays within the name limit', () => {
    const long = 'x'.repeat(200)
    const name = freeName(long, [long])
    expect(name).toHaveLength(200)
    expect(name.endsWith(' (2)')).toBe(true)
  })
})

describe('sameRoadmapIn', () => {
  const mine = roadmap([milestone('a'), milestone('b')], [{ from: 'a', to: 'b' }])
  const copy = {
    ...mine,
    id: 'r2',
    createdAt: '2026-02-02T00:00:00.000Z',
    updatedAt: '2026-02-03T00:00:00.000Z',
  }

  it('finds the roadmap with the same id, else the same content', () => {
    const changed = { ...mine, name: 'Renamed' }
    expect(sameRoadmapIn([copy, mine], changed)).toBe(mine)
    expect(sameRoadmapIn([copy], { ...mine, id: 'other' })).toBe(copy)
  })

  it('matches the same content whatever order its keys come in', () => {
    // Edited here, a milestone gets its position last; read from a file, in the schema's order.
    const placed = {
      ...mine,
      milestones: mine.milestones.map((m) => ({ ...m, position: { x: 1, y: 2 } })),
    }
    const reordered = {
      ...placed,
      id: 'from-file',
      milestones: placed.milestones.map(({ position, id, ...rest }) => ({ position, id, ...rest })),
    }
    expect(Object.keys(reordered.milestones[0]!)[0]).toBe('position')
    expect(sameRoadmapIn([placed], reordered)).toBe(placed)
  })

  it('finds nothing for a roadmap that differs', () => {
    const other = {
      ...mine,
      id: 'other',
      milestones: [milestone('a', { status: 'done' })],
      edges: [],
    }
    expect(sameRoadmapIn([mine], other)).toBeNull()
    expect(sameRoadmapIn([mine], { ...mine, id: 'x', name: 'Another name' })).toBeNull()
  })
})

describe('replaceRoadmapIn', () => {
  const log = (milestoneId: string): TimeLog => ({
    entries: [
      {
        id: 'e1',
        day: '2026-01-05',
        minutes: 30,
        track: 'ml',
        milestone: milestoneId,
        note: '',
        createdAt: '2026-01-05T10:00:00.000Z',
      },
    ],
    weeklyTargets: [],
    mlBand: { low: 0.7, high: 0.8 },
    reviews: [],
  })
  const mine = roadmap([milestone('a'), milestone('b')], [], {
    createdAt: '2025-12-01T00:00:00.000Z',
  })
  const other = { ...roadmap([milestone('z')]), id: 'r2', name: 'Other' }
  const data: AppData = {
    ...emptyAppData(),
    roadmaps: [mine, other],
    activeRoadmapId: 'r2',
    timeLogs: { r1: log('b'), r2: log('z') },
  }

  it('puts the file’s version in place, with its log, keeping id and creation date', () => {
    const file = {
      ...mine,
      id: 'whatever',
      name: 'From file',
      milestones: [milestone('a', { status: 'done' })],
    }
    const now = new Date('2026-06-01T00:00:00Z')
    const result = replaceRoadmapIn(data, 'r1', { roadmap: file, timeLog: log('a') }, now)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [replaced, kept] = result.value.roadmaps
    expect(replaced).toMatchObject({
      id: 'r1',
      name: 'From file',
      createdAt: '2025-12-01T00:00:00.000Z',
      updatedAt: now.toISOString(),
    })
    expect(replaced!.milestones.map((m) => m.status)).toEqual(['done'])
    expect(kept).toEqual(other)
    expect(result.value.activeRoadmapId).toBe('r1')
    expect(result.value.timeLogs.r1!.entries[0]!.milestone).toBe('a')
    expect(result.value.timeLogs.r2).toEqual(data.timeLogs.r2)
  })

  const webOnly = roadmap([milestone('a', { track: 'web' })], [], {
    tracks: [{ id: 'web', kind: 'other', title: { ko: '웹', en: 'Web' }, color: '#c2255c' }],
  })

  it('keeps the logged time when the file has none and it still fits, else drops it', () => {
    const kept = replaceRoadmapIn(data, 'r1', { roadmap: roadmap([milestone('a')]), timeLog: null })
    expect(kept.ok && kept.value.timeLogs.r1).toEqual(data.timeLogs.r1)
    // The entry is on the "ml" track, which this version does not have.
    const dropped = replaceRoadmapIn(data, 'r1', { roadmap: webOnly, timeLog: null })
    expect(dropped.ok && Object.keys(dropped.value.timeLogs)).toEqual(['r2'])
  })

  it('stops a timer that the new version cannot hold', () => {
    const timing: AppData = {
      ...data,
      timeLogs: { r2: log('z') },
      timer: {
        roadmapId: 'r1',
        track: 'ml',
        milestone: 'b',
        runningSince: '2026-01-05T10:00:00.000Z',
        accumulatedMs: 0,
        day: '2026-01-05',
      },
    }
    const result = replaceRoadmapIn(timing, 'r1', { roadmap: webOnly, timeLog: null })
    expect(result.ok && result.value.timer).toBeNull()
    const fits = replaceRoadmapIn(timing, 'r1', { roadmap: mine, timeLog: null })
    expect(fits.ok && fits.value.timer).toEqual(timing.timer)
  })

  it('refuses a roadmap that is not there', () => {
    expect(replaceRoadmapIn(data, 'nope', { roadmap: mine, timeLog: null }).ok).toBe(false)
  })
})
