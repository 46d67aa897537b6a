import { describe, expect, it } from 'vitest'
import {
  nextUp,
  plannedMlShare,
  progressByTrack,
  progressOf,
  unmetPrerequisites,
} from '@/domain/progress'
import { chain, milestone, roadmap } from '../helpers'

describe('progress', () => {
  it('skipped milestones leave the denominator', () => {
    const p = progressOf(chain({ a: 'done', b: 'skipped' }).milestones)
    expect(p).toMatchObject({ done: 1, skipped: 1, total: 3, doneHours: 10, totalHours: 30 })
    expect(p.ratio).toBeCloseTo(1 / 3)
  })

  it('is 0 (not NaN) when everything is skipped or there is nothing', () => {
    expect(progressOf([]).ratio).toBe(0)
    expect(progressOf([milestone('a', { status: 'skipped' })]).ratio).toBe(0)
  })

  it('rolls up per track, including empty tracks', () => {
    const byTrack = progressByTrack(chain({ a: 'done', d: 'done' }))
    expect(byTrack.get('ml')).toMatchObject({ done: 1, total: 3 })
    expect(byTrack.get('web')).toMatchObject({ done: 1, total: 1, ratio: 1 })
    const empty = progressByTrack(roadmap([milestone('a')]))
    expect(empty.get('web')).toMatchObject({ total: 0, ratio: 0 })
  })
})

describe('next up', () => {
  it('lists milestones whose prerequisites are all done or skipped', () => {
    expect(nextUp(chain()).map((m) => m.id)).toEqual(['a', 'd'])
    // Shallower milestones first: d has no prerequisites, b comes after a.
    expect(nextUp(chain({ a: 'done' })).map((m) => m.id)).toEqual(['d', 'b'])
    expect(nextUp(chain({ a: 'skipped', b: 'skipped' })).map((m) => m.id)).toEqual(['d', 'c'])
  })

  it('puts work in progress first and never lists settled milestones', () => {
    expect(nextUp(chain({ a: 'done', b: 'in-progress' })).map((m) => m.id)).toEqual(['b', 'd'])
    expect(nextUp(chain({ a: 'done', b: 'done', c: 'done', d: 'done' }))).toEqual([])
  })

  it('names the unmet prerequisites', () => {
    expect(unmetPrerequisites(chain(), 'b').map((m) => m.id)).toEqual(['a'])
    expect(unmetPrerequisites(chain({ a: 'done' }), 'b')).toEqual([])
  })
})

describe('planned ML share', () => {
  it('is the ML tracks’ share of estimated, non-skipped hours', () => {
    expect(plannedMlShare(chain())).toBeCloseTo(30 / 40)
    expect(plannedMlShare(chain({ c: 'skipped' }))).toBeCloseTo(20 / 30)
    expect(plannedMlShare(roadmap([]))).toBeNull()
  })
})
