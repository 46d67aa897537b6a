/**
 * Where study time goes: planned vs logged allocation by track, weekly series, pace and the
 * verdict against the ML band. All sums are integer minutes; shares are computed last.
 */
import { addDays, dayNumber, startOfWeek, type IsoDay, type Weekday } from './time'
import type { Band, Roadmap, TimeEntry, TimeLog, TrackKind } from './schema'
import { MENTOR_ML_BAND, settled } from './progress'

export type KindOf = ReadonlyMap<string, TrackKind>

export function kindsOf(roadmap: Roadmap): Map<string, TrackKind> {
  return new Map(roadmap.tracks.map((t) => [t.id, t.kind]))
}

export interface Allocation {
  byTrack: Map<string, number>
  total: number
  ml: number
  /** ml / total, or null when nothing is there. */
  mlShare: number | null
}

function allocationOf(pairs: Iterable<readonly [string, number]>, kindOf: KindOf): Allocation {
  const byTrack = new Map<string, number>()
  let total = 0
  let ml = 0
  for (const [track, minutes] of pairs) {
    byTrack.set(track, (byTrack.get(track) ?? 0) + minutes)
    total += minutes
    if (kindOf.get(track) === 'ml') ml += minutes
  }
  return { byTrack, total, ml, mlShare: total === 0 ? null : ml / total }
}

export interface DayRange {
  /** Inclusive. */
  from?: IsoDay
  /** Inclusive. */
  to?: IsoDay
}

function inRange(day: IsoDay, range: DayRange): boolean {
  return (!range.from || day >= range.from) && (!range.to || day <= range.to)
}

/** Logged minutes by track within a day range (ISO days compare correctly as strings). */
export function loggedAllocation(
  entries: readonly TimeEntry[],
  kindOf: KindOf,
  range: DayRange = {},
): Allocation {
  return allocationOf(
    entries.filter((e) => inRange(e.day, range)).map((e) => [e.track, e.minutes] as const),
    kindOf,
  )
}

/** The weekly plan as an allocation. */
export function plannedAllocation(
  targets: readonly { track: string; minutes: number }[],
  kindOf: KindOf,
): Allocation {
  return allocationOf(
    targets.map((t) => [t.track, t.minutes] as const),
    kindOf,
  )
}

export type BandStatus = 'below' | 'within' | 'above'

export function bandStatus(share: number, band: Band): BandStatus {
  const eps = 1e-9
  return share < band.low - eps ? 'below' : share > band.high + eps ? 'above' : 'within'
}

export interface Week extends Allocation {
  start: IsoDay
}

/** `count` consecutive weeks ending with the week containing `lastDay`, oldest first. */
export function weeklySeries(
  entries: readonly TimeEntry[],
  kindOf: KindOf,
  weekStart: Weekday,
  lastDay: IsoDay,
  count: number,
): Week[] {
  const last = startOfWeek(lastDay, weekStart)
  const first = addDays(last, -7 * (count - 1))
  const firstN = dayNumber(first)
  const buckets: [string, number][][] = Array.from({ length: count }, () => [])
  for (const e of entries) {
    const index = Math.floor((dayNumber(e.day) - firstN) / 7)
    if (index >= 0 && index < count) buckets[index]!.push([e.track, e.minutes])
  }
  return buckets.map((pairs, i) => ({
    start: addDays(first, 7 * i),
    ...allocationOf(pairs, kindOf),
  }))
}

export function loggedByMilestone(entries: readonly TimeEntry[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const e of entries)
    if (e.milestone) out.set(e.milestone, (out.get(e.milestone) ?? 0) + e.minutes)
  return out
}

/**
 * A weekly plan that puts `mlShare` of the hours on ML tracks and the rest on the others,
 * each side split by the remaining estimated hours of its tracks. Whole minutes that add up
 * exactly to the budget (largest-remainder rounding).
 */
