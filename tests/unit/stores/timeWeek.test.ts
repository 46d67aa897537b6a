import { content } from '@/content'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { validateAppData } from '@/domain/migrations'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

function setup() {
  const roadmap = useRoadmapStore()
  roadmap.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
  const r = roadmap.active!
  const ml = r.milestones.find((m) => r.tracks.find((t) => t.id === m.track)?.kind === 'ml')!
  const web = r.milestones.find((m) => r.tracks.find((t) => t.id === m.track)?.kind === 'other')!
  return { time: useTimeStore(), r, ml, web }
}
const AT = new Date('2026-12-08T01:00:00Z')

describe('time store: the accepted week', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('keeps the accepted week and makes its minutes per track the weekly targets', () => {
    const { time, r, ml, web } = setup()
    const items = [
      { milestone: ml.id, track: ml.track, minutes: 600, pinned: true },
      { milestone: web.id, track: web.track, minutes: 180, pinned: false },
    ]
    expect(time.acceptWeek('2026-12-07', items, AT).ok).toBe(true)
    expect(time.weekPlanOf('2026-12-07')?.items).toEqual([
      { id: ml.id, track: ml.track, minutes: 600, pinned: true },
      { id: web.id, track: web.track, minutes: 180, pinned: false },
    ])
    const target = (track: string) => time.activeLog!.weeklyTargets.find((x) => x.track === track)
    expect(target(ml.track)?.minutes).toBe(600)
    expect(target(web.track)?.minutes).toBe(180)
    expect(time.activeLog!.weeklyTargets).toHaveLength(r.tracks.length)
    // Accepting the same week again replaces it; the data still validates.
    time.acceptWeek('2026-12-07', items.slice(0, 1), AT)
    expect(time.activeLog!.weekPlans).toHaveLength(1)
    expect(validateAppData(usePersistenceStore().appData).ok).toBe(true)
  })

  it('refuses a week it could not validate, and changes nothing', () => {
    const { time, ml } = setup()
    const before = time.activeLog
    const bad = time.acceptWeek(
      '2026-12-07',
      [
        { milestone: ml.id, track: ml.track, minutes: 60, pinned: false },
        { milestone: ml.id, track: ml.track, minutes: 60, pinned: false },
      ],
      AT,
    )
    expect(bad.ok).toBe(false)
    expect(
      time.acceptWeek(
        '2026-12-07',
        [{ milestone: ml.id, track: ml.track, minutes: 0, pinned: false }],
        AT,
      ).ok,
    ).toBe(false)
    expect(time.activeLog).toBe(before)
  })

  it('keeps the study days and time for the calendar, refusing impossible ones', () => {
    const { time } = setup()
    expect(time.setStudyTimes({ days: [1, 3, 6], startMinute: 20 * 60 }).ok).toBe(true)
    expect(time.activeLog!.studyTimes).toEqual({ days: [1, 3, 6], startMinute: 1200 })
    expect(time.setStudyTimes({ days: [], startMinute: 60 }).ok).toBe(false)
    expect(time.setStudyTimes({ days: [8], startMinute: 60 }).ok).toBe(false)
    expect(time.activeLog!.studyTimes?.days).toEqual([1, 3, 6])
  })
})
