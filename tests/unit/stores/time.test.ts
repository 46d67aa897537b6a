import { content } from '@/content'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLibraryStore } from '@/stores/library'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

function setup() {
  const roadmap = useRoadmapStore()
  roadmap.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
  const time = useTimeStore()
  const ml = roadmap.active!.tracks.find((t) => t.kind === 'ml')!.id
  const milestone = roadmap.active!.milestones.find((m) => m.track === ml)!.id
  return { roadmap, time, ml, milestone }
}
const t0 = new Date('2026-11-27T09:00:00Z')
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)

describe('time store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('logs, edits and deletes entries, with logged minutes per milestone', () => {
    const { time, ml, milestone } = setup()
    const added = time.addEntry({
      day: '2026-11-27',
      minutes: 90,
      track: ml,
      milestone,
      note: 'paper',
    })
    expect(added.ok).toBe(true)
    expect(time.minutesByMilestone.get(milestone)).toBe(90)
    if (!added.ok) return
    expect(time.updateEntry(added.value.id, { minutes: 30 }).ok).toBe(true)
    expect(time.entries[0]?.minutes).toBe(30)
    time.deleteEntry(added.value.id)
    expect(time.entries).toEqual([])
    time.undoDelete()
    expect(time.entries.map((e) => e.minutes)).toEqual([30])
  })

  it('refuses invalid entries and writes nothing', () => {
    const { time, ml } = setup()
    expect(
      time.addEntry({ day: '2026-02-30', minutes: 10, track: ml, milestone: null, note: '' }).ok,
    ).toBe(false)
    expect(
      time.addEntry({ day: '2026-11-27', minutes: 0, track: ml, milestone: null, note: '' }).ok,
    ).toBe(false)
    expect(
      time.addEntry({ day: '2026-11-27', minutes: 10, track: 'nope', milestone: null, note: '' })
        .ok,
    ).toBe(false)
    expect(time.timeLogs).toEqual({})
  })

  it('runs one timer at a time and logs it on the day it started', () => {
    const { time, ml, milestone } = setup()
    expect(time.startTimer(ml, milestone, t0)).toBe(true)
    expect(time.startTimer(ml, null, at(1))).toBe(false)
    time.pauseTimer(at(20))
    time.resumeTimer(at(30))
    const result = time.stopTimer(at(50))
    expect(result).toMatchObject({
      kind: 'saved',
      entry: { minutes: 40, track: ml, milestone, day: expect.stringMatching(/^2026-11-2[78]$/) },
    })
    expect(time.timer).toBeNull()
    expect(time.entries).toHaveLength(1)
  })

  it('a timer stopped under a minute waits, paused, for the user to log or discard it', () => {
    const { time, ml } = setup()
    time.startTimer(ml, null, t0)
    expect(time.stopTimer(new Date(t0.getTime() + 20_000))).toEqual({ kind: 'too-short' })
    expect(time.timer).toMatchObject({ runningSince: null, accumulatedMs: 20_000 })
    expect(time.entries).toHaveLength(0)
    expect(time.stopTimer(at(5), 1)).toMatchObject({ kind: 'saved', entry: { minutes: 1 } })
    expect(time.timer).toBeNull()
    expect(time.entries).toHaveLength(1)
  })

  it('asks before saving a timer that ran over 8 hours', () => {
    const { time, ml } = setup()
    time.startTimer(ml, null, t0)
    expect(time.stopTimer(at(9 * 60))).toEqual({ kind: 'confirm', minutes: 540 })
    expect(time.timer).not.toBeNull()
    expect(time.stopTimer(at(9 * 60), 120)).toMatchObject({
      kind: 'saved',
      entry: { minutes: 120 },
    })
  })

  it('carries logged time over when the questionnaire is redone', () => {
    const { time, ml } = setup()
    time.addEntry({
      day: '2026-11-27',
      minutes: 30,
      track: ml,
      milestone: 'not-a-real-one',
      note: '',
    })
    const created = useLibraryStore().createFromAnswers(
      content.template,
      { ...MENTOR_ANSWERS, goal: 'pm' },
      'Again',
    )
    expect(created.replaced).not.toBeNull()
    expect(Object.keys(time.timeLogs)).toEqual([created.id])
    expect(time.entries).toMatchObject([{ minutes: 30, milestone: null }])
  })

  it('a running timer keeps running on the roadmap made by redoing the questionnaire', () => {
    const { time, ml } = setup()
    expect(time.startTimer(ml)).toBe(true)
    const created = useLibraryStore().createFromAnswers(
      content.template,
      { ...MENTOR_ANSWERS, goal: 'pm' },
      'Again',
    )
    expect(time.timer).toMatchObject({ roadmapId: created.id, track: ml })
  })
})
