/**
 * Stored data is a versioned envelope. Each released schema version has one migration step
 * to the next; loading runs the steps in order, then validates against the current schema.
 */
import { normalizeAppData } from './normalize'
import { structuralProblems } from './graph'
import * as v from 'valibot'
import { isDeepFrozen } from './frozen'
import {
  AppDataSchema,
  parseWith,
  RecordSchemas,
  RoadmapSchema,
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

/**
 * The time log migration 1 → 2 gives a roadmap, frozen as schema v2 shipped it (not the live
 * `newTimeLog`, whose defaults have moved on since): no entries, the mentor's 70–80% ML band,
 * and weekly targets that put 75% of the weekly hours on ML tracks and the rest on the others,
 * each side split by the estimated hours left on its tracks, in whole minutes that add up to
 * the budget (largest remainder). `reviews` is v3's, added by the next step.
 */
function v2TimeLog({ tracks, milestones, weeklyHours }: Roadmap) {
  const left = new Map<string, number>()
  for (const m of milestones)
    if (m.status !== 'done' && m.status !== 'skipped')
      left.set(m.track, (left.get(m.track) ?? 0) + m.estimateHours)
  const budget = Math.round(weeklyHours * 60)
  // ML tracks first, then the others: the order v2 wrote the targets in.
  const sides = [tracks.filter((t) => t.kind === 'ml'), tracks.filter((t) => t.kind === 'other')]
  const mlShare = sides[1]!.length ? (sides[0]!.length ? 0.75 : 0) : 1
  const exact = sides.flatMap((side, i) => {
    const weight = side.reduce((sum, t) => sum + (left.get(t.id) ?? 0), 0)
    const share = budget * (i ? 1 - mlShare : mlShare)
    return side.map((t) => share * (weight ? (left.get(t.id) ?? 0) / weight : 1 / side.length))
  })
  const minutes = exact.map(Math.floor)
  let missing = budget - minutes.reduce((sum, m) => sum + m, 0)
  const fraction = (i: number) => exact[i]! - minutes[i]!
  for (const i of exact.map((_, i) => i).sort((a, b) => fraction(b) - fraction(a) || a - b))
    if (missing-- > 0) minutes[i]!++
  return {
    entries: [],
    weeklyTargets: sides.flat().map((t, i) => ({ track: t.id, minutes: minutes[i]! })),
    mlBand: { low: 0.7, high: 0.8 },
  }
}

/**
 * The evidence kinds of the template's milestones when schema v3 shipped. Frozen here (not read
 * from the template) so this migration step gives the same result whatever the template becomes.
 */
const V3_EVIDENCE_KINDS: Record<string, 'paper' | 'reproduction' | 'project'> = {
  'read-papers': 'paper',
  'keep-up-papers': 'paper',
  'paper-seminar': 'paper',
  'reproduce-paper': 'reproduction',
  'reproduce-second-paper': 'reproduction',
  'open-source-release': 'project',
  'demo-own-page': 'project',
  'demo-streamlit': 'project',
  'demo-dash': 'project',
  'publish-service': 'project',
  'second-project': 'project',
  'eval-visualizer': 'project',
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

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** migrations[n] turns data of version n into data of version n + 1. */
export const migrations: Record<number, (data: unknown) => unknown> = {
  /** v2 adds the time log (entries, weekly targets, ML band) per roadmap and the running timer. */
  1: (data) => {
    if (!isRecord(data) || !Array.isArray(data.roadmaps)) return data
    const timeLogs: Record<string, ReturnType<typeof v2TimeLog>> = {}
    for (const raw of data.roadmaps) {
      const roadmap = parseWith(RoadmapSchema, raw)
      if (roadmap.ok) timeLogs[roadmap.value.id] = v2TimeLog(roadmap.value)
    }
    return { ...data, timeLogs, timer: null }
  },
  /**
   * v3 adds evidence: the template's paper, reproduction and project milestones get their
   * evidence kind (only roadmaps made from the template: templateVersion ≥ 1), and every time
   * log gets an empty list of weekly reviews.
   */
  2: (data) => {
    if (!isRecord(data)) return data
    const roadmaps = Array.isArray(data.roadmaps)
      ? data.roadmaps.map((r: unknown) => {
          if (!isRecord(r) || !Array.isArray(r.milestones)) return r
          const fromTemplate = typeof r.templateVersion === 'number' && r.templateVersion >= 1
          if (!fromTemplate) return r
          return {
            ...r,
            milestones: r.milestones.map((m: unknown) => {
              if (!isRecord(m) || typeof m.id !== 'string') return m
              const kind = V3_EVIDENCE_KINDS[m.id]
              return kind && m.evidenceKind === undefined ? { ...m, evidenceKind: kind } : m
            }),
          }
        })
      : data.roadmaps
    const timeLogs = isRecord(data.timeLogs)
      ? Object.fromEntries(
          Object.entries(data.timeLogs).map(([id, log]) => [
            id,
            isRecord(log) && log.reviews === undefined ? { ...log, reviews: [] } : log,
          ]),
        )
      : data.timeLogs
    return { ...data, roadmaps, timeLogs }
  },
  /**
   * v4 adds the portfolio's profile (name, headline, contact links), app-wide and empty at
   * first. Projects may now carry their own name (optional: old projects keep none).
   */
  3: (data) => {
    if (!isRecord(data) || data.profile !== undefined) return data
    const profile = {
      name: '',
      headline: '',
      email: null,
      github: null,
      linkedin: null,
      website: null,
    }
    return { ...data, profile }
  },
}

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

function isEnvelope(raw: unknown): raw is Envelope {
  if (typeof raw !== 'object' || raw === null) return false
  const e = raw as Record<string, unknown>
  return Number.isInteger(e.schemaVersion) && typeof e.savedAt === 'string' && 'data' in e
}

/** The structural problems of roadmaps that cannot change (deep-frozen), by identity. */
const structural = new WeakMap<Roadmap, string[]>()

/**
 * The last structural check of a roadmap with these very edges: a status or text edit keeps the
 * edges, tracks and choice groups (the same arrays) and every milestone's id and track, which is
 * all `structuralProblems` reads, so its answer holds without walking the graph again.
 */
const byEdges = new WeakMap<
  readonly object[],
  Pick<Roadmap, 'milestones' | 'tracks' | 'choiceGroups'> & { problems: string[] }
>()

const sameIdsAndTracks = (a: Roadmap['milestones'], b: Roadmap['milestones']) =>
  a.length === b.length &&
  a.every((m, i) => m === b[i] || (m.id === b[i]!.id && m.track === b[i]!.track))

function roadmapProblems(r: Roadmap): string[] {
  const known = structural.get(r)
  if (known) return known
  const prior = byEdges.get(r.edges)
  const raw =
    prior &&
    prior.tracks === r.tracks &&
    prior.choiceGroups === r.choiceGroups &&
    sameIdsAndTracks(prior.milestones, r.milestones)
      ? prior.problems
      : structuralProblems(r)
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
  const parsed = parseWith(AppDataSchema, raw)
  if (!parsed.ok) return parsed
  const problems = parsed.value.roadmaps.flatMap(roadmapProblems)
  problems.push(...timeProblems(parsed.value))
  const ids = parsed.value.roadmaps.map((r) => r.id)
  if (new Set(ids).size !== ids.length) problems.push('two roadmaps share an id')
  const active = parsed.value.activeRoadmapId
  if (active !== null && !ids.includes(active)) problems.push('the active roadmap does not exist')
  return problems.length ? { ok: false, problems } : parsed
}

/** Reads an envelope of any released version into current app data, or says why not. */
export function unwrap(raw: unknown): Unwrapped {
  const migrated = migrate(raw)
  if (!migrated.ok) return migrated
  return validated(migrated.data, migrated.from)
}

/**
 * `unwrap` without a long task: the records are validated a slice at a time, `pause` (a new
 * task) between slices, then `validateAppData` finds them all remembered and checks only across
 * records. For stored data of unknown origin (older versions, a copy that fails its digest).
 */
export async function unwrapInSlices(
  raw: unknown,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Unwrapped> {
  const migrated = migrate(raw)
  if (!migrated.ok) return migrated
  let since = performance.now()
  /** Each item of `list` as its record schema outputs it (itself when invalid: reported later). */
  const each = async (list: unknown, schema: v.GenericSchema): Promise<unknown> => {
    if (!Array.isArray(list)) return list
    const out: unknown[] = []
    for (const item of list) {
      const result = v.safeParse(schema, item)
      out.push(result.success ? result.output : item)
      if (performance.now() - since > sliceMs) {
        await pause()
        since = performance.now()
      }
    }
    return out
  }
  const data = migrated.data
  if (isRecord(data) && Array.isArray(data.roadmaps)) {
    const roadmaps: unknown[] = []
    for (const r of data.roadmaps)
      roadmaps.push(
        isRecord(r)
          ? {
              ...r,
              milestones: await each(r.milestones, RecordSchemas.milestone),
              edges: await each(r.edges, RecordSchemas.edge),
              tracks: await each(r.tracks, RecordSchemas.track),
              choiceGroups: await each(r.choiceGroups, RecordSchemas.choiceGroup),
            }
          : r,
      )
    const timeLogs: Record<string, unknown> = {}
    if (isRecord(data.timeLogs))
      for (const [id, log] of Object.entries(data.timeLogs))
        timeLogs[id] = isRecord(log)
          ? { ...log, entries: await each(log.entries, RecordSchemas.entry) }
          : log
    await pause()
    return validated(
      { ...data, roadmaps, ...(isRecord(data.timeLogs) ? { timeLogs } : {}) },
      migrated.from,
    )
  }
  return validated(data, migrated.from)
}

/** The envelope's data migrated to the current schema and normalised, not yet validated. */
function migrate(
  raw: unknown,
): { ok: true; data: unknown; from: number } | Extract<Unwrapped, { ok: false }> {
  if (!isEnvelope(raw))
    return {
      ok: false,
      reason: 'not-an-envelope',
      problems: ['stored data is not a versioned envelope'],
    }
  if (raw.schemaVersion > SCHEMA_VERSION)
    return {
      ok: false,
      reason: 'future-version',
      problems: [
        `saved by a newer version of the app (schema ${raw.schemaVersion}, this one reads up to ${SCHEMA_VERSION})`,
      ],
    }
  if (raw.schemaVersion < 1)
    return {
      ok: false,
      reason: 'invalid',
      problems: [`unknown schema version ${raw.schemaVersion}`],
    }
  let data = raw.data
  for (let version = raw.schemaVersion; version < SCHEMA_VERSION; version++) {
    const step = migrations[version]
    if (!step)
      return { ok: false, reason: 'invalid', problems: [`no migration from schema ${version}`] }
    data = step(data)
  }
  // Data saved before a rule became stricter is cleaned rather than refused (normalize.ts).
  return { ok: true, data: normalizeAppData(data), from: raw.schemaVersion }
}

function validated(data: unknown, from: number): Unwrapped {
  const valid = validateAppData(data)
  if (!valid.ok) return { ok: false, reason: 'invalid', problems: valid.problems }
  return { ok: true, data: valid.value, migratedFrom: from === SCHEMA_VERSION ? null : from }
}
