import { afterEach, describe, expect, it } from 'vitest'
import { exportBackup, exportRoadmap, parseImportFile } from '@/domain/import'
import { emptyProfile } from '@/domain/migrations'
import { unwrap } from '@/domain/unwrap'
import {
  buildReview,
  dayOfInstant,
  doneInWeek,
  MAX_REVIEW_NOTE_LENGTH,
  REMINDER_MIN_AGE_DAYS,
  reviewReminderDue,
  staleMilestones,
  upsertReview,
  weekOf,
  weekTime,
} from '@/domain/review'
import { parseWith, ReviewSchema, type Review, type TimeLog } from '@/domain/schema'
import { addDays } from '@/domain/time'
import { milestone, roadmap, timeEntry } from '../helpers'

const entry = timeEntry
const log = (patch: Partial<TimeLog> = {}): TimeLog => ({
  entries: [],
  weeklyTargets: [
    { track: 'ml', minutes: 600 },
    { track: 'web', minutes: 200 },
  ],
  mlBand: { low: 0.7, high: 0.8 },
  reviews: [],
  ...patch,
})
/** Noon UTC: the same calendar day in every time zone from UTC−11 to UTC+11. */
const noon = (day: string) => `${day}T12:00:00.000Z`
const review = (weekStart: string, note = ''): Review => ({
  id: `r-${weekStart}`,
  weekStart,
  savedAt: noon(weekStart),
  note,
  done: [],
  minutesByTrack: [],
  stale: [],
})

describe('weekOf', () => {
  it('follows the week start: Monday or Sunday', () => {
    // 2026-11-27 is a Friday.
    expect(weekOf('2026-11-27', 1)).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(weekOf('2026-11-27', 7)).toEqual({ start: '2026-11-22', end: '2026-11-28' })
    // A Sunday ends a Monday week and starts a Sunday week.
    expect(weekOf('2026-11-29', 1)).toEqual({ start: '2026-11-23', end: '2026-11-29' })
    expect(weekOf('2026-11-29', 7)).toEqual({ start: '2026-11-29', end: '2026-12-05' })
    // A Monday starts a Monday week and is inside a Sunday week.
    expect(weekOf('2026-11-23', 1).start).toBe('2026-11-23')
    expect(weekOf('2026-11-23', 7).start).toBe('2026-11-22')
  })

  it('crosses years and months', () => {
    expect(weekOf('2027-01-01', 1)).toEqual({ start: '2026-12-28', end: '2027-01-03' })
    expect(weekOf('2028-03-01', 7)).toEqual({ start: '2028-02-27', end: '2028-03-04' })
  })

  it('keeps seven-day weeks across DST changes (EU and US, spring and autumn)', () => {
    for (const change of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
      for (const weekStart of [1, 7] as const) {
        const week = weekOf(change, weekStart)
        expect(week.end).toBe(addDays(week.start, 6))
        for (let i = 0; i < 7; i++) expect(weekOf(addDays(week.start, i), weekStart)).toEqual(week)
        expect(weekOf(addDays(week.start, 7), weekStart).start).toBe(addDays(week.start, 7))
      }
    }
  })
})

describe('dayOfInstant across a DST change', () => {
  const saved = process.env.TZ
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  })

  it('puts a status change on the local day it happened', () => {
    process.env.TZ = 'Europe/Berlin'
    // Berlin jumps from 02:00 CET to 03:00 CEST on Sunday 2026-03-29.
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(-60)
    expect(new Date('2026-04-15T12:00:00Z').getTimezoneOffset()).toBe(-120)
    expect(dayOfInstant('2026-03-29T21:59:00.000Z')).toBe('2026-03-29') // 23:59 CEST
    expect(dayOfInstant('2026-03-29T22:01:00.000Z')).toBe('2026-03-30') // 00:01 CEST
    const r = roadmap([
      milestone('late-sunday', { status: 'done', statusChangedAt: '2026-03-29T21:59:00.000Z' }),
      milestone('monday', { status: 'done', statusChangedAt: '2026-03-29T22:01:00.000Z' }),
    ])
    expect(doneInWeek(r, weekOf('2026-03-29', 1)).map((m) => m.id)).toEqual(['late-sunday'])
    expect(doneInWeek(r, weekOf('2026-03-30', 1)).map((m) => m.id)).toEqual(['monday'])
  })
})

describe('doneInWeek', () => {
  it('lists milestones done within the week, by their status change', () => {
    const r = roadmap([
      milestone('this-week', { status: 'done', statusChangedAt: noon('2026-11-24') }),
      milestone('last-week', { status: 'done', statusChangedAt: noon('2026-11-22') }),
      milestone('no-stamp', { status: 'done' }),
      milestone('started', { status: 'in-progress', statusChangedAt: noon('2026-11-25') }),
      milestone('sunday', { status: 'done', statusChangedAt: noon('2026-11-29') }),
    ])
    expect(doneInWeek(r, weekOf('2026-11-27', 1)).map((m) => m.id)).toEqual(['this-week', 'sunday'])
    expect(doneInWeek(r, weekOf('2026-11-27', 7)).map((m) => m.id)).toEqual([
      'this-week',
      'last-week',
    ])
  })
})