export function defaultWeeklyTargets(
  roadmap: Roadmap,
  weeklyHours: number,
  mlShare = 0.75,
): { track: string; minutes: number }[] {
  const remaining = new Map<string, number>(roadmap.tracks.map((t) => [t.id, 0]))
  for (const m of roadmap.milestones)
    if (!settled(m.status)) remaining.set(m.track, (remaining.get(m.track) ?? 0) + m.estimateHours)
  const budget = Math.round(weeklyHours * 60)
  // Quarter hours (targets read "2.25 h", not "2.22 h") whenever the budget allows it.
  const unit = budget % 15 === 0 ? 15 : 1
  const sides = {
    ml: roadmap.tracks.filter((t) => t.kind === 'ml'),
    other: roadmap.tracks.filter((t) => t.kind === 'other'),
  }
  const hasMl = sides.ml.length > 0
  const hasOther = sides.other.length > 0
  const share = hasMl && hasOther ? mlShare : hasMl ? 1 : 0
  const mlUnits = Math.round((budget / unit) * share)
  const minutes = new Map<string, number>()
  for (const [side, units] of [
    ['ml', mlUnits],
    ['other', budget / unit - mlUnits],
  ] as const) {
    const tracks = sides[side]
    const weight = tracks.reduce((s, t) => s + (remaining.get(t.id) ?? 0), 0)
    // Largest remainder inside the side, so each side gets exactly its share.
    const raw = tracks.map((t, i) => {
      const w = weight > 0 ? (remaining.get(t.id) ?? 0) / weight : 1 / tracks.length
      const exact = units * w
      return { id: t.id, i, units: Math.floor(exact), frac: exact - Math.floor(exact) }
    })
    let left = units - raw.reduce((s, r) => s + r.units, 0)
    for (const r of [...raw].sort((a, b) => b.frac - a.frac || a.i - b.i)) {
      if (left <= 0) break
      r.units++
      left--
    }
    for (const r of raw) minutes.set(r.id, r.units * unit)
  }
  return roadmap.tracks.map((t) => ({ track: t.id, minutes: minutes.get(t.id) ?? 0 }))
}

/** A fresh time log for a roadmap: no entries, a weekly plan at the mentor's split, no reviews. */
export function newTimeLog(roadmap: Roadmap): TimeLog {
  return {
    entries: [],
    weeklyTargets: defaultWeeklyTargets(roadmap, roadmap.weeklyHours),
    mlBand: { ...MENTOR_ML_BAND },
    reviews: [],
  }
}

/**
 * When a finish date may be projected: at least `studyDays` distinct days with time logged on
 * the track (or anywhere, for the whole roadmap) within the pace window, and at least
 * `historyDays` days since the first of them. Below that, one evening of work would project
 * its pace over years ("2062"); the UI says how much history a projection needs instead.
 */
export const PROJECTION_RULE = { studyDays: 5, historyDays: 14 } as const

export interface TrackPace {
  track: string
  /** Estimated minutes still to do: unfinished milestones' estimates less time logged on them. */
  remaining: number
  /** Average minutes per week over the pace window (`windowDays`). */
  weeklyRate: number
  /**
   * The days the rate is averaged over: the last `weeks` weeks, or fewer when the first time
   * logged (on this track) is more recent; 0 when nothing is logged.
   */
  windowDays: number
  /** Distinct days with time logged within the window. */
  studyDays: number
  /** Whether the history meets `PROJECTION_RULE`, so a finish date may be shown. */
  enough: boolean
  /** Projected finish day; null when nothing remains, nothing is logged or history is too short. */
  finish: IsoDay | null
}

export interface Pace {
  tracks: TrackPace[]
  overall: TrackPace
  /** Milestones whose logged time exceeds their estimate. */
  overruns: { milestone: string; logged: number; estimate: number }[]
}

