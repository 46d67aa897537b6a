/**
 * Evidence on milestones (schema v3): what a paper, reproduction or project milestone needs
 * before "done" means something, the reported-vs-reproduced gap, and the validated edits the
 * roadmap store applies (one new roadmap per edit, never data the schema would reject).
 */
import * as v from 'valibot'
import {
  EvidenceSchema,
  PaperSchema,
  ProjectEvidenceSchema,
  ReproductionSchema,
  type DEMO_TOOLS,
  type Evidence,
  type EvidenceKind,
  type FRAMEWORKS,
  type MetricDirection,
  type Milestone,
  type Paper,
  type ProjectEvidence,
  type Reproduction,
  type Roadmap,
} from './schema'
import { cleanText } from './text'

/** One thing a milestone's evidence still lacks; the UI words each. */
export type MissingEvidence =
  'paper-read' | 'reproduction-numbers' | 'project-link' | 'project-published' | 'project-obstacle'

export const EMPTY_EVIDENCE: Evidence = { papers: [], reproductions: [], project: null }

const filled = (s: string | null | undefined) => !!s && s.trim() !== ''

/** A reproduction with both numbers and what they measure: the gap can be computed. */
export function hasNumbers(r: Reproduction): boolean {
  return filled(r.paper) && filled(r.metric) && r.reported !== null && r.reproduced !== null
}

/**
 * What the milestone's evidence lacks for its kind (empty when it has enough, or has no kind):
 * - `paper`: at least one paper with a title and a read date (`readOn` set);
 * - `reproduction`: at least one reproduction naming its paper and metric, with both the
 *   reported and the reproduced number;
 * - `project`: a repo or demo URL, a published date, and at least one non-blank obstacle
 *   overcome (each missing part is listed).
 */
export function missingEvidence(
  m: Pick<Milestone, 'evidenceKind' | 'evidence'>,
): MissingEvidence[] {
  const e = m.evidence ?? EMPTY_EVIDENCE
  switch (m.evidenceKind) {
    case 'paper':
      return e.papers.some((p) => filled(p.title) && p.readOn !== null) ? [] : ['paper-read']
    case 'reproduction':
      return e.reproductions.some(hasNumbers) ? [] : ['reproduction-numbers']
    case 'project': {
      const p = e.project
      const out: MissingEvidence[] = []
      if (!p || (!p.repoUrl && !p.demoUrl)) out.push('project-link')
      if (!p?.publishedOn) out.push('project-published')
      if (!p || !p.obstacles.some(filled)) out.push('project-obstacle')
      return out
    }
    default:
      return []
  }
}

/** Done, of an evidence kind, and its evidence is incomplete: the plan marks it apart. */
export function isDoneWithoutEvidence(
  m: Pick<Milestone, 'status' | 'evidenceKind' | 'evidence'>,
): boolean {
  return m.status === 'done' && missingEvidence(m).length > 0
}

// ---------------------------------------------------------------- the gap

export interface Gap {
  /** reproduced − reported, in the metric's unit. */
  absolute: number
  /** `absolute` as a percentage of |reported|; null when reported is 0. */
  percent: number | null
  /**
   * How far the reproduction is ahead of the paper in the metric's good direction: positive =
   * better than the paper, negative = behind it, whichever way the metric improves.
   */
  ahead: number
  /** `ahead` as a percentage of |reported|; null when reported is 0. */
  aheadPercent: number | null
  /** The paper's number is matched or beaten. */
  reached: boolean
}

/** Drops floating-point dust: 76.1 − 76.5 is −0.4, not −0.4000000000000057. */
const clean = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(12)))

/** The gap between a paper's reported number and the reproduced one; null when one is missing. */
export function reproductionGap(
  reported: number | null,
  reproduced: number | null,
  better: MetricDirection,
): Gap | null {
  if (reported === null || reproduced === null) return null
  if (!Number.isFinite(reported) || !Number.isFinite(reproduced)) return null
  const absolute = clean(reproduced - reported)
  const ahead = better === 'higher' ? absolute : clean(-absolute)
  const pct = (x: number) => (reported === 0 ? null : clean((x / Math.abs(reported)) * 100))
  return { absolute, percent: pct(absolute), ahead, aheadPercent: pct(ahead), reached: ahead >= 0 }
}