describe('staleMilestones', () => {
  const today = '2026-11-27'

  it('flags in-progress milestones untouched for exactly 14 days, not 13', () => {
    const r = roadmap([
      milestone('fourteen', { status: 'in-progress', statusChangedAt: noon('2026-11-13') }),
      milestone('thirteen', { status: 'in-progress', statusChangedAt: noon('2026-11-14') }),
      milestone('old-todo', { status: 'todo', statusChangedAt: noon('2026-01-01') }),
      milestone('old-done', { status: 'done', statusChangedAt: noon('2026-01-01') }),
    ])
    expect(staleMilestones(r, [], today)).toEqual([
      { milestone: r.milestones[0], lastTouched: '2026-11-13', days: 14 },
    ])
  })

  it('counts logged time as a touch, and the later of the two touches', () => {
    const r = roadmap([
      milestone('logged-recently', { status: 'in-progress', statusChangedAt: noon('2026-10-01') }),
      milestone('logged-long-ago', { status: 'in-progress', statusChangedAt: noon('2026-11-10') }),
      milestone('other-logged', { status: 'in-progress', statusChangedAt: noon('2026-10-20') }),
    ])
    const entries = [
      entry('2026-11-14', 30, 'ml', 'logged-recently'),
      entry('2026-10-05', 30, 'ml', 'logged-recently'),
      entry('2026-09-01', 30, 'ml', 'logged-long-ago'),
      entry('2026-11-26', 30, 'ml', null),
    ]
    const stale = staleMilestones(r, entries, today)
    expect(stale.map((s) => [s.milestone.id, s.lastTouched, s.days])).toEqual([
      ['other-logged', '2026-10-20', 38],
      ['logged-long-ago', '2026-11-10', 17],
    ])
    // One more day and the one logged 14 days ago turns stale too.
    expect(staleMilestones(r, entries, '2026-11-28').map((s) => s.milestone.id)).toContain(
      'logged-recently',
    )
  })

  it('counts milestones without a status date (data from before v3) from the roadmap’s creation', () => {
    const r = roadmap([milestone('legacy', { status: 'in-progress' })], [], {
      createdAt: noon('2026-11-10'),
    })
    expect(staleMilestones(r, [], '2026-11-23')).toEqual([])
    expect(staleMilestones(r, [], '2026-11-24')).toEqual([
      { milestone: r.milestones[0], lastTouched: '2026-11-10', days: 14 },
    ])
  })
})

describe('weekTime', () => {
  it('sums the week’s minutes by track against the targets and the band', () => {
    const r = roadmap()
    const week = weekOf('2026-11-27', 1)
    const l = log({
      entries: [
        entry('2026-11-23', 120, 'ml'),
        entry('2026-11-29', 60, 'ml'),
        entry('2026-11-25', 20, 'web'),
        entry('2026-11-22', 500, 'web'), // last week
        entry('2026-11-30', 500, 'web'), // next week
        entry('2026-11-24', 20, 'gone'), // a track no longer in the roadmap
      ],
    })
    const w = weekTime(r, l, week)
    expect(w.tracks).toEqual([
      { track: 'ml', logged: 180, target: 600 },
      { track: 'web', logged: 20, target: 200 },
      { track: 'gone', logged: 20, target: 0 },
    ])
    expect(w.total).toBe(220)
    expect(w.planned).toBe(800)
    expect(w.mlShare).toBeCloseTo(180 / 220)
    expect(w.status).toBe('above')
    expect(weekTime(r, log(), week)).toMatchObject({ total: 0, mlShare: null, status: null })
  })
})

describe('buildReview and upsertReview', () => {
  const r = roadmap([
    milestone('done-now', { status: 'done', statusChangedAt: noon('2026-11-24') }),
    milestone('stuck', { status: 'in-progress', statusChangedAt: noon('2026-10-01') }),
  ])
  const l = log({ entries: [entry('2026-11-24', 90, 'ml'), entry('2026-11-25', 30, 'web')] })
  const make = (note: string, id = 'first') =>
    buildReview({
      id,
      roadmap: r,
      log: l,
      week: weekOf('2026-11-27', 1),
      today: '2026-11-27',
      note,
      now: new Date('2026-11-27T18:00:00Z'),
    })

  it('snapshots the week: done titles, minutes per track, stale ids and the trimmed note', () => {
    const built = make('  Reproduced the ResNet numbers. ')
    expect(built).toEqual({
      id: 'first',
      weekStart: '2026-11-23',
      savedAt: '2026-11-27T18:00:00.000Z',
      note: 'Reproduced the ResNet numbers.',
      done: [{ id: 'done-now', title: r.milestones[0]!.title }],
      minutesByTrack: [
        { track: 'ml', minutes: 90 },
        { track: 'web', minutes: 30 },
      ],
      stale: ['stuck'],
    })
    expect(parseWith(ReviewSchema, built).ok).toBe(true)
  })

  it('keeps one review per week, oldest first', () => {
    const older = review('2026-11-16', 'old')
    const first = make('first note')
    const second = make('second note', 'second')
    const reviews = upsertReview(upsertReview([older], first), second)
    expect(reviews.map((x) => [x.weekStart, x.note])).toEqual([
      ['2026-11-16', 'old'],
      ['2026-11-23', 'second note'],
    ])
    expect(upsertReview([first], older).map((x) => x.weekStart)).toEqual([
      '2026-11-16',
      '2026-11-23',
    ])
  })

  it('has a note limit equal to the schema’s', () => {
    const base = review('2026-11-23')
    expect(parseWith(ReviewSchema, { ...base, note: 'x'.repeat(MAX_REVIEW_NOTE_LENGTH) }).ok).toBe(
      true,
    )
    expect(
      parseWith(ReviewSchema, { ...base, note: 'x'.repeat(MAX_REVIEW_NOTE_LENGTH + 1) }).ok,
    ).toBe(false)
  })
})

