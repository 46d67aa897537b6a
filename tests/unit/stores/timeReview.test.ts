import { content } from '@/content'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_REVIEW_NOTE_LENGTH } from '@/domain/review'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { useLibraryStore } from '@/stores/library'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

/** Friday 2026-11-27, noon UTC: the same calendar day from UTC−11 to UTC+11. */
const NOW = new Date('2026-11-27T12:00:00Z')

function setup() {
  const roadmap = useRoadmapStore()
  roadmap.createFromAnswers(
    content.template,
    MENTOR_ANSWERS,
    'Mine',
    new Date('2026-11-16T12:00:00Z'),
  )
  const time = useTimeStore()
  time.today = '2026-11-27'
  const ml = roadmap.active!.tracks.find((t) => t.kind === 'ml')!.id
  const first = roadmap.active!.milestones.find((m) => m.track === ml)!
  return { roadmap, time, ml, first }
}

describe('time store: weekly reviews', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('saves this week’s snapshot with the note, and saving again replaces it', () => {
    const { roadmap, time, ml, first } = setup()
    expect(roadmap.setStatus([first.id], 'done')).toBe(true)
    time.addEntry({ day: '2026-11-24', minutes: 90, track: ml, milestone: null, note: '' })
    time.addEntry({ day: '2026-11-20', minutes: 45, track: ml, milestone: null, note: '' })

    const saved = time.saveReview('  Finished the first one. ', 1, NOW)
    expect(saved).toMatchObject({
      ok: true,
      value: {
        weekStart: '2026-11-23',
        note: 'Finished the first one.',
        done: [{ id: first.id, title: first.title }],
        minutesByTrack: [{ track: ml, minutes: 90 }],
        stale: [],
      },
    })
    expect(time.reviews).toHaveLength(1)

    const again = time.saveReview('Changed my mind.', 1, NOW)
    expect(again.ok && saved.ok && again.value.id === saved.value.id).toBe(true)
    expect(time.reviews.map((r) => r.note)).toEqual(['Changed my mind.'])

    // A Sunday week starting on 2026-11-22 is another week: a second review.
    time.saveReview('Sunday weeks.', 7, NOW)
    expect(time.reviews.map((r) => r.weekStart)).toEqual(['2026-11-22', '2026-11-23'])
  })

  it('refuses a note over the limit and keeps what was saved', () => {
    const { time } = setup()
    time.saveReview('kept', 1, NOW)
    const result = time.saveReview('x'.repeat(MAX_REVIEW_NOTE_LENGTH + 1), 1, NOW)
    expect(result.ok).toBe(false)
    expect(time.reviews.map((r) => r.note)).toEqual(['kept'])
  })

  it('flags milestones in progress untouched for 14 days in the snapshot', () => {
    const { roadmap, time, first } = setup()
    vi.setSystemTime(new Date('2026-11-13T12:00:00Z'))
    roadmap.setStatus([first.id], 'in-progress')
    vi.setSystemTime(NOW)
    const saved = time.saveReview('', 1, NOW)
    expect(saved.ok && saved.value.stale).toEqual([first.id])
  })

  it('remembers a dismissed reminder for the week only', () => {
    const { time } = setup()
    time.dismissReviewReminder(1)
    expect(time.activeLog?.reviewDismissedWeek).toBe('2026-11-23')
    time.dismissReviewReminder(7)
    expect(time.activeLog?.reviewDismissedWeek).toBe('2026-11-22')
  })

  it('keeps past reviews when the questionnaire is redone', () => {
    const { time } = setup()
    time.saveReview('before the redo', 1, NOW)
    useLibraryStore().createFromAnswers(
      content.template,
      { ...MENTOR_ANSWERS, goal: 'pm' },
      'Again',
    )
    expect(time.reviews.map((r) => r.note)).toEqual(['before the redo'])
  })
})