export type ReproductionStatus = 'reached' | 'not-yet' | 'no-numbers'

export function reproductionStatus(r: Reproduction): ReproductionStatus {
  const gap = reproductionGap(r.reported, r.reproduced, r.better)
  if (!gap) return 'no-numbers'
  return gap.reached ? 'reached' : 'not-yet'
}

// ---------------------------------------------------------------- drafts from forms

/** Form fields as typed: strings throughout, '' for "not given". */
export interface PaperDraft {
  title: string
  venue: string
  year: string
  url: string
  takeaway: string
  /** YYYY-MM-DD, '' = still to read. */
  readOn: string
}
export interface ReproductionDraft {
  paper: string
  metric: string
  better: MetricDirection
  reported: string
  reproduced: string
  framework: (typeof FRAMEWORKS)[number] | ''
  repoUrl: string
}
export interface ProjectDraft {
  /** The project's own name ('' = the milestone's title stands in). */
  name: string
  summary: string
  stack: string
  repoUrl: string
  demoUrl: string
  tool: (typeof DEMO_TOOLS)[number] | ''
  publishedOn: string
  obstacles: string[]
}

/** The draft fields that were refused; the UI words each one. */
export type Drafted<T> = { ok: true; value: T } | { ok: false; fields: string[] }

const orNull = (s: string) => (s.trim() === '' ? null : s.trim())

/** A number as typed ("76.5", "76,5", "-3"); '' is null, anything else unreadable is NaN. */
export function parseMetric(text: string): number | null {
  const s = text.trim().replace(',', '.')
  if (s === '') return null
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : NaN
}

/** A value checked by a schema; a refusal names the top-level fields that were wrong. */
export function validated<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Drafted<T> {
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  const fields = new Set<string>()
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key
    fields.add(typeof key === 'string' ? key : 'value')
  }
  return { ok: false, fields: [...fields] }
}

export function paperFromDraft(d: PaperDraft, id: string): Drafted<Paper> {
  const year = d.year.trim() === '' ? null : Number(d.year.trim())
  return validated(PaperSchema, {
    id,
    title: d.title.trim(),
    venue: d.venue.trim(),
    year: Number.isNaN(year) ? -1 : year,
    url: orNull(d.url),
    takeaway: d.takeaway.trim(),
    readOn: orNull(d.readOn),
  })
}

export function reproductionFromDraft(
  d: ReproductionDraft,
  id: string,
  today: string,
): Drafted<Reproduction> {
  return validated(ReproductionSchema, {
    id,
    paper: d.paper.trim(),
    metric: d.metric.trim(),
    better: d.better,
    reported: parseMetric(d.reported),
    reproduced: parseMetric(d.reproduced),
    framework: d.framework || null,
    repoUrl: orNull(d.repoUrl),
    updatedOn: today,
  })
}

export function projectFromDraft(d: ProjectDraft): Drafted<ProjectEvidence> {
  const obstacles = d.obstacles.map((o) => o.trim()).filter((o) => o !== '')
  const name = cleanText(d.name)
  return validated(ProjectEvidenceSchema, {
    ...(name ? { name } : {}),
    summary: d.summary.trim(),
    stack: d.stack.trim(),
    repoUrl: orNull(d.repoUrl),
    demoUrl: orNull(d.demoUrl),
    tool: d.tool || null,
    publishedOn: orNull(d.publishedOn),
    obstacles,
  })
}

