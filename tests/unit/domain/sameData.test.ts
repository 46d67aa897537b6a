import { describe, expect, it } from 'vitest'
import { newTimeLog } from '@/domain/allocation'
import { emptyAppData } from '@/domain/migrations'
import { sameAppData } from '@/domain/sameData'
import type { AppData } from '@/domain/schema'
import { milestone, roadmap } from '../helpers'

function data(): AppData {
  const r = roadmap([milestone('a'), milestone('b')])
  return {
    ...emptyAppData(),
    roadmaps: [r],
    activeRoadmapId: r.id,
    timeLogs: { [r.id]: newTimeLog(r) },
  }
}

describe('sameAppData', () => {
  it('is true for the same roadmaps and logs with equal small parts', () => {
    const a = data()
    expect(sameAppData(a, { ...a, settings: { ...a.settings } })).toBe(true)
  })

  it('sees an edited roadmap (a new object) even when its content is equal', () => {
    const a = data()
    const edited = { ...a.roadmaps[0]!, milestones: [...a.roadmaps[0]!.milestones] }
    expect(sameAppData(a, { ...a, roadmaps: [edited] })).toBe(false)
    expect(sameAppData(a, { ...a, roadmaps: [] })).toBe(false)
  })

  it('sees a changed or added time log', () => {
    const a = data()
    const id = a.roadmaps[0]!.id
    expect(sameAppData(a, { ...a, timeLogs: { [id]: { ...a.timeLogs[id]! } } })).toBe(false)
    expect(sameAppData(a, { ...a, timeLogs: { ...a.timeLogs, other: a.timeLogs[id]! } })).toBe(
      false,
    )
  })

  it('compares everything else by value, fields added later included', () => {
    const a = data()
    expect(sameAppData(a, { ...a, activeRoadmapId: null })).toBe(false)
    expect(sameAppData(a, { ...a, settings: { ...a.settings, locale: 'ko' } })).toBe(false)
    expect(sameAppData(a, { ...a, extra: 1 } as AppData)).toBe(false)
  })
})
