import { describe, expect, it } from 'vitest'
import {
  nextUp,
  plannedMlShare,
  progressByTrack,
  progressOf,
  unmetPrerequisites,
} from '@/domain/progress'
import { generateRoadmap, MENTOR_ANSWERS } from '@/domain/generate'
import { template } from '@/template'
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

describe('one meaning for each figure', () => {
  it('counts every milestone that is not skipped, done ones included, whatever its track', () => {
    const r = roadmap([
      milestone('a', { status: 'done' }),
      milestone('b', { status: 'in-progress' }),
      milestone('c'),
      milestone('w', { track: 'web', status: 'skipped' }),
      milestone('x', { track: 'web', status: 'skipped' }),
    ])
    const p = progressOf(r.milestones)
    expect(p).toMatchObject({ done: 1, inProgress: 1, todo: 1, skipped: 2, total: 3 })
    // The per-track counts add up to the overall one.
    const byTrack = [...progressByTrack(r).values()]
    expect(byTrack.reduce((s, t) => s + t.total, 0)).toBe(p.total)
    expect(byTrack.reduce((s, t) => s + t.skipped, 0)).toBe(p.skipped)
  })

  it('weighs the planned share by estimated hours, not by the number of milestones', () => {
    const r = roadmap([
      milestone('big', { estimateHours: 30 }),
      milestone('w1', { track: 'web', estimateHours: 5 }),
      milestone('w2', { track: 'web', estimateHours: 5 }),
    ])
    // One ML milestone of three, but 30 of 40 hours.
    expect(plannedMlShare(r)).toBeCloseTo(0.75)
  })

  it('keeps done milestones in the planned share (it describes the plan, not what is left)', () => {
    expect(plannedMlShare(chain({ a: 'done', b: 'done' }))).toBe(plannedMlShare(chain()))
  })

  it('leaves a choice group’s options that were not chosen out of both figures', () => {
    const r = generateRoadmap(template, MENTOR_ANSWERS, {
      id: 'r',
      name: 'Mine',
      now: new Date(0),
    })
    const alternatives = r.milestones.filter((m) => m.choiceGroup && m.status === 'skipped')
    expect(alternatives.length).toBeGreaterThan(0)
    const p = progressOf(r.milestones)
    expect(p.skipped).toBe(alternatives.length)
    expect(p.total).toBe(r.milestones.length - alternatives.length)
    const withoutSkipped = { ...r, milestones: r.milestones.filter((m) => m.status !== 'skipped') }
    expect(plannedMlShare(r)).toBe(plannedMlShare(withoutSkipped))
  })
})
