/**
 * Reading files a user brings in: the app's own exports (one roadmap, or a full backup) and
 * roadmap.sh roadmaps. A pure function of the text: it never throws, never returns data it
 * could not validate, and says where and what is wrong.
 */
import * as v from 'valibot'
import { MENTOR_ANSWERS } from './generate'
import { checkConnect } from './graph'
import { EXPORT_FORMAT } from './exportFile'
import { emptyAppData, SCHEMA_VERSION } from './migrations'
import { unwrap } from './unwrap'
import { cleanText, hasVisibleText } from './text'
import {
  AppDataSchema,
  MAX_COORDINATE,
  MAX_TITLE_LENGTH,
  type AppData,
  type Milestone,
  type Roadmap,
  type TimeLog,
} from './schema'

export { EXPORT_FORMAT, exportBackup, exportRoadmap, type ExportFile } from './exportFile'
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024
const MAX_DEPTH = 64
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * What kind of problem an import error is, so the UI can say it in the user's language.
 * `invalid` covers every schema and structure rule; its `message` (English) names the rule.
 */
export type ImportErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-object'
  | 'unknown-format'
  | 'newer-version'
  | 'bad-kind'
  | 'bad-version'
  | 'missing'
  | 'forbidden-key'
  | 'too-deep'
  | 'bad-node'
  | 'bad-edge'
  | 'nothing-to-import'
  | 'unreadable'
  | 'invalid'

export interface ImportError {
  path: string
  /** Readable English: the technical detail, shown under the translated explanation. */
  message: string
  code: ImportErrorCode
  /** Numbers or names the translated message needs. */
  params?: Record<string, string | number>
}

/** Something the user should know about a roadmap.sh import that did succeed. */
export interface ImportNotice {
  code: 'dropped-nodes' | 'default-hours' | 'cycles-left-out' | 'edges-dropped'
  count: number
}

export interface RoadmapFile {
  roadmap: Roadmap
  timeLog: TimeLog | null
}

export type ImportResult =
  | { ok: true; kind: 'roadmap'; value: RoadmapFile }
  | { ok: true; kind: 'backup'; value: AppData }
  | { ok: true; kind: 'roadmapsh'; value: RoadmapFile & { notices: ImportNotice[] } }
  | { ok: false; errors: ImportError[] }

const fail = (
  code: ImportErrorCode,
  path: string,
  message: string,
  params?: ImportError['params'],
): ImportResult => ({
  ok: false,
  errors: [{ path, message, code, ...(params ? { params } : {}) }],
})

/** "roadmaps.0.milestones.12.estimateHours" → "roadmaps[0].milestones[12].estimateHours". */
export function bracketPath(dotPath: string): string {
  return dotPath.replace(/\.(\d+)(?=\.|$)/g, '[$1]').replace(/^(\d+)/, '[$1]')
}

/** Walks parsed JSON without recursion: refuses prototype-polluting keys and absurd nesting. */
function hostileStructure(value: unknown): ImportError | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }]
  while (stack.length) {
    const { value: node, path, depth } = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > MAX_DEPTH)
      return {
        path: path.length > 40 ? `${path.slice(0, 40)}…` : path,
        message: `nested more than ${MAX_DEPTH} levels deep`,
        code: 'too-deep',
        params: { max: MAX_DEPTH },
      }
    if (Array.isArray(node)) {
      node.forEach((child, i) =>
        stack.push({ value: child, path: `${path}[${i}]`, depth: depth + 1 }),
      )
      continue
    }
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key))
        return {
          path: at,
          message: `the key "${key}" is not allowed`,
          code: 'forbidden-key',
          params: { key },
        }
      stack.push({ value: (node as Record<string, unknown>)[key], path: at, depth: depth + 1 })
    }
  }
  return null
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** Problems from `unwrap` carry "path: message"; split them back for the UI. */
function errorsFrom(problems: string[], strip = ''): ImportError[] {
  return problems.map((p) => {
    const m = /^([\w.$-]+): (.*)$/.exec(p)
    if (!m) return { path: '', message: p, code: 'invalid' as const }
    let path = bracketPath(m[1]!)
    if (strip && path.startsWith(strip)) path = path.slice(strip.length).replace(/^\./, '')
    return { path, message: m[2]!, code: 'invalid' as const }
  })
}

