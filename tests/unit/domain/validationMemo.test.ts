import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { isDeepFrozen } from '@/domain/frozen'
import { emptyAppData, validateAppData } from '@/domain/migrations'
import { MilestoneSchema, RecordSchemas, type AppData, type Milestone } from '@/domain/schema'
import { chain } from '../helpers'

const data = (): AppData => {
  const r = chain({ a: 'todo', b: 'todo' })
  return { ...emptyAppData(), roadmaps: [r], activeRoadmapId: r.id }
}

/** The same data with the milestone at `index` replaced, as the stores make an edit. */
const withMilestone = (d: AppData, index: number, change: Partial<Milestone>): AppData => {
  const r = d.roadmaps[0]!
  const milestones = r.milestones.map((m, i) => (i === index ? { ...m, ...change } : m))
  return { ...d, roadmaps: [{ ...r, milestones }] }
}

describe('validation remembered by record identity', () => {
  it('freezes every record it accepted: a change in place throws instead of going unchecked', () => {
    const d = data()
    expect(validateAppData(d).ok).toBe(true)
    const m = d.roadmaps[0]!.milestones[0]!
    expect(isDeepFrozen(m)).toBe(true)
    expect(isDeepFrozen(d.roadmaps[0]!)).toBe(true)
    expect(() => {
      ;(m as { title: { en: string } }).title.en = ''
    }).toThrow(TypeError)
    expect(() => {
      ;(m as { status: string }).status = 'not a status'
    }).toThrow(TypeError)
    // The app data object itself stays the stores' to replace (settings, profile).
    expect(Object.isFrozen(d)).toBe(false)
  })

  it('still checks a changed record next to remembered ones', () => {
    const d = data()
    expect(validateAppData(d).ok).toBe(true)
    const bad = withMilestone(d, 1, { estimateHours: -1 })
    const result = validateAppData(bad)
    expect(result.ok).toBe(false)
    expect(result.ok || result.problems.join()).toMatch(/estimateHours/)
    // …and says so again: failures are never remembered.
    expect(validateAppData(bad).ok).toBe(false)
    expect(validateAppData(withMilestone(d, 1, { status: 'done' })).ok).toBe(true)
  })

  it('still checks what holds across records (a prerequisite to a missing milestone)', () => {
    const d = data()
    expect(validateAppData(d).ok).toBe(true)
    const r = d.roadmaps[0]!
    const broken = { ...d, roadmaps: [{ ...r, edges: [...r.edges, { from: 'a', to: 'nowhere' }] }] }
    expect(validateAppData(broken).ok).toBe(false)
  })

  it('checks the graph again when an edit changes what it reads, even with the same edges', () => {
    const d = data()
    expect(validateAppData(d).ok).toBe(true)
    // Same edges, tracks and choice groups: a milestone moved to a track that does not exist…
    expect(validateAppData(withMilestone(d, 0, { track: 'nowhere' })).ok).toBe(false)
    // …or renamed so that an edge points to a missing milestone.
    expect(validateAppData(withMilestone(d, 0, { id: 'renamed' })).ok).toBe(false)
    expect(validateAppData(withMilestone(d, 0, { status: 'done' })).ok).toBe(true)
  })

  it('remembers whole lists per kind: a list accepted as edges is not milestones', () => {
    const d = data()
    expect(validateAppData(d).ok).toBe(true)
    const r = d.roadmaps[0]!
    const swapped = { ...r, milestones: r.edges as unknown as typeof r.milestones }
    expect(validateAppData({ ...d, roadmaps: [swapped] }).ok).toBe(false)
  })

  it('remembers per schema: an object accepted as one kind of record is not another', () => {
    const edge = { from: 'a', to: 'b' }
    expect(v.safeParse(RecordSchemas.edge, edge).success).toBe(true)
    expect(v.safeParse(RecordSchemas.milestone, edge).success).toBe(false)
  })

  it('gives the same verdict and output as the schema without the memo', () => {
    const d = data()
    const first = validateAppData(structuredClone(d))
    validateAppData(d)
    const again = validateAppData(d)
    expect(again).toEqual(first)
    for (const m of d.roadmaps[0]!.milestones)
      expect(v.safeParse(MilestoneSchema, m).success).toBe(true)
  })
})
