/**
 * What a rolling backup holds, and what restoring it would change, in terms a person reads:
 * roadmaps by name, milestones done, time entries. Pure: the Settings section shows it.
 */
import { deepEqual } from './merge'
import { progressOf } from './progress'
import type { AppData, Roadmap } from './schema'

export interface DataSummary {
  names: string[]
  /** Milestones that count (skipped ones left out, as everywhere progress is shown). */
  milestones: number
  done: number
  entries: number
}

/** One roadmap on both sides whose backed-up version differs from the one in use. */
export interface RoadmapChange {
  name: string
  /** Done and counted milestones, now and in the backup. */
  now: { done: number; total: number }
  backup: { done: number; total: number }
}

export interface RestoreChanges {
  /** Roadmaps only in the backup: restoring brings them back. */
  back: string[]
  /** Roadmaps only in use now: restoring removes them (they stay in a new backup). */
  gone: string[]
  /** Roadmaps in both, whose backed-up version (or logged time) is different. */
  changed: RoadmapChange[]
  /** Roadmaps in both, the same. */
  same: string[]
}

export function summarizeData(data: AppData): DataSummary {
  let milestones = 0
  let done = 0
  for (const r of data.roadmaps) {
    const progress = progressOf(r.milestones)
    milestones += progress.total
    done += progress.done
  }
  const entries = Object.values(data.timeLogs).reduce((n, log) => n + log.entries.length, 0)
  return { names: data.roadmaps.map((r) => r.name), milestones, done, entries }
}

const counts = (r: Roadmap) => {
  const { done, total } = progressOf(r.milestones)
  return { done, total }
}

/** What replacing `now` with `backup` does to each roadmap, matched by id. */
export function restoreChanges(now: AppData, backup: AppData): RestoreChanges {
  const current = new Map(now.roadmaps.map((r) => [r.id, r]))
  const kept = new Set(backup.roadmaps.map((r) => r.id))
  const changes: RestoreChanges = { back: [], gone: [], changed: [], same: [] }
  for (const r of backup.roadmaps) {
    const mine = current.get(r.id)
    if (!mine) changes.back.push(r.name)
    else if (deepEqual(mine, r) && deepEqual(now.timeLogs[r.id], backup.timeLogs[r.id]))
      changes.same.push(r.name)
    else changes.changed.push({ name: r.name, now: counts(mine), backup: counts(r) })
  }
  changes.gone = now.roadmaps.filter((r) => !kept.has(r.id)).map((r) => r.name)
  return changes
}
