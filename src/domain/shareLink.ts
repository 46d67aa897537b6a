/**
 * The compact share link (format 2): only what the read-only viewer draws — the roadmap's
 * name, its tracks, each milestone's title, track, status, hours, prerequisites and (when
 * placed by hand) position. Ids become list indices, statuses digits, a prerequisite the
 * distance back to it; titles come in the languages the sharer picks (one string when both
 * read the same). No notes, evidence, links, advice or time log: they stay with the owner.
 * Pure: compression and base64 are the composable's.
 *
 * Reading a payload is a trust boundary: its shape and sizes are checked here, then the
 * roadmap built from it goes through the app's full validation (`validateAppData`).
 */
import * as v from 'valibot'
import { MENTOR_ANSWERS } from './generate'
import { emptyAppData, validateAppData } from './migrations'
import {
  MAX_COORDINATE,
  MAX_ESTIMATE_HOURS,
  MAX_TITLE_LENGTH,
  STATUSES,
  TRACK_KINDS,
  type Locale,
  type Milestone,
  type Roadmap,
  type Text,
  type Track,
} from './schema'

export const SHARE_FORMAT = 2
/** Caps of a payload: far above any real roadmap, low enough that a crafted link stays cheap. */
export const MAX_SHARED_MILESTONES = 2_000
export const MAX_SHARED_TRACKS = 200
export const MAX_SHARED_EDGES = 20_000

/** A title: one string when both languages read the same, else [ko, en]. */
type PackedText = string | [string, string]
type PackedTrack = [kind: number, color: string, title: PackedText]
/** `after`: each prerequisite as how many places before this milestone it is (negative: after). */
type PackedMilestone =
  | [track: number, status: number, hours: number, title: PackedText, after: number[]]
  | [
      track: number,
      status: number,
      hours: number,
      title: PackedText,
      after: number[],
      x: number,
      y: number,
    ]

export interface SharePayload {
  v: typeof SHARE_FORMAT
  /** The roadmap's name. */
  n: string
  /** The day it was last changed (YYYY-MM-DD), shown as "as of". */
  d: string
  t: PackedTrack[]
  m: PackedMilestone[]
}

/** Which languages of the titles a link carries: both, or only one (a shorter link). */
export type ShareLanguages = 'both' | Locale

const pack = (text: Text, languages: ShareLanguages): PackedText =>
  languages !== 'both' ? text[languages] : text.ko === text.en ? text.ko : [text.ko, text.en]

/** What the viewer needs of a roadmap, and nothing else. */
export function toSharePayload(roadmap: Roadmap, languages: ShareLanguages = 'both'): SharePayload {
  const trackAt = new Map(roadmap.tracks.map((t, i) => [t.id, i]))
  const at = new Map(roadmap.milestones.map((m, i) => [m.id, i]))
  const after = new Map<string, number[]>()
  for (const e of roadmap.edges) {
    const list = after.get(e.to) ?? []
    list.push(at.get(e.to)! - at.get(e.from)!)
    after.set(e.to, list)
  }
  return {
    v: SHARE_FORMAT,
    n: roadmap.name,
    d: roadmap.updatedAt.slice(0, 10),
    t: roadmap.tracks.map((t) => [
      TRACK_KINDS.indexOf(t.kind),
      t.color.slice(1),
      pack(t.title, languages),
    ]),
    m: roadmap.milestones.map((m): PackedMilestone => {
      const head = [
        trackAt.get(m.track) ?? 0,
        STATUSES.indexOf(m.status),
        m.estimateHours,
        pack(m.title, languages),
        after.get(m.id) ?? [],
      ] as const
      return m.position ? [...head, Math.round(m.position.x), Math.round(m.position.y)] : [...head]
    }),
  }
}

/**
 * A list of fixed length whose items each pass their own schema. Valibot's tuples would do,
 * but they would add to the first view's download (valibot is one module, shared by every
 * view that validates); this uses only what the app's schemas already load.
 */
const tupleOf = (items: v.GenericSchema[]) =>
  v.pipe(
    v.array(v.unknown()),
    v.check(
      (list) =>
        list.length === items.length && list.every((x, i) => v.safeParse(items[i]!, x).success),
      `a list of ${items.length} values of the expected kinds`,
    ),
  )

