import { describe, expect, it } from 'vitest'
import {
  bandStatus,
  defaultWeeklyTargets,
  kindsOf,
  loggedAllocation,
  pace,
  plannedAllocation,
  PROJECTION_RULE,
  verdict,
  weeklySeries,
} from '@/domain/allocation'
import { addDays } from '@/domain/time'
import { chain, milestone, roadmap, timeEntry, tracks } from '../helpers'

const entry = timeEntry
const band = { low: 0.7, high: 0.8 }
const kinds = kindsOf(chain())

describe('allocation', () => {
  it('sums integer minutes by track and computes the ML share last', () => {
    const a = loggedAllocation(
      [entry('2026-11-02', 70), entry('2026-11-03', 30, 'web'), entry('2026-11-03', 1, 'ml')],
      kinds,
    )
    expect(a).toMatchObject({ total: 101, ml: 71 })
    expect(a.byTrack.get('web')).toBe(30)
    expect(a.mlShare).toBeCloseTo(71 / 101)
    expect(loggedAllocation([], kinds).mlShare).toBeNull()
  })

  it('has no floating-point drift over years of entries', () => {
    const many = Array.from({ length: 1100 }, (_, i) => entry('2026-01-01', (i % 7) + 1))
    expect(loggedAllocation(many, kinds).total).toBe(many.reduce((s, e) => s + e.minutes, 0))
  })

  it('filters by an inclusive day range', () => {
    const es = [entry('2026-11-01', 10), entry('2026-11-02', 20), entry('2026-11-03', 40)]
    expect(loggedAllocation(es, kinds, { from: '2026-11-02', to: '2026-11-02' }).total).toBe(20)
  })

  it('classifies against the band', () => {
    expect(bandStatus(0.69, band)).toBe('below')
    expect(bandStatus(0.7, band)).toBe('within')
    expect(bandStatus(0.8, band)).toBe('within')
    expect(bandStatus(0.81, band)).toBe('above')
  })
})

describe('weekly series', () => {
  it('buckets by week start, Monday or Sunday, including 23:59/00:00 neighbours', () => {
    // Sunday 2026-11-22 and Monday 2026-11-23 are adjacent days in different Monday-weeks.
    const es = [entry('2026-11-22', 30), entry('2026-11-23', 45, 'web'), entry('2026-11-27', 15)]
    const monday = weeklySeries(es, kinds, 1, '2026-11-27', 2)
    expect(monday.map((w) => [w.start, w.total])).toEqual([
      ['2026-11-16', 30],
      ['2026-11-23', 60],
    ])
    const sunday = weeklySeries(es, kinds, 7, '2026-11-27', 2)
    expect(sunday.map((w) => [w.start, w.total])).toEqual([
      ['2026-11-15', 0],
      ['2026-11-22', 90],
    ])
    expect(monday[1]!.mlShare).toBeCloseTo(15 / 60)
    expect(sunday[0]!.mlShare).toBeNull()
  })

  it('keeps seven-day weeks across a DST change', () => {
    const es = [
      entry('2026-10-25', 10),
      entry('2026-10-26', 20),
      entry('2026-11-01', 40),
      entry('2026-11-02', 80),
    ]
    const weeks = weeklySeries(es, kinds, 1, '2026-11-02', 3)
    expect(weeks.map((w) => [w.start, w.total])).toEqual([
      ['2026-10-19', 10],
      ['2026-10-26', 60],
      ['2026-11-02', 80],
    ])
  })
})

describe('weekly targets', () => {
  it('split the budget at the given ML share, exactly, by remaining estimates', () => {
    const targets = defaultWeeklyTargets(chain({ a: 'done' }), 10)
    expect(targets.reduce((s, t) => s + t.minutes, 0)).toBe(600)
    const planned = plannedAllocation(targets, kinds)
    expect(planned.ml).toBe(450)
    expect(planned.byTrack.get('web')).toBe(150)
  })

  it('come in quarter hours, each side still exactly its share', () => {
    const r = roadmap(
      [
        milestone('a', { estimateHours: 7 }),
        milestone('b', { estimateHours: 3 }),
        milestone('w', { track: 'web', estimateHours: 5 }),
      ],
      [],
      {
        tracks: [
          ...tracks,
          { id: 'ml2', kind: 'ml', title: { ko: 'b', en: 'b' }, color: '#000000' },
        ],
      },
    )
    const targets = defaultWeeklyTargets(
      { ...r, milestones: r.milestones.map((m) => (m.id === 'b' ? { ...m, track: 'ml2' } : m)) },
      13,
    )
    expect(targets.every((t) => t.minutes % 15 === 0)).toBe(true)
    expect(targets.reduce((s, t) => s + t.minutes, 0)).toBe(13 * 60)
    const ml = targets.filter((t) => t.track !== 'web').reduce((s, t) => s + t.minutes, 0)
    expect(ml).toBe(585) // 75% of 780 min
  })

  it('share evenly inside a side when nothing remains there', () => {
    const r = roadmap([milestone('a', { status: 'done' })], [], {
      tracks: [...tracks, { id: 'ml2', kind: 'ml', title: { ko: 'b', en: 'b' }, color: '#000000' }],
    })
    const targets = defaultWeeklyTargets(r, 7, 0.75)
    expect(
      targets.find((t) => t.track === 'ml')!.minutes +
        targets.find((t) => t.track === 'ml2')!.minutes,
    ).toBe(315)
    expect(targets.reduce((s, t) => s + t.minutes, 0)).toBe(420)
  })
})

