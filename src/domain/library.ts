/**
 * Rules for a roadmap brought into the library (an imported file, a shared link): which
 * roadmap it already is, the name a copy gets, and the data with a roadmap replaced by it.
 * Pure; the import and shared views call it, so it stays out of the first download.
 */
import * as v from 'valibot'
import { validateAppData } from './migrations'
import {
  MAX_TITLE_LENGTH,
  RoadmapSchema,
  type AppData,
  type Roadmap,
  type TimeLog,
  type Validated,
} from './schema'

/**
 * What two copies of the same roadmap share, as one text: everything but the id and dates, in
 * the schema's order (a roadmap edited here and the same one read from a file may hold their
 * keys in different orders).
 */
function contentKey(r: Roadmap): string {
  const parsed = v.safeParse(RoadmapSchema, r)
  const copy: Partial<Roadmap> = { ...(parsed.success ? parsed.output : r) }
  delete copy.id
  delete copy.createdAt
  delete copy.updatedAt
  return JSON.stringify(copy)
}

/**
 * The roadmap `incoming` already is: the one with its id, else the first with the same
 * content (a copy added earlier got a fresh id and its own dates). Null when it is new.
 */
export function sameRoadmapIn(roadmaps: readonly Roadmap[], incoming: Roadmap): Roadmap | null {
  const byId = roadmaps.find((r) => r.id === incoming.id)
  if (byId) return byId
  const wanted = contentKey(incoming)
  return roadmaps.find((r) => contentKey(r) === wanted) ?? null
}

/**
 * A name no roadmap has: `name` itself when it is free, else "name (2)", "name (3)"… the
 * first free number. A name that already ends in " (n)" counts on from its base, so a copy
 * of "Plan (2)" is "Plan (3)", not "Plan (2) (2)". The result fits the name limit.
 */
export function freeName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken)
  if (!names.has(name)) return name
  const base = /^(.*\S) \((\d+)\)$/.exec(name)?.[1] ?? name
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`
    const candidate = base.slice(0, MAX_TITLE_LENGTH - suffix.length) + suffix
    if (!names.has(candidate)) return candidate
  }
}

/**
 * The data with the roadmap `id` replaced by a file's version, opened; its id and creation
 * date stay. The file's time log replaces the roadmap's; a file without one keeps the logged
 * time when it still fits (its tracks are there), else drops it. A timer on the roadmap the new
 * version cannot hold is stopped. Everything is validated again.
 */
export function replaceRoadmapIn(
  data: AppData,
  id: string,
  file: { roadmap: Roadmap; timeLog: TimeLog | null },
  now = new Date(),
): Validated<AppData> {
  const current = data.roadmaps.find((r) => r.id === id)
  if (!current) return { ok: false, problems: [`no roadmap "${id}"`] }
  const roadmap: Roadmap = {
    ...file.roadmap,
    id,
    createdAt: current.createdAt,
    updatedAt: now.toISOString(),
  }
  const others = { ...data.timeLogs }
  delete others[id]
  const log = file.timeLog ?? data.timeLogs[id]
  const next: AppData = {
    ...data,
    roadmaps: data.roadmaps.map((r) => (r.id === id ? roadmap : r)),
    activeRoadmapId: id,
    timeLogs: log ? { ...others, [id]: log } : others,
  }
  const tries = [next, ...(file.timeLog || !log ? [] : [{ ...next, timeLogs: others }])].flatMap(
    (d) => (d.timer?.roadmapId === id ? [d, { ...d, timer: null }] : [d]),
  )
  let result: Validated<AppData> = { ok: false, problems: [] }
  for (const attempt of tries) {
    result = validateAppData(attempt)
    if (result.ok) return result
  }
  return result
}