function parseOwn(file: Record<string, unknown>): ImportResult {
  const { kind, schemaVersion, data } = file
  if (kind !== 'roadmap' && kind !== 'backup')
    return fail('bad-kind', 'kind', 'must be "roadmap" or "backup"')
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    return fail('bad-version', 'schemaVersion', 'must be a whole number from 1')
  if (schemaVersion > SCHEMA_VERSION)
    return fail(
      'newer-version',
      'schemaVersion',
      `made by a newer version of the app (${schemaVersion}); this one reads up to ${SCHEMA_VERSION}`,
      { version: schemaVersion, max: SCHEMA_VERSION },
    )
  const savedAt = typeof file.exportedAt === 'string' ? file.exportedAt : new Date(0).toISOString()

  if (kind === 'backup') {
    const result = unwrap({ schemaVersion, savedAt, data })
    return result.ok
      ? { ok: true, kind: 'backup', value: result.data }
      : { ok: false, errors: errorsFrom(result.problems) }
  }
  if (!isRecord(data) || !isRecord(data.roadmap)) return fail('missing', 'data.roadmap', 'missing')
  const roadmap = data.roadmap
  const id = typeof roadmap.id === 'string' ? roadmap.id : ''
  const timeLog = schemaVersion >= 2 && isRecord(data.timeLog) ? { [id]: data.timeLog } : {}
  const wrapped = {
    ...emptyAppData(),
    ...(schemaVersion >= 2 ? { timeLogs: timeLog } : {}),
    roadmaps: [roadmap],
    activeRoadmapId: id || null,
  }
  if (schemaVersion < 2) delete (wrapped as Partial<AppData>).timeLogs
  if (schemaVersion < 2) delete (wrapped as Partial<AppData>).timer
  const result = unwrap({ schemaVersion, savedAt, data: wrapped })
  if (!result.ok)
    return {
      ok: false,
      errors: errorsFrom(result.problems, 'roadmaps[0]').map((e) =>
        id && e.path.startsWith(`timeLogs.${id}`)
          ? { ...e, path: `timeLog${e.path.slice(`timeLogs.${id}`.length)}` }
          : e,
      ),
    }
  const r = result.data.roadmaps[0]!
  return {
    ok: true,
    kind: 'roadmap',
    value: { roadmap: r, timeLog: result.data.timeLogs[r.id] ?? null },
  }
}

// ---------------------------------------------------------------- roadmap.sh

const RoadmapShNode = v.object({
  id: v.union([v.string(), v.number()]),
  type: v.optional(v.string()),
  data: v.optional(v.object({ label: v.optional(v.unknown()) })),
  position: v.optional(v.object({ x: v.optional(v.unknown()), y: v.optional(v.unknown()) })),
})
const RoadmapShEdge = v.object({
  source: v.union([v.string(), v.number()]),
  target: v.union([v.string(), v.number()]),
})
const MILESTONE_TYPES = new Set(['topic', 'subtopic'])
/** Hours given to every imported milestone; roadmap.sh has no estimates. */
export const ROADMAPSH_DEFAULT_HOURS = 4

/** A roadmap around imported milestones, on one track. The store gives it a fresh id on saving. */
function roadmapShell(milestones: Milestone[], now: Date): Roadmap {
  const iso = now.toISOString()
  return {
    id: 'imported',
    name: 'roadmap.sh',
    createdAt: iso,
    updatedAt: iso,
    templateVersion: 0,
    answers: { ...MENTOR_ANSWERS },
    weeklyHours: MENTOR_ANSWERS.hoursPerWeek,
    tracks: [
      {
        id: 'imported',
        kind: 'ml',
        title: { ko: 'roadmap.sh에서 가져옴', en: 'From roadmap.sh' },
        color: '#3b5bdb',
      },
    ],
    milestones,
    edges: [],
    choiceGroups: [],
  }
}