export function pace(
  roadmap: Roadmap,
  entries: readonly TimeEntry[],
  today: IsoDay,
  weeks = 4,
): Pace {
  const logged = loggedByMilestone(entries)
  const todayN = dayNumber(today)
  const remaining = new Map<string, number>(roadmap.tracks.map((t) => [t.id, 0]))
  const overruns: Pace['overruns'] = []
  for (const m of roadmap.milestones) {
    const estimate = Math.round(m.estimateHours * 60)
    const spent = logged.get(m.id) ?? 0
    if (spent > estimate && m.status !== 'skipped')
      overruns.push({ milestone: m.id, logged: spent, estimate })
    if (settled(m.status)) continue
    remaining.set(m.track, (remaining.get(m.track) ?? 0) + Math.max(0, estimate - spent))
  }
  const past = entries.filter((e) => e.day <= today)
  const project = (track: string, left: number, own: readonly TimeEntry[]): TrackPace => {
    const first = own.reduce((min, e) => Math.min(min, dayNumber(e.day)), Infinity)
    const history = Number.isFinite(first) ? todayN - first + 1 : 0
    const windowDays = Math.min(7 * weeks, history)
    const from = todayN - windowDays + 1
    const recent = own.filter((e) => dayNumber(e.day) >= from)
    const minutes = recent.reduce((s, e) => s + e.minutes, 0)
    const studyDays = new Set(recent.map((e) => e.day)).size
    const weeklyRate = windowDays > 0 ? (minutes / windowDays) * 7 : 0
    const enough = studyDays >= PROJECTION_RULE.studyDays && history >= PROJECTION_RULE.historyDays
    return {
      track,
      remaining: left,
      weeklyRate,
      windowDays,
      studyDays,
      enough,
      finish:
        enough && left > 0 && weeklyRate > 0
          ? addDays(today, Math.ceil((left / weeklyRate) * 7))
          : null,
    }
  }
  const tracks = roadmap.tracks.map((t) =>
    project(
      t.id,
      remaining.get(t.id) ?? 0,
      past.filter((e) => e.track === t.id),
    ),
  )
  const totalLeft = tracks.reduce((s, t) => s + t.remaining, 0)
  return {
    tracks,
    overall: project('', totalLeft, past),
    overruns: overruns.sort((a, b) => b.logged - b.estimate - (a.logged - a.estimate)),
  }
}

export type ParallelHint = 'web-missing' | 'web-after' | null

export interface Verdict {
  from: IsoDay
  to: IsoDay
  total: number
  mlShare: number | null
  status: BandStatus | null
  /** Non-ML tracks with their share of the window, largest first. */
  others: { track: string; share: number }[]
  hint: ParallelHint
}

/**
 * The plain-language verdict for the last `weeks` weeks (ending today), and whether the user
 * seems to do web *after* ML rather than in parallel, as the mentor advises:
 * - 'web-missing': ML logged recently but no time at all on other tracks while work remains;
 * - 'web-after': other tracks now dominate (ML below the band) after a stretch of ML-only weeks.
 */
export function verdict(
  roadmap: Roadmap,
  entries: readonly TimeEntry[],
  band: Band,
  today: IsoDay,
  weeks = 4,
): Verdict {
  const kindOf = kindsOf(roadmap)
  const from = addDays(today, -7 * weeks + 1)
  const window = loggedAllocation(entries, kindOf, { from, to: today })
  const others = [...window.byTrack]
    .filter(([track]) => kindOf.get(track) !== 'ml')
    .map(([track, minutes]) => ({ track, share: window.total ? minutes / window.total : 0 }))
    .sort((a, b) => b.share - a.share || a.track.localeCompare(b.track))
  const otherWorkLeft = roadmap.milestones.some(
    (m) => kindOf.get(m.track) === 'other' && m.status !== 'done' && m.status !== 'skipped',
  )
  let hint: ParallelHint = null
  if (window.ml > 0 && window.total === window.ml && otherWorkLeft) hint = 'web-missing'
  else if (window.mlShare !== null && window.mlShare < band.low) {
    const before = loggedAllocation(entries, kindOf, { to: addDays(from, -1) })
    const earlierWeeks = new Set(
      entries
        .filter((e) => e.day < from && kindOf.get(e.track) === 'ml')
        .map((e) => Math.floor(dayNumber(e.day) / 7)),
    )
    if (before.ml > 0 && before.total === before.ml && earlierWeeks.size >= 2) hint = 'web-after'
  }
  return {
    from,
    to: today,
    total: window.total,
    mlShare: window.mlShare,
    status: window.mlShare === null ? null : bandStatus(window.mlShare, band),
    others,
    hint,
  }
}