export const paperDraft = (p?: Paper): PaperDraft => ({
  title: p?.title ?? '',
  venue: p?.venue ?? '',
  year: p?.year === null || p?.year === undefined ? '' : String(p.year),
  url: p?.url ?? '',
  takeaway: p?.takeaway ?? '',
  readOn: p?.readOn ?? '',
})
export const reproductionDraft = (r?: Reproduction): ReproductionDraft => ({
  paper: r?.paper ?? '',
  metric: r?.metric ?? '',
  better: r?.better ?? 'higher',
  reported: r?.reported === null || r?.reported === undefined ? '' : String(r.reported),
  reproduced: r?.reproduced === null || r?.reproduced === undefined ? '' : String(r.reproduced),
  framework: r?.framework ?? '',
  repoUrl: r?.repoUrl ?? '',
})
export const projectDraft = (p?: ProjectEvidence | null): ProjectDraft => ({
  name: p?.name ?? '',
  summary: p?.summary ?? '',
  stack: p?.stack ?? '',
  repoUrl: p?.repoUrl ?? '',
  demoUrl: p?.demoUrl ?? '',
  tool: p?.tool ?? '',
  publishedOn: p?.publishedOn ?? '',
  obstacles: p?.obstacles.length ? [...p.obstacles] : [''],
})

// ---------------------------------------------------------------- edits

export type EvidenceEdit =
  | { kind: 'set-kind'; evidenceKind: EvidenceKind | null }
  | { kind: 'put-paper'; paper: Paper }
  | { kind: 'remove-paper'; id: string }
  | { kind: 'put-reproduction'; reproduction: Reproduction }
  | { kind: 'remove-reproduction'; id: string }
  | { kind: 'set-project'; project: ProjectEvidence | null }

export type EvidenceEditResult =
  | { ok: true; roadmap: Roadmap }
  | { ok: false; problem: 'unknown-milestone' | 'invalid' | 'too-many' }

/** Replaces the item with the same id, or appends it. */
function put<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? item : x))
    : [...list, item]
}

function applyEdit(m: Milestone, edit: EvidenceEdit): Milestone {
  const e = m.evidence ?? EMPTY_EVIDENCE
  const withEvidence = (evidence: Evidence): Milestone => ({ ...m, evidence })
  switch (edit.kind) {
    case 'set-kind': {
      if (edit.evidenceKind === null) {
        const rest = { ...m }
        delete rest.evidenceKind
        return rest
      }
      return { ...m, evidenceKind: edit.evidenceKind }
    }
    case 'put-paper':
      return withEvidence({ ...e, papers: put(e.papers, edit.paper) })
    case 'remove-paper':
      return withEvidence({ ...e, papers: e.papers.filter((p) => p.id !== edit.id) })
    case 'put-reproduction':
      return withEvidence({ ...e, reproductions: put(e.reproductions, edit.reproduction) })
    case 'remove-reproduction':
      return withEvidence({ ...e, reproductions: e.reproductions.filter((r) => r.id !== edit.id) })
    case 'set-project':
      return withEvidence({ ...e, project: edit.project })
  }
}

/**
 * One evidence edit on one milestone, checked against the stored schema; a refusal changes
 * nothing. Removing an item that is not there leaves the roadmap as it was.
 */
export function editEvidence(
  roadmap: Roadmap,
  milestoneId: string,
  edit: EvidenceEdit,
  now = new Date(),
): EvidenceEditResult {
  const m = roadmap.milestones.find((x) => x.id === milestoneId)
  if (!m) return { ok: false, problem: 'unknown-milestone' }
  const next = applyEdit(m, edit)
  if (next.evidence && !v.safeParse(EvidenceSchema, next.evidence).success) {
    const tooMany = v.safeParse(EvidenceSchema, {
      ...next.evidence,
      papers: next.evidence.papers.slice(0, 1),
      reproductions: next.evidence.reproductions.slice(0, 1),
    }).success
    return { ok: false, problem: tooMany ? 'too-many' : 'invalid' }
  }
  if (JSON.stringify(next) === JSON.stringify(m)) return { ok: true, roadmap }
  return {
    ok: true,
    roadmap: {
      ...roadmap,
      milestones: roadmap.milestones.map((x) => (x === m ? next : x)),
      updatedAt: now.toISOString(),
    },
  }
}
