/**
 * The weekly review: what the user's current week looked like, which in-progress milestones
 * have gone quiet, and whether to remind them to look back. Weeks and ages are counted in
 * whole local calendar days with the integer day helpers of `time.ts`, so a week is always
 * seven days, whatever time zone or DST change it spans.
 */
import { bandStatus, kindsOf, loggedAllocation, plannedAllocation } from './allocation'
import type { BandStatus } from './allocation'
import {
  MAX_SHORT_NOTE_LENGTH,
  type Milestone,
  type Review,
  type Roadmap,
  type TimeLog,
} from './schema'
import { addDays, dayNumber, localDay, startOfWeek, type IsoDay, type Weekday } from './time'

/** An in-progress milestone untouched for this many days (or more) is flagged as stale. */
export const STALE_DAYS = 14
/** The reminder waits until a roadmap is this many days old: no nagging on the first visit. */
export const REMINDER_MIN_AGE_DAYS = 3
/** The longest note `ReviewSchema` accepts. */
export const MAX_REVIEW_NOTE_LENGTH = MAX_SHORT_NOTE_LENGTH

export interface WeekRange {
  /** First day of the week (the user's week start). */
  start: IsoDay
  /** Last day, inclusive: start + 6. */
  end: IsoDay
}

export function weekOf(day: IsoDay, weekStart: Weekday): WeekRange {
  const start = startOfWeek(day, weekStart)
  return { start, end: addDays(start, 6) }
}

/** The local calendar day of a stored instant (ISO timestamp), in the runtime's time zone. */
export function dayOfInstant(iso: string): IsoDay {
  return localDay(new Date(iso))
}

const inWeek = (day: IsoDay, week: WeekRange) => day >= week.start && day <= week.end

/** Done milestones whose status changed to done within the week, in roadmap order. */
export function doneInWeek(roadmap: Roadmap, week: WeekRange): Milestone[] {
  return roadmap.milestones.filter(
    (m) =>
      m.status === 'done' && !!m.statusChangedAt && inWeek(dayOfInstant(m.statusChangedAt), week),
  )
}

export interface StaleMilestone {
  milestone: Milestone
  /** The last day it was touched: its status change (or the roadmap's creation) or logged time. */
  lastTouched: IsoDay
  /** Whole days from lastTouched to today. */
  days: number
}

/**
 * In-progress milestones untouched for `STALE_DAYS` days or more, the longest untouched first.
 * Touched = its status changed, or time was logged on it. A milestone without
 * `statusChangedAt` (data from before schema v3) counts from the day the roadmap was created.
 * Exactly 14 days after the last touch it is stale; 13 days after, it is not.
 */
export function staleMilestones(
  roadmap: Roadmap,
  entries: TimeLog['entries'],
  today: IsoDay,
  days = STALE_DAYS,
): StaleMilestone[] {
  const lastLogged = new Map<string, IsoDay>()
  for (const e of entries)
    if (e.milestone && e.day > (lastLogged.get(e.milestone) ?? ''))
      lastLogged.set(e.milestone, e.day)
  const created = dayOfInstant(roadmap.createdAt)
  const todayN = dayNumber(today)
  const out: StaleMilestone[] = []
  for (const m of roadmap.milestones) {
    if (m.status !== 'in-progress') continue
    const changed = m.statusChangedAt ? dayOfInstant(m.statusChangedAt) : created
    const logged = lastLogged.get(m.id)
    const lastTouched = logged && logged > changed ? logged : changed
    const since = todayN - dayNumber(lastTouched)
    if (since >= days) out.push({ milestone: m, lastTouched, days: since })
  }
  return out.sort((a, b) => b.days - a.days || a.milestone.id.localeCompare(b.milestone.id))
}

export interface TrackWeek {
  track: string
  /** Minutes logged in the week. */
  logged: number
  /** Minutes planned per week, 0 when the track has no target. */
  target: number
}

export interface WeekTime {
  /** The roadmap's tracks in order, then tracks found only in the log. */
  tracks: TrackWeek[]
  total: number
  planned: number
  mlShare: number | null
  /** The ML share against the user's band; null when nothing was logged. */
  status: BandStatus | null
}

/** Time logged in the week by track, against the weekly targets and the ML band. */
export function weekTime(roadmap: Roadmap, log: TimeLog, week: WeekRange): WeekTime {
  const kindOf = kindsOf(roadmap)
  const logged = loggedAllocation(log.entries, kindOf, { from: week.start, to: week.end })
  const planned = plannedAllocation(log.weeklyTargets, kindOf)
  const ids = [...new Set([...roadmap.tracks.map((t) => t.id), ...logged.byTrack.keys()])]
  return {
    tracks: ids.map((track) => ({
      track,
      logged: logged.byTrack.get(track) ?? 0,
      target: planned.byTrack.get(track) ?? 0,
    })),
    total: logged.total,
    planned: planned.total,
    mlShare: logged.mlShare,
    status: logged.mlShare === null ? null : bandStatus(logged.mlShare, log.mlBand),
  }
}

/** The snapshot a saved review keeps: what was done, minutes per track, what was stale. */
export function buildReview(input: {
  id: string
  roadmap: Roadmap
  log: TimeLog
  week: WeekRange
  today: IsoDay
  note: string
  now: Date
}): Review {
  const { roadmap, log, week } = input
  return {
    id: input.id,
    weekStart: week.start,
    savedAt: input.now.toISOString(),
    note: input.note.trim(),
    done: doneInWeek(roadmap, week).map((m) => ({ id: m.id, title: { ...m.title } })),
    minutesByTrack: weekTime(roadmap, log, week)
      .tracks.filter((t) => t.logged > 0)
      .map((t) => ({ track: t.track, minutes: t.logged })),
    stale: staleMilestones(roadmap, log.entries, input.today).map((s) => s.milestone.id),
  }
}

/** The reviews with `review` in place of any other of its week; kept oldest first. */
export function upsertReview(reviews: readonly Review[], review: Review): Review[] {
  return [...reviews.filter((r) => r.weekStart !== review.weekStart), review].sort((a, b) =>
    a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0,
  )
}

export function reviewOfWeek(reviews: readonly Review[], weekStart: IsoDay): Review | null {
  return reviews.find((r) => r.weekStart === weekStart) ?? null
}

/**
 * Whether the plan shows the weekly-review reminder today. All three must hold:
 * - the roadmap is at least `REMINDER_MIN_AGE_DAYS` whole local days old (created on Monday:
 *   shown from Thursday), so a new user is not asked to review a week they have not had;
 * - no review is saved for this week (the week containing today, in the user's week start);
 * - the user has not dismissed the reminder this week (`reviewDismissedWeek` is this week's
 *   first day; a new week brings it back).
 */
export function reviewReminderDue(
  roadmap: Pick<Roadmap, 'createdAt'>,
  log: Pick<TimeLog, 'reviews' | 'reviewDismissedWeek'>,
  today: IsoDay,
  weekStart: Weekday,
): boolean {
  const age = dayNumber(today) - dayNumber(dayOfInstant(roadmap.createdAt))
  if (!(age >= REMINDER_MIN_AGE_DAYS)) return false
  const week = weekOf(today, weekStart)
  return log.reviewDismissedWeek !== week.start && !reviewOfWeek(log.reviews, week.start)
}
