/**
 * Reading an envelope of any released version: the migration steps, then the lenient clean-up
 * of rules that became stricter (`normalize.ts`), then full validation (`validateAppData`).
 * Apart from `migrations.ts` so that start-up, which reads the copy this version stored
 * (`storage/envelope.ts`), does not download them: they are loaded with the data that needs them.
 */
import { normalizeSteps } from './normalize'
import { finish } from './steps'
import {
  isRecord,
  SCHEMA_VERSION,
  validateAppData,
  type Envelope,
  type Unwrapped,
} from './migrations'
import { parseWith, RoadmapSchema, type AppData, type Roadmap, type Validated } from './schema'

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
    // The empty profile as v4 shipped it (not `emptyProfile`, which may change with later schemas).
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

function isEnvelope(raw: unknown): raw is Envelope {
  if (typeof raw !== 'object' || raw === null) return false
  const e = raw as Record<string, unknown>
  return Number.isInteger(e.schemaVersion) && typeof e.savedAt === 'string' && 'data' in e
}

/** Reads an envelope of any released version into current app data, or says why not. */
export function unwrap(raw: unknown): Unwrapped {
  const migrated = migrate(raw)
  if (!migrated.ok) return migrated
  return validated(migrated.data, migrated.from)
}

/** The envelope's data migrated to the current schema and normalised, not yet validated. */
export const migrate = (raw: unknown): Migrated => finish(migrationSteps(raw))

type Migrated = { ok: true; data: unknown; from: number } | Extract<Unwrapped, { ok: false }>

/** `migrate` as steps: one per migration, then one per record of the normalisation. */
export function* migrationSteps(raw: unknown): Generator<void, Migrated> {
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
    yield
  }
  // Data saved before a rule became stricter is cleaned rather than refused (normalize.ts).
  return { ok: true, data: yield* normalizeSteps(data), from: raw.schemaVersion }
}

export function validated(data: unknown, from: number): Unwrapped {
  return unwrapped(validateAppData(data), from)
}

/** The outcome of validating data migrated from schema `from`. */
export function unwrapped(valid: Validated<AppData>, from: number): Unwrapped {
  if (!valid.ok) return { ok: false, reason: 'invalid', problems: valid.problems }
  return { ok: true, data: valid.value, migratedFrom: from === SCHEMA_VERSION ? null : from }
}
