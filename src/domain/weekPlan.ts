/**
 * The proposed week: which milestones to work on this week and for how long, from the week's
 * hours, the AI/ML band, what is ready to start and what is left of each estimate.
 *
 * Rules, in order:
 * - Only milestones whose prerequisites are done or skipped (`nextUp`), never one the user
 *   swapped out; the user's pins first, then the ones in progress, then the roadmap's order.
 * - Each side (AI/ML, everything else) gets its share of the hours: the middle of the band,
 *   rounded to quarter hours when that stays inside the band. A side is filled one milestone
 *   at a time ("한 번에 하나씩"), each up to what is left of its estimate.
 * - When the open AI/ML work runs short, the rest is cut so AI/ML still holds the band's low
 *   end (ML stays the major) and the hours left over stay unplanned; when the other side runs
 *   short, its hours go to AI/ML. Either way the proposal says why it is not in the band.
 * - Never more than the week's hours; deterministic, so proposing again with nothing changed
 *   gives the same week.
 */
import { nextUp } from './progress'
import type { Band, Milestone, Roadmap, TrackKind } from './schema'

/** The smallest piece of a milestone worth planning (one study session). */
export const MIN_SESSION_MINUTES = 60

export interface WeekPin {
  milestone: string
  /** Hours the user set for it, in minutes; absent = as the proposal sees fit. */
  minutes?: number
}

export interface WeekProposalInput {
  roadmap: Roadmap
  /** Minutes to plan this week. */
  budget: number
  band: Band
  /** Minutes logged so far on each milestone (all time). */
  logged: ReadonlyMap<string, number>
  /** Milestones the user pinned, in their order. */
  pins?: readonly WeekPin[]
  /** Milestones the user swapped out of this week. */
  excluded?: readonly string[]
}

export type PlannedReason = 'pinned' | 'in-progress' | 'next'

export interface PlannedItem {
  milestone: string
  track: string
  kind: TrackKind
  minutes: number
  why: PlannedReason
}

/**
 * Why the proposal is not inside the band or leaves hours unplanned: nothing or too little open
 * on a side (or on both), the user's own hours put it outside, or no whole number of minutes
 * fits the band.
 */
export type BandProblem =
  | 'no-ml-open'
  | 'ml-runs-short'
  | 'other-runs-short'
  | 'little-open'
  | 'pins'
  | 'narrow-band'
  | null

export interface WeekProposal {
  items: PlannedItem[]
  /** Planned minutes in all, and on AI/ML. */
  minutes: number
  mlMinutes: number
  /** AI/ML share of the planned minutes; null when nothing is planned. */
  share: number | null
  withinBand: boolean
  problem: BandProblem
  /** Minutes of the budget left unplanned (see `problem`). */
  unplanned: number
  /** Pins that could not be kept: the milestone is blocked, settled or gone. */
  droppedPins: string[]
}

/** Minutes still to do on a milestone: its estimate less what was logged, at least one session. */
export function remainingMinutes(m: Milestone, logged: number): number {
  return Math.max(Math.round(m.estimateHours * 60) - logged, MIN_SESSION_MINUTES)
}

/** The AI/ML minutes of a budget: the band's middle, in quarter hours when that stays inside it. */
export function mlTarget(budget: number, band: Band): number {
  const exact = budget * ((band.low + band.high) / 2)
  const quarter = Math.round(exact / 15) * 15
  const inBand = (x: number) => x >= band.low * budget - 1e-9 && x <= band.high * budget + 1e-9
  if (quarter <= budget && inBand(quarter)) return quarter
  const minute = Math.round(exact)
  return inBand(minute) ? minute : Math.ceil(band.low * budget)
}

/** Whether some whole number of minutes of this budget lies inside the band. */
export function fitsBand(budget: number, band: Band): boolean {
  return budget > 0 && Math.ceil(band.low * budget - 1e-9) <= Math.floor(band.high * budget + 1e-9)
}

