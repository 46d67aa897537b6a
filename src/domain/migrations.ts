/**
 * Stored data is a versioned envelope. Each released schema version has one migration step
 * to the next; loading runs the steps in order, then validates against the current schema.
 */
import { structuralChecks } from './graph'
import { finish } from './steps'
import { isDeepFrozen } from './frozen'
import {
  AppDataSchema,
  parseWith,
  type AppData,
  type Profile,
  type Roadmap,
  type Validated,
} from './schema'

/** The schema version this build writes. Bump it together with a new step below. */
export const SCHEMA_VERSION = 4

/**
 * The version of the copy in IndexedDB (`storage/envelope.ts`): from 5 on, the data of schema
 * `dataVersion` as JSON text, with its digest. Always above every data schema it may carry, so
 * a build that reads only object envelopes (schema ≤ 4) takes it for a newer version's data and
 * stops writing, rather than calling it unreadable. Bump it with `SCHEMA_VERSION`.
 */
export const STORED_VERSION = SCHEMA_VERSION + 1

/**
 * Bump when validation or normalisation (`normalize.ts`) gets stricter without a new schema
 * version: copies this build wrote are then validated in full again at the next load instead of
 * being trusted by their digest (which covers this number).
 */
export const VALIDATION_REVISION = 1

export interface Envelope {
  schemaVersion: number
  savedAt: string
  data: unknown
}

/** A profile with nothing given yet: no name, no headline, no links. */
export const emptyProfile = (): Profile => ({
  name: '',
  headline: '',
  email: null,
  github: null,
  linkedin: null,
  website: null,
})

/** A plain object (not null, not an array). */
export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

export function emptyAppData(): AppData {
  return {
    roadmaps: [],
    activeRoadmapId: null,
    settings: { locale: null },
    timeLogs: {},
    timer: null,
    profile: emptyProfile(),
  }
}

function timeProblems(data: AppData): string[] {
  const problems: string[] = []
  const roadmaps = new Map(data.roadmaps.map((r) => [r.id, r]))
  for (const [id, log] of Object.entries(data.timeLogs)) {
    const roadmap = roadmaps.get(id)
    if (!roadmap) {
      problems.push(`time log for missing roadmap "${id}"`)
      continue
    }
    const tracks = new Set(roadmap.tracks.map((t) => t.id))
    const ids = new Set<string>()
    for (const e of log.entries) {
      if (ids.has(e.id))
        problems.push(`roadmap "${roadmap.name || id}": duplicate time entry id "${e.id}"`)
      ids.add(e.id)
      if (!tracks.has(e.track))
        problems.push(
          `roadmap "${roadmap.name || id}": time entry "${e.id}" is on unknown track "${e.track}"`,
        )
    }
    for (const t of log.weeklyTargets)
      if (!tracks.has(t.track))
        problems.push(
          `roadmap "${roadmap.name || id}": weekly target for unknown track "${t.track}"`,
        )
  }
  const timer = data.timer
  if (timer) {
    const roadmap = roadmaps.get(timer.roadmapId)
    if (!roadmap) problems.push('the running timer belongs to a missing roadmap')
    else if (!roadmap.tracks.some((t) => t.id === timer.track))
      problems.push('the running timer is on an unknown track')
  }
  return problems
}

export function wrap(data: AppData, now = new Date()): Envelope {
  return { schemaVersion: SCHEMA_VERSION, savedAt: now.toISOString(), data }
}

export type Unwrapped =
  | { ok: true; data: AppData; migratedFrom: number | null }
  | { ok: false; reason: 'not-an-envelope' | 'future-version' | 'invalid'; problems: string[] }

/** The structural problems of roadmaps that cannot change (deep-frozen), by identity. */
const structural = new WeakMap<Roadmap, string[]>()

/**
 * The last structural check of a roadmap with these very edges: a status or text edit keeps the
 * edges, tracks and choice groups (the same arrays) and every milestone's id and track, which is
 * all `structuralChecks` reads, so its answer holds without walking the graph again.
 */
const byEdges = new WeakMap<
  readonly object[],
  Pick<Roadmap, 'milestones' | 'tracks' | 'choiceGroups'> & { problems: string[] }
>()

const sameIdsAndTracks = (a: Roadmap['milestones'], b: Roadmap['milestones']) =>
  a.length === b.length &&
  a.every((m, i) => m === b[i] || (m.id === b[i]!.id && m.track === b[i]!.track))

/** A roadmap's structural problems, as steps (`structuralChecks`) when they are not known. */
function* roadmapProblems(r: Roadmap): Generator<void, string[]> {
  const known = structural.get(r)
  if (known) return known
  const prior = byEdges.get(r.edges)
  const raw =
    prior &&
    prior.tracks === r.tracks &&
    prior.choiceGroups === r.choiceGroups &&
    sameIdsAndTracks(prior.milestones, r.milestones)
      ? prior.problems
      : yield* structuralChecks(r)
  const problems = raw.map((p) => `roadmap "${r.name || r.id}": ${p}`)
  if (isDeepFrozen(r)) {
    structural.set(r, problems)
    byEdges.set(r.edges, { ...r, problems: raw })
  }
  return problems
}

/**
 * Validates app data beyond its shape: every roadmap's links, the active id. Records validated
 * before are not checked again (`schema.ts`, `memoized`): a save validates what changed.
 */
export function validateAppData(raw: unknown): Validated<AppData> {
  return finish(appDataChecks(raw))
}

/**
 * `validateAppData` as steps (the shape, each roadmap's links, the time logs), so a caller can
 * spread a large check over several tasks (`runSteps`).
 */
export function* appDataChecks(raw: unknown): Generator<void, Validated<AppData>> {
  const parsed = parseWith(AppDataSchema, raw)
  if (!parsed.ok) return parsed
  const problems: string[] = []
  for (const r of parsed.value.roadmaps) {
    yield
    problems.push(...(yield* roadmapProblems(r)))
  }
  yield
  problems.push(...timeProblems(parsed.value))
  const ids = parsed.value.roadmaps.map((r) => r.id)
  if (new Set(ids).size !== ids.length) problems.push('two roadmaps share an id')
  const active = parsed.value.activeRoadmapId
  if (active !== null && !ids.includes(active)) problems.push('the active roadmap does not exist')
  return problems.length ? { ok: false, problems } : parsed
}
