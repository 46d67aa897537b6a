import { describe, expect, it } from 'vitest'
import { restoreChanges, summarizeData } from '@/domain/backups'
import { newTimeLog } from '@/domain/allocation'
import { emptyAppData } from '@/domain/migrations'
import type { AppData, Roadmap } from '@/domain/schema'
import { chain, timeEntry } from '../helpers'

const data = (...roadmaps: Roadmap[]): AppData => ({
  ...emptyAppData(),
  roadmaps,
  activeRoadmapId: roadmaps[0]?.id ?? null,
})
const named = (id: string, name: string, statuses = {}): Roadmap => ({
  ...chain(statuses),
  id,
  name,
})

describe('backup summaries', () => {
  it('counts roadmaps, milestones that count, done ones and time entries', () => {
    const d = data(named('r1', 'One', { a: 'done', b: 'skipped' }), named('r2', 'Two'))
    d.timeLogs = { r1: { ...newTimeLog(d.roadmaps[0]!), entries: [timeEntry('2026-01-01', 30)] } }
    expect(summarizeData(d)).toEqual({ names: ['One', 'Two'], milestones: 7, done: 1, entries: 1 })
  })

  it('says which roadmaps come back, go away, change or stay the same', () => {
    const now = data(named('r1', 'Kept'), named('r2', 'Edited', { a: 'done' }), named('r4', 'New'))
    const backup = data(named('r1', 'Kept'), named('r2', 'Edited'), named('r3', 'Deleted'))
    now.timeLogs = { r1: newTimeLog(now.roadmaps[0]!) }
    backup.timeLogs = { r1: newTimeLog(backup.roadmaps[0]!) }
    expect(restoreChanges(now, backup)).toEqual({
      back: ['Deleted'],
      gone: ['New'],
      changed: [{ name: 'Edited', now: { done: 1, total: 4 }, backup: { done: 0, total: 4 } }],
      same: ['Kept'],
    })
    backup.timeLogs.r1 = { ...backup.timeLogs.r1!, entries: [timeEntry('2026-01-01', 30)] }
    expect(restoreChanges(now, backup).changed.map((c) => c.name)).toEqual(['Kept', 'Edited'])
  })
})