describe('reviewReminderDue', () => {
  // Created on Monday 2026-11-23 (noon UTC).
  const created = { createdAt: noon('2026-11-23') }

  it(`waits until the roadmap is ${REMINDER_MIN_AGE_DAYS} days old`, () => {
    expect(reviewReminderDue(created, log(), '2026-11-23', 1)).toBe(false)
    expect(reviewReminderDue(created, log(), '2026-11-25', 1)).toBe(false)
    expect(reviewReminderDue(created, log(), '2026-11-26', 1)).toBe(true)
  })

  it('is off once this week has a review, and back the next week', () => {
    const l = log({ reviews: [review('2026-11-23')] })
    expect(reviewReminderDue(created, l, '2026-11-27', 1)).toBe(false)
    expect(reviewReminderDue(created, l, '2026-11-29', 1)).toBe(false)
    expect(reviewReminderDue(created, l, '2026-11-30', 1)).toBe(true)
  })

  it('follows the week start: a Monday-week review does not cover a Sunday week', () => {
    const l = log({ reviews: [review('2026-11-23')] })
    // Sunday 2026-11-29 is in the reviewed Monday week, but starts a new Sunday week.
    expect(reviewReminderDue(created, l, '2026-11-29', 1)).toBe(false)
    expect(reviewReminderDue(created, l, '2026-11-29', 7)).toBe(true)
  })

  it('stays hidden for the rest of the week once dismissed', () => {
    const l = log({ reviewDismissedWeek: '2026-11-23' })
    expect(reviewReminderDue(created, l, '2026-11-26', 1)).toBe(false)
    expect(reviewReminderDue(created, l, '2026-11-29', 1)).toBe(false)
    expect(reviewReminderDue(created, l, '2026-11-30', 1)).toBe(true)
  })
})

describe('export and import', () => {
  const r = roadmap(
    [milestone('a', { status: 'done', statusChangedAt: noon('2026-11-24') }), milestone('b')],
    [],
    { createdAt: noon('2026-11-01') },
  )
  const saved = buildReview({
    id: 'review-1',
    roadmap: r,
    log: log({ entries: [entry('2026-11-24', 60, 'ml')] }),
    week: weekOf('2026-11-27', 1),
    today: '2026-11-27',
    note: 'A good week: <b>not markup</b>',
    now: new Date('2026-11-27T18:00:00Z'),
  })
  const l = log({
    entries: [entry('2026-11-24', 60, 'ml')],
    reviews: [review('2026-11-16', 'older'), saved],
    reviewDismissedWeek: '2026-11-23',
  })

  it('keeps reviews and the dismissed week through exportRoadmap → parseImportFile', () => {
    const result = parseImportFile(JSON.stringify(exportRoadmap(r, l)))
    expect(result).toEqual({ ok: true, kind: 'roadmap', value: { roadmap: r, timeLog: l } })
  })

  it('keeps them in a full backup and in the stored envelope', () => {
    const data = {
      roadmaps: [r],
      activeRoadmapId: r.id,
      settings: { locale: null },
      timeLogs: { [r.id]: l },
      timer: null,
      profile: emptyProfile(),
    }
    const imported = parseImportFile(JSON.stringify(exportBackup(data)))
    expect(imported.ok && imported.kind === 'backup' && imported.value.timeLogs[r.id]).toEqual(l)
    const stored = unwrap({ schemaVersion: 3, savedAt: noon('2026-11-27'), data })
    expect(stored.ok && stored.data.timeLogs[r.id]).toEqual(l)
  })

  it('refuses a review with a note over the limit, naming where', () => {
    const bad = log({ reviews: [{ ...saved, note: 'x'.repeat(MAX_REVIEW_NOTE_LENGTH + 1) }] })
    const result = parseImportFile(JSON.stringify(exportRoadmap(r, bad)))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.map((e) => e.path).join(' ')).toContain('reviews[0].note')
  })
})
