import { describe, expect, it } from 'vitest'
import { isOnPlan, nextSession, pastWeeks, thisWeek } from '@/domain/weekProgress'
import { timeEntry } from '../helpers'

// Weeks start on Monday; 2026-12-07 is a Monday.
describe('weekProgress', () => {
  it('counts a week on plan when its logged time reaches the target within 10%', () => {
    expect(isOnPlan(540, 600)).toBe(true)
    expect(isOnPlan(539, 600)).toBe(false)
    expect(isOnPlan(0, 0)).toBe(false)
  })

  it('lists every past week, empty ones too, and never counts the current one', () => {
    const entries = [
      timeEntry('2026-11-16', 600),
      timeEntry('2026-11-18', 300),
      timeEntry('2026-12-01', 60),
      timeEntry('2026-12-08', 600),
    ]
    const weeks = pastWeeks(entries, () => 600, 1, '2026-12-09')
    expect(weeks).toEqual([
      { weekStart: '2026-11-16', target: 600, logged: 900, onPlan: true },
      { weekStart: '2026-11-23', target: 600, logged: 0, onPlan: false },
      { weekStart: '2026-11-30', target: 600, logged: 60, onPlan: false },
    ])
    // A missed week is one week below target: the next week on plan still counts.
    expect(weeks.filter((w) => w.onPlan)).toHaveLength(1)
    expect(pastWeeks([], () => 600, 1, '2026-12-09')).toEqual([])
    expect(pastWeeks([], () => 600, 1, '2026-12-09', '2026-11-30')).toHaveLength(1)
  })

  it('counts study days and hours of this week only', () => {
    const entries = [
      timeEntry('2026-12-06', 60, 'ml', 'repro'),
      timeEntry('2026-12-07', 30, 'ml', 'repro'),
      timeEntry('2026-12-07', 45),
      timeEntry('2026-12-10', 60, 'ml', 'repro'),
      timeEntry('2026-12-10', 15, 'web', 'django'),
    ]
    expect(thisWeek(entries, 900, 1, '2026-12-10')).toEqual({
      studyDays: 2,
      logged: 150,
      target: 900,
      byMilestone: new Map([
        ['repro', 90],
        ['django', 15],
      ]),
    })
  })

  it('suggests the first planned milestone with time left this week', () => {
    const plan = [
      { milestone: 'repro', minutes: 300 },
      { milestone: 'django', minutes: 120 },
    ]
    expect(nextSession(plan, new Map(), new Set())).toEqual({
      milestone: 'repro',
      leftThisWeek: 300,
    })
    expect(nextSession(plan, new Map([['repro', 300]]), new Set())).toEqual({
      milestone: 'django',
      leftThisWeek: 120,
    })
    expect(nextSession(plan, new Map(), new Set(['repro']))?.milestone).toBe('django')
    expect(
      nextSession(
        plan,
        new Map([
          ['repro', 400],
          ['django', 120],
        ]),
        new Set(),
      ),
    ).toBeNull()
  })
})
