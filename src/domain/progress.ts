/**
 * Progress roll-ups, "next up" and the planned ML share. Skipped milestones are out of scope.
 *
 * The app's one way to count (issue #15): every milestone count shown anywhere — graph header,
 * plan outline, roadmaps page, import preview, shared view, backups — is `progressOf`, and every
 * "planned AI/ML share" is `plannedMlShare`. Their meanings:
 * - a roadmap has `total` milestones: all of them except the skipped ones (a choice group's
 *   options that were not chosen are skipped), done ones included; `done` of `total` is the
 *   progress, and `skipped` is said separately ("9 skipped, not counted");
 * - the planned AI/ML share is the ML tracks' share of the estimated hours of those same
 *   milestones (hours-weighted, done ones included: it describes the plan, not what is left).
 * The weekly targets' split on the time view is another thing (how the week's hours are
 * divided) and is called "weekly targets", never "planned".
 */
import { predecessors, topologicalOrder } from './graph'
import type { Milestone, Roadmap, Status } from './schema'

export interface Progress {
  done: number
  inProgress: number
  todo: number
  skipped: number
  /** Milestones that count: everything but skipped. */
  total: number
  /** done / total in [0, 1]; 0 when nothing counts. */
  ratio: number
  doneHours: number
  totalHours: number
}

/** The milestone counts of a roadmap (or a track): the only place the app counts them. */
export function progressOf(milestones: readonly Milestone[]): Progress {
  const count: Record<Status, number> = { todo: 0, 'in-progress': 0, done: 0, skipped: 0 }
  let doneHours = 0
  let totalHours = 0
  for (const m of milestones) {
    count[m.status]++
    if (m.status === 'skipped') continue
    totalHours += m.estimateHours
    if (m.status === 'done') doneHours += m.estimateHours
  }
  const total = milestones.length - count.skipped
  return {
    done: count.done,
    inProgress: count['in-progress'],
    todo: count.todo,
    skipped: count.skipped,
    total,
    ratio: total === 0 ? 0 : count.done / total,
    doneHours,
    totalHours,
  }
}

/** Progress per track id, for every track of the roadmap (empty tracks included). */
export function progressByTrack(roadmap: Roadmap): Map<string, Progress> {
  const byTrack = new Map<string, Milestone[]>(roadmap.tracks.map((t) => [t.id, []]))
  for (const m of roadmap.milestones) byTrack.get(m.track)?.push(m)
  return new Map([...byTrack].map(([id, ms]) => [id, progressOf(ms)]))
}

/** Done or skipped: nothing left to do on it. */
export const settled = (s: Status | undefined) => s === 'done' || s === 'skipped'

/** Prerequisites of a milestone that are neither done nor skipped. */
export function unmetPrerequisites(roadmap: Roadmap, id: string): Milestone[] {
  const byId = new Map(roadmap.milestones.map((m) => [m.id, m]))
  const prereqs = predecessors(roadmap.edges).get(id) ?? []
  return prereqs.map((p) => byId.get(p)).filter((m): m is Milestone => !!m && !settled(m.status))
}

/**
 * Milestones ready to work on: not done or skipped, every prerequisite done or skipped.
 * In-progress ones first, then in prerequisite order (the roadmap's own reading order).
 */
export function nextUp(roadmap: Roadmap): Milestone[] {
  const status = new Map(roadmap.milestones.map((m) => [m.id, m.status]))
  const prereqs = predecessors(roadmap.edges)
  const order = topologicalOrder(
    roadmap.milestones.map((m) => m.id),
    roadmap.edges,
  )
  const rank = new Map(order.map((id, i) => [id, i]))
  return roadmap.milestones
    .filter((m) => !settled(m.status))
    .filter((m) => (prereqs.get(m.id) ?? []).every((p) => settled(status.get(p))))
    .sort(
      (a, b) =>
        Number(b.status === 'in-progress') - Number(a.status === 'in-progress') ||
        (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0),
    )
}

/**
 * Share of planned (estimated, not skipped) hours that sit on ML tracks, in [0, 1];
 * null when nothing is planned. The mentor's target is 0.7–0.8.
 */
export function plannedMlShare(roadmap: Roadmap): number | null {
  const kind = new Map(roadmap.tracks.map((t) => [t.id, t.kind]))
  let ml = 0
  let all = 0
  for (const m of roadmap.milestones) {
    if (m.status === 'skipped') continue
    all += m.estimateHours
    if (kind.get(m.track) === 'ml') ml += m.estimateHours
  }
  return all === 0 ? null : ml / all
}

/** The mentor's band for the ML share of study time. */
export const MENTOR_ML_BAND = { low: 0.7, high: 0.8 } as const