function parseRoadmapSh(file: Record<string, unknown>, now: Date): ImportResult {
  const errors: ImportError[] = []
  const nodes: v.InferOutput<typeof RoadmapShNode>[] = []
  ;(file.nodes as unknown[]).forEach((raw, i) => {
    const parsed = v.safeParse(RoadmapShNode, raw)
    if (parsed.success) nodes.push(parsed.output)
    else
      errors.push({
        path: `nodes[${i}]`,
        message: 'not a roadmap.sh node (needs an id)',
        code: 'bad-node',
      })
  })
  const edges: v.InferOutput<typeof RoadmapShEdge>[] = []
  ;(file.edges as unknown[]).forEach((raw, i) => {
    const parsed = v.safeParse(RoadmapShEdge, raw)
    if (parsed.success) edges.push(parsed.output)
    else
      errors.push({
        path: `edges[${i}]`,
        message: 'not a roadmap.sh edge (needs source and target)',
        code: 'bad-edge',
      })
  })
  if (errors.length) return { ok: false, errors: errors.slice(0, 20) }

  const notices: ImportNotice[] = []
  const idFor = new Map<string, string>()
  const milestones: Milestone[] = []
  let dropped = 0
  for (const node of nodes) {
    const label = node.data?.label
    if (
      !MILESTONE_TYPES.has(node.type ?? '') ||
      typeof label !== 'string' ||
      !hasVisibleText(label)
    ) {
      dropped++
      continue
    }
    const title = cleanText(label).replace(/\s+/g, ' ').slice(0, MAX_TITLE_LENGTH)
    const id = `rs-${milestones.length + 1}`
    idFor.set(String(node.id), id)
    const x = Number(node.position?.x)
    const y = Number(node.position?.y)
    milestones.push({
      id,
      title: { ko: title, en: title },
      track: 'imported',
      status: 'todo',
      estimateHours: ROADMAPSH_DEFAULT_HOURS,
      notes: '',
      links: [],
      advice: [],
      // Off-limits positions are dropped: the layout places those cards.
      ...(Number.isFinite(x) &&
      Number.isFinite(y) &&
      Math.max(Math.abs(x), Math.abs(y)) <= MAX_COORDINATE
        ? { position: { x, y } }
        : {}),
    })
  }
  if (!milestones.length)
    return fail(
      'nothing-to-import',
      'nodes',
      'no topic or subtopic with a label: nothing to import',
    )
  if (dropped) notices.push({ code: 'dropped-nodes', count: dropped })
  notices.push({ code: 'default-hours', count: ROADMAPSH_DEFAULT_HOURS })

  let roadmap = roadmapShell(milestones, now)
  let cycles = 0
  let skippedEdges = 0
  for (const e of edges) {
    const from = idFor.get(String(e.source))
    const to = idFor.get(String(e.target))
    if (!from || !to) {
      skippedEdges++
      continue
    }
    const problem = checkConnect(roadmap, from, to)
    if (!problem) roadmap = { ...roadmap, edges: [...roadmap.edges, { from, to }] }
    else if (problem.kind === 'cycle') cycles++
  }
  if (cycles) notices.push({ code: 'cycles-left-out', count: cycles })
  if (skippedEdges) notices.push({ code: 'edges-dropped', count: skippedEdges })
  const valid = v.safeParse(AppDataSchema, {
    ...emptyAppData(),
    roadmaps: [roadmap],
    activeRoadmapId: roadmap.id,
  })
  if (!valid.success)
    return {
      ok: false,
      errors: errorsFrom(
        valid.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`),
        'roadmaps[0]',
      ),
    }
  return { ok: true, kind: 'roadmapsh', value: { roadmap, timeLog: null, notices } }
}

/** Reads any text a user may import. Never throws. */
export function parseImportFile(text: string, now = new Date()): ImportResult {
  try {
    if (text.length > MAX_IMPORT_CHARS)
      return fail('too-large', '', 'the file is larger than 5 MB', { max: 5 })
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'parse error'
      return fail('not-json', '', `not valid JSON (${detail})`)
    }
    const hostile = hostileStructure(parsed)
    if (hostile) return { ok: false, errors: [hostile] }
    if (!isRecord(parsed)) return fail('not-object', '', 'expected a JSON object')
    if (parsed.format === EXPORT_FORMAT) return parseOwn(parsed)
    if (Array.isArray(parsed.nodes) && Array.isArray(parsed.edges))
      return parseRoadmapSh(parsed, now)
    return fail(
      'unknown-format',
      '',
      'not a roadmap file: expected an export of this app or a roadmap.sh roadmap',
    )
  } catch (error) {
    // A last guard: hostile input must never take the app down.
    return fail(
      'unreadable',
      '',
      `could not read the file (${error instanceof Error ? error.message : String(error)})`,
    )
  }
}