const Title = v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH))
const PackedTextSchema = v.union([Title, tupleOf([Title, Title])])
const Index = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max))
const Coordinate = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(-MAX_COORDINATE),
  v.maxValue(MAX_COORDINATE),
)
const Hours = v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_ESTIMATE_HOURS))
const Status = Index(STATUSES.length - 1)
const After = v.pipe(
  v.array(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(-MAX_SHARED_MILESTONES),
      v.maxValue(MAX_SHARED_MILESTONES),
    ),
  ),
  v.maxLength(MAX_SHARED_MILESTONES),
)

const PayloadSchema = v.strictObject({
  v: v.picklist([SHARE_FORMAT]),
  n: Title,
  // Checked as a date below, as part of the roadmap's timestamps.
  d: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  t: v.pipe(
    v.array(
      tupleOf([
        Index(TRACK_KINDS.length - 1),
        v.pipe(v.string(), v.regex(/^[0-9a-fA-F]{6}$/)),
        PackedTextSchema,
      ]),
    ),
    v.minLength(1),
    v.maxLength(MAX_SHARED_TRACKS),
  ),
  m: v.pipe(
    v.array(
      v.union([
        tupleOf([Index(MAX_SHARED_TRACKS), Status, Hours, PackedTextSchema, After]),
        tupleOf([
          Index(MAX_SHARED_TRACKS),
          Status,
          Hours,
          PackedTextSchema,
          After,
          Coordinate,
          Coordinate,
        ]),
      ]),
    ),
    v.maxLength(MAX_SHARED_MILESTONES),
  ),
})

export type SharePayloadResult = { ok: true; roadmap: Roadmap } | { ok: false; problem: string }

const unpack = (text: PackedText): Text =>
  typeof text === 'string' ? { ko: text, en: text } : { ko: text[0], en: text[1] }

/**
 * The read-only roadmap in a payload (already parsed from JSON), or why not. It never throws
 * and never returns a roadmap the app's own validation refuses.
 */
export function fromSharePayload(raw: unknown): SharePayloadResult {
  const parsed = v.safeParse(PayloadSchema, raw)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    return { ok: false, problem: `${v.getDotPath(issue) ?? ''}: ${issue.message}` }
  }
  // The checks above are the payload's type, item by item.
  const p = parsed.output as unknown as SharePayload
  if (p.m.some(([track]) => track >= p.t.length))
    return { ok: false, problem: 'm: a milestone names a track that is not there' }
  const arrows = p.m.reduce((n, m) => n + m[4].length, 0)
  if (arrows > MAX_SHARED_EDGES) return { ok: false, problem: 'm: too many arrows' }
  const missing = p.m.some((m, i) => m[4].some((d) => i - d < 0 || i - d >= p.m.length))
  if (missing) return { ok: false, problem: 'm: an arrow names a milestone that is not there' }
  const day = `${p.d}T00:00:00.000Z`
  const tracks: Track[] = p.t.map(([kind, color, title], i) => ({
    id: `t${i + 1}`,
    kind: TRACK_KINDS[kind]!,
    title: unpack(title),
    color: `#${color.toLowerCase()}`,
  }))
  const milestones: Milestone[] = p.m.map(([track, status, hours, title, , x, y], i) => ({
    id: `m${i + 1}`,
    title: unpack(title),
    track: tracks[track]!.id,
    status: STATUSES[status]!,
    estimateHours: hours,
    notes: '',
    links: [],
    advice: [],
    ...(x !== undefined && y !== undefined ? { position: { x, y } } : {}),
  }))
  const edges = p.m.flatMap(([, , , , after], i) =>
    after.map((d) => ({ from: milestones[i - d]!.id, to: milestones[i]!.id })),
  )
  const roadmap: Roadmap = {
    id: 'shared',
    name: p.n,
    createdAt: day,
    updatedAt: day,
    templateVersion: 0,
    answers: { ...MENTOR_ANSWERS },
    weeklyHours: MENTOR_ANSWERS.hoursPerWeek,
    tracks,
    milestones,
    edges,
    choiceGroups: [],
  }
  // Loops, duplicate arrows, invisible titles…: the same rules as stored data.
  const valid = validateAppData({
    ...emptyAppData(),
    roadmaps: [roadmap],
    activeRoadmapId: 'shared',
  })
  return valid.ok
    ? { ok: true, roadmap: valid.value.roadmaps[0]! }
    : { ok: false, problem: valid.problems[0] ?? 'invalid' }
}