describe('pace', () => {
  it('projects finish dates from the weekly rate of the last weeks and flags blown estimates', () => {
    const r = chain({ a: 'done' }) // b, c (ml, 10 h each) and d (web, 10 h) remain
    const es = [
      entry('2026-10-20', 780, 'ml', 'a'), // a: 13 h on a 10 h estimate, before the window
      ...['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-20'].map((d) =>
        entry(d, 60, 'ml', 'b'),
      ),
      entry('2026-11-27', 720, 'ml', 'c'),
    ]
    const p = pace(r, es, '2026-11-29', 4)
    const ml = p.tracks.find((t) => t.track === 'ml')!
    // b: 10 h - 4 h, c: 10 h - 12 h (used up, counts 0).
    expect(ml.remaining).toBe(600 - 240)
    expect(ml).toMatchObject({ windowDays: 28, studyDays: 5, enough: true })
    expect(ml.weeklyRate).toBe(240) // 960 minutes over four weeks
    expect(ml.finish).toBe('2026-12-10') // 360 / 240 = 1.5 weeks → 11 days
    expect(p.tracks.find((t) => t.track === 'web')).toMatchObject({
      remaining: 600,
      weeklyRate: 0,
      windowDays: 0,
      studyDays: 0,
      enough: false,
      finish: null,
    })
    expect(p.overruns).toEqual([
      { milestone: 'a', logged: 780, estimate: 600 },
      { milestone: 'c', logged: 720, estimate: 600 },
    ])
  })

  it('projects nothing from a single day, however much was logged', () => {
    const r = chain()
    const p = pace(r, [entry('2026-11-29', 30, 'ml', 'b')], '2026-11-29')
    const ml = p.tracks.find((t) => t.track === 'ml')!
    expect(ml).toMatchObject({ studyDays: 1, windowDays: 1, enough: false, finish: null })
    expect(p.overall).toMatchObject({ studyDays: 1, enough: false, finish: null })
  })

  it(`needs ${PROJECTION_RULE.studyDays} study days spread over ${PROJECTION_RULE.historyDays} days`, () => {
    const r = chain()
    const days = (first: string, n: number, step: number) =>
      Array.from({ length: n }, (_, i) => entry(addDays(first, i * step), 60, 'ml', 'b'))
    // Five days in a row: enough days, too short a history.
    const burst = pace(r, days('2026-11-25', 5, 1), '2026-11-29')
    expect(burst.overall).toMatchObject({ studyDays: 5, enough: false, finish: null })
    // Four days over three weeks: long enough, too few days.
    const sparse = pace(r, days('2026-11-08', 4, 7), '2026-11-29')
    expect(sparse.overall).toMatchObject({ studyDays: 4, enough: false, finish: null })
    // Five days over 14 days of history: a projection, averaged over those 14 days only.
    const ok = pace(r, days('2026-11-16', 5, 3), '2026-11-29')
    expect(ok.overall).toMatchObject({ studyDays: 5, windowDays: 14, enough: true })
    expect(ok.overall.weeklyRate).toBe(150) // 300 minutes over two weeks
    expect(ok.overall.finish).not.toBeNull()
  })

  it('judges each track by its own history and ignores days after today', () => {
    const r = chain()
    const es = [
      ...Array.from({ length: 6 }, (_, i) => entry(addDays('2026-11-03', i * 5), 60, 'ml', 'b')),
      entry('2026-11-29', 60, 'web', 'd'),
      entry('2026-12-05', 600, 'ml', 'b'),
    ]
    const p = pace(r, es, '2026-11-29')
    expect(p.tracks.find((t) => t.track === 'ml')).toMatchObject({ studyDays: 6, enough: true })
    expect(p.tracks.find((t) => t.track === 'web')).toMatchObject({
      studyDays: 1,
      enough: false,
      finish: null,
    })
    expect(p.overall).toMatchObject({ studyDays: 7, enough: true })
  })
})

describe('verdict', () => {
  it('reports the window’s ML share, the other tracks and the band status', () => {
    const es = [
      entry('2026-11-20', 55),
      entry('2026-11-21', 30, 'web'),
      entry('2026-11-22', 15, 'web'),
    ]
    const v = verdict(chain(), es, band, '2026-11-27')
    expect(v).toMatchObject({
      from: '2026-10-31',
      to: '2026-11-27',
      total: 100,
      status: 'below',
      hint: null,
    })
    expect(v.mlShare).toBeCloseTo(0.55)
    expect(v.others).toEqual([{ track: 'web', share: 0.45 }])
  })

  it('hints when web is missing while web work remains', () => {
    const v = verdict(chain(), [entry('2026-11-20', 60)], band, '2026-11-27')
    expect(v.hint).toBe('web-missing')
    expect(
      verdict(chain({ d: 'done' }), [entry('2026-11-20', 60)], band, '2026-11-27').hint,
    ).toBeNull()
  })

  it('hints when web comes after weeks of ML only, instead of in parallel', () => {
    const es = [
      entry('2026-09-01', 300),
      entry('2026-09-10', 300),
      entry('2026-11-20', 200, 'web'),
      entry('2026-11-21', 20),
    ]
    expect(verdict(chain(), es, band, '2026-11-27').hint).toBe('web-after')
    const parallel = [...es, entry('2026-09-02', 60, 'web')]
    expect(verdict(chain(), parallel, band, '2026-11-27').hint).toBeNull()
  })
})
