/**
 * Progress that encourages: weeks on plan, study days and hours this week against the target,
 * and the next session to work on. Counts, never streaks: a missed day resets nothing, and a
 * week below its target is just that week.
 */
import type { TimeEntry } from './schema'
import { addDays, dayNumber, startOfWeek, type IsoDay, type Weekday } from './time'

/** A week is on plan when its logged time reaches the target less this share. */
export const ON_PLAN_TOLERANCE = 0.1

export interface WeekRecord {
  weekStart: IsoDay
  target: number
  logged: number
  /** Logged time reached the target within the tolerance (a week without a target never is). */
  onPlan: boolean
}

export function isOnPlan(logged: number, target: number): boolean {
  return target > 0 && logged >= target * (1 - ON_PLAN_TOLERANCE)
}

/**
 * Every week from the first one with logged time (or `since`) up to the week before `today`'s,
 * with its target (`targetOf`, e.g. the accepted plan of that week or the weekly targets) and
 * what was logged. The current week is not counted until it is over.
 */
export function pastWeeks(
  entries: readonly TimeEntry[],
  targetOf: (weekStart: IsoDay) => number,
  weekStart: Weekday,
  today: IsoDay,
  since?: IsoDay,
): WeekRecord[] {
  const thisWeek = startOfWeek(today, weekStart)
  const firstDay = entries.reduce<IsoDay | undefined>(
    (min, e) => (min === undefined || e.day < min ? e.day : min),
    since,
  )
  if (firstDay === undefined) return []
  const loggedBy = new Map<IsoDay, number>()
  for (const e of entries) {
    const w = startOfWeek(e.day, weekStart)
    loggedBy.set(w, (loggedBy.get(w) ?? 0) + e.minutes)
  }
  const out: WeekRecord[] = []
  for (
    let w = startOfWeek(firstDay, weekStart);
    dayNumber(w) < dayNumber(thisWeek);
    w = addDays(w, 7)
  ) {
    const target = targetOf(w)
    const logged = loggedBy.get(w) ?? 0
    out.push({ weekStart: w, target, logged, onPlan: isOnPlan(logged, target) })
  }
  return out
}

export interface ThisWeek {
  /** Days of this week with any study logged. */
  studyDays: number
  logged: number
  target: number
  /** Minutes logged this week, by milestone. */
  byMilestone: ReadonlyMap<string, number>
}

export function thisWeek(
  entries: readonly TimeEntry[],
  target: number,
  weekStart: Weekday,
  today: IsoDay,
): ThisWeek {
  const start = startOfWeek(today, weekStart)
  const end = addDays(start, 6)
  const days = new Set<IsoDay>()
  const byMilestone = new Map<string, number>()
  let logged = 0
  for (const e of entries)
    if (e.day >= start && e.day <= end) {
      days.add(e.day)
      logged += e.minutes
      if (e.milestone) byMilestone.set(e.milestone, (byMilestone.get(e.milestone) ?? 0) + e.minutes)
    }
  return { studyDays: days.size, logged, target, byMilestone }
}

export interface NextSession {
  milestone: string
  /** Minutes of this week's plan for it not logged yet this week. */
  leftThisWeek: number
}

/**
 * The milestone to work on now: the first of the week's plan (in its order, in progress first)
 * with time still planned this week; null when the week's plan is all logged.
 */
export function nextSession(
  plan: readonly { milestone: string; minutes: number }[],
  loggedThisWeek: ReadonlyMap<string, number>,
  settled: ReadonlySet<string>,
): NextSession | null {
  for (const item of plan) {
    if (settled.has(item.milestone)) continue
    const left = item.minutes - (loggedThisWeek.get(item.milestone) ?? 0)
    if (left > 0) return { milestone: item.milestone, leftThisWeek: left }
  }
  return null
}
