/**
 * Stored data is a versioned envelope. Each released schema version has one migration step
 * to the next; loading runs the steps in order, then validates against the current schema.
 */
import { structuralProblems } from './graph'
import { AppDataSchema, parseWith, type AppData, type Validated } from './schema'

/** The schema version this build writes. Bump it together with a new step below. */
export const SCHEMA_VERSION = 1

export interface Envelope {
  schemaVersion: number
  savedAt: string
  data: unknown
}

/** migrations[n] turns data of version n into data of version n + 1. */
export const migrations: Record<number, (data: unknown) => unknown> = {}

export function emptyAppData(): AppData {
  return { roadmaps: [], activeRoadmapId: null, settings: { locale: null } }
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

/** Validates app data beyond its shape: every roadmap's links, the active id. */
export function validateAppData(raw: unknown): Validated<AppData> {
  const parsed = parseWith(AppDataSchema, raw)
  if (!parsed.ok) return parsed
  const problems = parsed.value.roadmaps.flatMap((r) =>
    structuralProblems(r).map((p) => `roadmap "${r.name || r.id}": ${p}`),
  )
  const ids = parsed.value.roadmaps.map((r) => r.id)
  if (new Set(ids).size !== ids.length) problems.push('two roadmaps share an id')
  const active = parsed.value.activeRoadmapId
  if (active !== null && !ids.includes(active)) problems.push('the active roadmap does not exist')
  return problems.length ? { ok: false, problems } : parsed
}

/** Reads an envelope of any released version into current app data, or says why not. */
export function unwrap(raw: unknown): Unwrapped {
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
  const valid = validateAppData(data)
  if (!valid.ok) return { ok: false, reason: 'invalid', problems: valid.problems }
  return {
    ok: true,
    data: valid.value,
    migratedFrom: raw.schemaVersion === SCHEMA_VERSION ? null : raw.schemaVersion,
  }
}