export function proposeWeek(input: WeekProposalInput): WeekProposal {
  const { roadmap, band, logged } = input
  const budget = Math.max(0, Math.floor(input.budget))
  const kindOf = new Map(roadmap.tracks.map((t) => [t.id, t.kind]))
  // A milestone set to 0 hours is not for this week: swapped out, like `excluded`.
  const setToZero = (p: WeekPin) => p.minutes !== undefined && Math.round(p.minutes) <= 0
  const excluded = new Set([
    ...(input.excluded ?? []),
    ...(input.pins ?? []).filter(setToZero).map((p) => p.milestone),
  ])
  const ready = nextUp(roadmap).filter((m) => !excluded.has(m.id))
  const readyIds = new Set(ready.map((m) => m.id))
  const pins = (input.pins ?? []).filter(
    (p, i, all) => !setToZero(p) && all.findIndex((q) => q.milestone === p.milestone) === i,
  )
  const droppedPins = pins.filter((p) => !readyIds.has(p.milestone)).map((p) => p.milestone)
  const pinOf = new Map(pins.filter((p) => readyIds.has(p.milestone)).map((p) => [p.milestone, p]))
  const pinRank = new Map(pins.map((p, i) => [p.milestone, i]))
  // Pins first (in the user's order), then nextUp's order (in progress first).
  const order = [...ready].sort(
    (a, b) => (pinRank.get(a.id) ?? Infinity) - (pinRank.get(b.id) ?? Infinity),
  )
  const kind = (m: Milestone): TrackKind => kindOf.get(m.track) ?? 'other'
  const left = (m: Milestone) => remainingMinutes(m, logged.get(m.id) ?? 0)

  const minutes = new Map<string, number>()
  let spent = 0
  // Hours the user set come first, within the budget.
  for (const m of order) {
    const set = pinOf.get(m.id)?.minutes
    if (set === undefined) continue
    const give = Math.min(Math.max(0, Math.round(set)), budget - spent)
    minutes.set(m.id, give)
    spent += give
  }
  const fixed = { ml: 0, other: 0 }
  for (const m of order) fixed[kind(m)] += minutes.get(m.id) ?? 0

  const open = {
    ml: order.filter((m) => kind(m) === 'ml'),
    other: order.filter((m) => kind(m) === 'other'),
  }
  const free = (side: TrackKind) => open[side].filter((m) => !minutes.has(m.id))
  const capacity = (side: TrackKind) => free(side).reduce((s, m) => s + left(m), 0)
  const fill = (side: TrackKind, amount: number) => {
    let rest = amount
    for (const m of free(side)) {
      if (rest <= 0) break
      const give = Math.min(left(m), rest)
      minutes.set(m.id, give)
      rest -= give
    }
    return amount - rest
  }

  // Each side's share of the whole budget, less what pins already hold.
  const mlWant = Math.min(budget - spent, Math.max(0, mlTarget(budget, band) - fixed.ml))
  const otherWant = Math.max(0, budget - spent - mlWant)
  const mlCap = capacity('ml')
  const otherCap = capacity('other')
  let problem: BandProblem = null
  if (fixed.ml + fixed.other > 0) {
    const share = fixed.ml / (fixed.ml + fixed.other)
    if (fixed.ml + fixed.other >= budget && (share < band.low || share > band.high))
      problem = 'pins'
  }
  let mlGet = Math.min(mlWant, mlCap)
  let otherGet = Math.min(otherWant, otherCap)
  if (mlGet < mlWant) {
    // Too little AI/ML is open: keep AI/ML at the band's low end by planning less of the rest.
    problem ??= mlCap + fixed.ml === 0 ? 'no-ml-open' : 'ml-runs-short'
    const ml = fixed.ml + mlGet
    const otherMax =
      band.low > 0 ? Math.floor((ml * (1 - band.low)) / band.low) - fixed.other : Infinity
    otherGet = Math.max(0, Math.min(otherGet, otherMax))
  } else if (otherGet < otherWant) {
    // Too little else is open: the hours go to AI/ML rather than unplanned.
    mlGet = Math.min(mlCap, mlGet + (otherWant - otherGet))
    problem ??= mlGet < mlWant + (otherWant - otherGet) ? 'little-open' : 'other-runs-short'
  }
  spent += fill('ml', mlGet) + fill('other', otherGet)

  const items: PlannedItem[] = order
    .filter((m) => (minutes.get(m.id) ?? 0) > 0)
    .map((m) => ({
      milestone: m.id,
      track: m.track,
      kind: kind(m),
      minutes: minutes.get(m.id)!,
      why: pinOf.has(m.id) ? 'pinned' : m.status === 'in-progress' ? 'in-progress' : 'next',
    }))
  const total = items.reduce((s, i) => s + i.minutes, 0)
  const mlMinutes = items.filter((i) => i.kind === 'ml').reduce((s, i) => s + i.minutes, 0)
  const share = total === 0 ? null : mlMinutes / total
  const withinBand = share !== null && share >= band.low - 1e-9 && share <= band.high + 1e-9
  return {
    items,
    minutes: total,
    mlMinutes,
    share,
    withinBand,
    problem:
      (withinBand && total === budget) || budget === 0
        ? null
        : (problem ?? (fitsBand(budget, band) ? 'pins' : 'narrow-band')),
    unplanned: budget - total,
    droppedPins,
  }
}
