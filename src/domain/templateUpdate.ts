/**
 * Updating a roadmap made from an older template to the current one, keeping the user's work.
 *
 * The plan is generated afresh from the new template with the roadmap's answers (and the
 * options the user switched to since), then merged with the old roadmap milestone by milestone:
 * the template's content, the user's progress. Pure: the store applies `next` as one undo step.
 * The exact rules are on `planTemplateUpdate`.
 */
import { placeMilestones } from './editing'
import { generateRoadmap } from './generate'
import { findPath, predecessors } from './graph'
import { placeUnplaced } from './graphLayout'
import {
  AnswersSchema,
  parseWith,
  type Answers,
  type ChoiceGroup,
  type Edge,
  type Evidence,
  type Milestone,
  type Roadmap,
  type Status,
  type Template,
} from './schema'

/**
 * A released template, as far as an update needs to know it: each of its milestone ids with
 * the URLs of the links the template gave it (any other link on the milestone is the user's).
 */
export type ReleasedTemplate = Readonly<Record<string, readonly string[]>>

/** Template versions 1 and 2 (data/roadmap-template.json until issue #13): same milestones and links. */
const RELEASED_V2: ReleasedTemplate = {
  'ml-math': [],
  'framework-pytorch': ['https://pytorch.org/tutorials/'],
  'framework-tensorflow': ['https://www.tensorflow.org/tutorials'],
  cs231n: ['https://cs231n.stanford.edu/'],
  'train-classifier': [],
  'optimizer-internals': [],
  'train-detector': [],
  'fundamentals-recap': ['https://cs231n.stanford.edu/'],
  'read-papers': [],
  'reproduce-paper': [],
  'reproduce-second-paper': [],
  'open-source-release': [],
  'read-open-source': [],
  'keep-up-papers': [],
  'paper-seminar': [],
  formulation: [],
  feasibility: [],
  'own-model': [],
  'demo-own-page': [],
  'demo-streamlit': ['https://streamlit.io/'],
  'demo-dash': ['https://dash.plotly.com/'],
  'deploy-model': ['https://developer.nvidia.com/tensorrt'],
  'publish-service': [],
  'second-project': [],
  'grad-internship': [],
  'company-or-lab': [],
  'grad-masters': [],
  'grad-phd': [],
  'write-paper': [],
  'ps-basics': ['https://www.acmicpc.net/'],
  'ps-practice': [],
  'ps-mock-test': [],
  'web-basics': [],
  'backend-django': ['https://docs.djangoproject.com/'],
  'backend-flask': ['https://flask.palletsprojects.com/'],
  'backend-spring': ['https://spring.io/guides'],
  'model-api': [],
  'service-backend': [],
  'fe-basics': ['https://developer.mozilla.org/'],
  'fe-react': ['https://react.dev/'],
  'fe-vue': ['https://vuejs.org/'],
  'fe-angular': ['https://angular.dev/'],
  'eval-visualizer': [],
  'docker-basics': ['https://docs.docker.com/get-started/'],
  'docker-compose': ['https://docs.docker.com/compose/'],
  'scale-tools-later': [],
  'keep-up-habit': ['https://medium.com/'],
  'obstacles-writeup': [],
  portfolio: [],
  'job-applications': [],
  'pm-technical': [],
  'pm-direct': [],
}

/** Template version 3 (issue #13: the mentor's chain, the early demo, what the user knows). */
const RELEASED_V3: ReleasedTemplate = {
  'ml-math': [],
  'framework-pytorch': ['https://pytorch.org/tutorials/'],
  'framework-tensorflow': ['https://www.tensorflow.org/tutorials'],
  cs231n: ['https://cs231n.stanford.edu/'],
  'train-classifier': [],
  'optimizer-internals': [],
  'train-detector': [],
  'fundamentals-recap': ['https://cs231n.stanford.edu/'],
  'read-papers': [],
  'reproduce-paper': [],
  'open-source-release': [],
  'reproduce-second-paper': [],
  'open-source-second': [],
  'read-open-source': [],
  'keep-up-papers': [],
  'paper-seminar': [],
  'quick-demo': [],
  'reproduction-demo': [],
  formulation: [],
  feasibility: [],
  'own-model': [],
  'demo-own-page': [],
  'demo-streamlit': ['https://streamlit.io/'],
  'demo-dash': ['https://dash.plotly.com/'],
  'deploy-model': [
    'https://pytorch.org/serve/',
    'https://developer.nvidia.com/tensorrt',
    'https://www.tensorflow.org/tfx/guide/serving',
  ],
  'publish-service': [],
  'second-project': [],
  'grad-internship': [],
  'company-or-lab': [],
  'grad-masters': [],
  'grad-phd': [],
  'write-paper': [],
  'ps-basics': ['https://www.acmicpc.net/'],
  'ps-practice': ['https://programmers.co.kr/'],
  'ps-mock-test': [],
  'web-basics': [],
  'backend-django': ['https://docs.djangoproject.com/'],
  'backend-flask': ['https://flask.palletsprojects.com/'],
  'backend-spring': ['https://spring.io/guides'],
  'model-api': [],
  'service-backend': [],
  'fe-basics': ['https://developer.mozilla.org/'],
  'fe-react': ['https://react.dev/'],
  'fe-vue': ['https://vuejs.org/'],
  'fe-angular': ['https://angular.dev/'],
  'service-frontend': [],
  'eval-visualizer': [],
  'docker-basics': ['https://docs.docker.com/get-started/'],
  'docker-compose': ['https://docs.docker.com/compose/'],
  'scale-tools-later': [],
  'keep-up-habit': ['https://medium.com/'],
  'obstacles-writeup': [],
  portfolio: [],
  'job-applications': [],
  'pm-technical': [],
  'pm-direct': [],
  'improve-from-service': [],
}

/**
 * The milestones of every released template version, frozen here (like the tables of a
 * migration step) so an update knows which of a roadmap's milestones came from its template
 * whatever data/roadmap-template.json becomes. A new template version adds its entry
 * (`releasedTemplateOf`; tests/unit/domain/templateUpdate.test.ts checks the current one).
 */
export const RELEASED_TEMPLATES: Readonly<Record<number, ReleasedTemplate>> = {
  1: RELEASED_V2,
  2: RELEASED_V2,
  3: RELEASED_V3,
}

/**
 * Milestones a template version renamed: `RENAMED_IN[n]` maps ids of version n − 1 to their ids
 * in version n, so progress follows a renamed milestone instead of being kept beside it.
 */
export const RENAMED_IN: Readonly<Record<number, Readonly<Record<string, string>>>> = {}

/** What `RELEASED_TEMPLATES` holds for a template. */
export function releasedTemplateOf(template: Template): ReleasedTemplate {
  return Object.fromEntries(
    template.milestones.map((m) => [
      m.id,
      [
        ...new Set([
          ...(m.links ?? []).map((l) => l.url),
          ...(m.variants ?? []).flatMap((v) => (v.links ?? []).map((l) => l.url)),
        ]),
      ],
    ]),
  )
}

/** Old id → new id over every version after `from` up to `to` (chains followed). */
export function renamesBetween(
  from: number,
  to: number,
  table: Readonly<Record<number, Readonly<Record<string, string>>>> = RENAMED_IN,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (let v = from + 1; v <= to; v++) {
    const step = table[v] ?? {}
    for (const [old, now] of Object.entries(out)) out[old] = step[now] ?? now
    for (const [old, now] of Object.entries(step)) if (!(old in out)) out[old] = now
  }
  return out
}

/** The released template a roadmap was made from (the nearest older entry), or null if unknown. */
function releasedFor(version: number): ReleasedTemplate | null {
  for (let v = version; v >= 1; v--) {
    const released = RELEASED_TEMPLATES[v]
    if (released) return released
  }
  return null
}

/** Whether a roadmap could be updated to a template of this version. */
export function updateAvailable(roadmap: Pick<Roadmap, 'templateVersion'>, version: number) {
  // 0 = not made from the template (an import from roadmap.sh): nothing to update.
  return roadmap.templateVersion > 0 && roadmap.templateVersion < version
}

export const CHANGE_FIELDS = [
  'title',
  'description',
  'estimateHours',
  'track',
  'prerequisites',
  'advice',
  'status',
] as const
export type ChangeField = (typeof CHANGE_FIELDS)[number]

export interface MilestoneChange {
  /** The id in the updated roadmap (the new id of a renamed milestone). */
  id: string
  before: Milestone
  after: Milestone
  fields: ChangeField[]
}

export interface TemplateUpdate {
  /** Template versions: the roadmap's, the template's. */
  from: number
  to: number
  /** The updated roadmap: valid, acyclic, every edge between milestones it has. */
  next: Roadmap
  /** Template milestones the roadmap did not have, as they are in `next`. */
  added: Milestone[]
  /** Milestones of the old template the new one drops, with no progress on them (as they were). */
  removed: Milestone[]
  /** Milestones the new template drops but that carry the user's progress: kept as the user's own. */
  kept: Milestone[]
  /** Milestones in both whose content (or status) the update changes. */
  changed: MilestoneChange[]
}

export interface TemplateUpdateOptions {
  now: Date
  /** Milestones with time logged on them: they carry progress even with nothing else. */
  loggedMilestones?: Iterable<string>
  /** The template the roadmap was made from (default: `RELEASED_TEMPLATES`, by its version). */
  released?: ReleasedTemplate | null
  /** Old id → new id (default: `RENAMED_IN` from the roadmap's version to the template's). */
  renamed?: Readonly<Record<string, string>>
}

/**
 * The questionnaire answers to generate with: the roadmap's, except where the user switched a
 * choice group's option since; then the answer that picks that option in the new template.
 */
function answersFor(roadmap: Roadmap, template: Template, rename: (id: string) => string) {
  let answers: Answers = roadmap.answers
  for (const group of roadmap.choiceGroups) {
    if (group.chosen === null) continue
    const chosen = rename(group.chosen)
    for (const g of template.choiceGroups) {
      const option = g.options.find((o) => o.milestone === chosen)
      if (!option) continue
      const parsed = parseWith(AnswersSchema, { ...answers, [g.question]: option.answer })
      if (parsed.ok) answers = { ...answers, [g.question]: parsed.value[g.question] }
    }
  }
  return answers
}

/** A group where the user chose none of the options stays so: every option is skipped. */
function keepNoneChosen(fresh: Roadmap, old: Roadmap, rename: (id: string) => string): Roadmap {
  const none = new Set<string>()
  for (const group of old.choiceGroups) {
    if (group.chosen !== null) continue
    const options = new Set(group.options.map(rename))
    const g = fresh.choiceGroups.find((c) => c.options.some((o) => options.has(o)))
    if (g) none.add(g.id)
  }
  if (none.size === 0) return fresh
  const choiceGroups: ChoiceGroup[] = fresh.choiceGroups.map((g) =>
    none.has(g.id) ? { ...g, chosen: null } : g,
  )
  const milestones = fresh.milestones.map((m) =>
    m.choiceGroup !== undefined && none.has(m.choiceGroup)
      ? { ...m, status: 'skipped' as const }
      : m,
  )
  return { ...fresh, choiceGroups, milestones }
}

function hasEvidence(e: Evidence | undefined): boolean {
  return !!e && (e.papers.length > 0 || e.reproductions.length > 0 || e.project !== null)
}

/** The status after the update of a milestone in both templates (`fresh` as generated). */
function mergedStatus(old: Milestone, fresh: Milestone, oldGroups: Map<string, ChoiceGroup>) {
  const unchosenBefore =
    old.status === 'skipped' &&
    !old.skipReason &&
    old.choiceGroup !== undefined &&
    oldGroups.get(old.choiceGroup)?.chosen !== old.id
  // Skipped only as an option not chosen: what the new template makes of it decides.
  if (unchosenBefore) return fresh.status
  // An option the new template does not choose is skipped only if the user had not started it.
  if (fresh.status === 'skipped' && fresh.choiceGroup !== undefined)
    return old.status === 'todo' ? 'skipped' : old.status
  return old.status
}

/** The template's content with the user's progress: status, notes, links, evidence, position. */
function merge(
  old: Milestone,
  fresh: Milestone,
  templateLinks: readonly string[],
  oldGroups: Map<string, ChoiceGroup>,
  now: Date,
): Milestone {
  const status: Status = mergedStatus(old, fresh, oldGroups)
  const freshUrls = new Set(fresh.links.map((l) => l.url))
  const userLinks = old.links.filter((l) => !templateLinks.includes(l.url) && !freshUrls.has(l.url))
  const changedAt = status === old.status ? old.statusChangedAt : now.toISOString()
  return {
    ...fresh,
    status,
    notes: old.notes,
    links: [...fresh.links, ...userLinks],
    ...(old.position ? { position: old.position } : {}),
    ...(old.skipReason !== undefined ? { skipReason: old.skipReason } : {}),
    ...(old.evidence ? { evidence: old.evidence } : {}),
    ...(changedAt ? { statusChangedAt: changedAt } : {}),
  }
}

const sameText = (a: Milestone['title'] | undefined, b: Milestone['title'] | undefined) =>
  a?.ko === b?.ko && a?.en === b?.en

function sameSet(a: readonly string[], b: readonly string[]) {
  const set = new Set(a)
  return a.length === b.length && b.every((x) => set.has(x))
}

/**
 * What the update to `template` would do to `roadmap`, or null when there is nothing to update
 * (the roadmap is as new as the template, or was not made from one).
 *
 * - Milestones in both (matched by id, through `renamed`): the template's content (title,
 *   description, track, estimate, advice, links, evidence kind, choice group, whatever the
 *   generator sets) with the user's status, notes, own links, evidence, position, skip reason and
 *   status stamp. Exceptions to the status: one skipped only as an unchosen option (no skip
 *   reason) takes the new template's status; one the new template skips as an unchosen option
 *   becomes skipped if it was still to do.
 * - Milestones of the old template the new one drops: kept (as the user's own, out of any
 *   choice group) when they carry progress — done or in progress, notes, evidence, a link of the
 *   user's, time logged on them — removed otherwise.
 * - The user's own milestones stay untouched, with their edges.
 * - Edges: the new template's, plus the old ones that touch a kept or user milestone when both
 *   ends remain and they close no cycle. Choice groups are the new template's; tracks the new
 *   template's plus any other the roadmap had (time entries and weekly targets refer to them).
 * - Positions stay; when the roadmap's cards were placed, new cards are placed beside them.
 */
export function planTemplateUpdate(
  roadmap: Roadmap,
  template: Template,
  opts: TemplateUpdateOptions,
): TemplateUpdate | null {
  if (!updateAvailable(roadmap, template.templateVersion)) return null
  const { now } = opts
  const released =
    opts.released === undefined ? releasedFor(roadmap.templateVersion) : opts.released
  const renamed = opts.renamed ?? renamesBetween(roadmap.templateVersion, template.templateVersion)
  const logged = new Set(opts.loggedMilestones ?? [])
  const oldIds = new Set(roadmap.milestones.map((m) => m.id))
  // A rename applies only when the new id is not taken by another milestone of the roadmap.
  const rename = (id: string) => {
    const to = renamed[id]
    return to !== undefined && !oldIds.has(to) ? to : id
  }

  const fresh = keepNoneChosen(
    generateRoadmap(template, answersFor(roadmap, template, rename), {
      id: roadmap.id,
      name: roadmap.name,
      now,
    }),
    roadmap,
    rename,
  )
  const freshById = new Map(fresh.milestones.map((m) => [m.id, m]))
  const oldGroups = new Map(roadmap.choiceGroups.map((g) => [g.id, g]))
  const templateLinks = (id: string) => released?.[id] ?? []

  /** Old id → id in `next`, for every old milestone that stays. */
  const idInNext = new Map<string, string>()
  const matched = new Map<string, Milestone>()
  for (const m of roadmap.milestones) {
    const id = rename(m.id)
    if (freshById.has(id) && !matched.has(id)) {
      matched.set(id, m)
      idInNext.set(m.id, id)
    }
  }

  const addedIds = new Set<string>()
  const pairs: { before: Milestone; after: Milestone }[] = []
  const fromTemplate = fresh.milestones.map((f) => {
    const old = matched.get(f.id)
    if (!old) {
      addedIds.add(f.id)
      return f
    }
    const after = merge(old, f, templateLinks(old.id), oldGroups, now)
    pairs.push({ before: old, after })
    return after
  })

  const removed: Milestone[] = []
  const kept: Milestone[] = []
  const own: Milestone[] = []
  for (const m of roadmap.milestones) {
    if (idInNext.has(m.id)) continue
    if (!released || !(m.id in released)) {
      own.push(m) // the user's own milestone
      idInNext.set(m.id, m.id)
      continue
    }
    const links = templateLinks(m.id)
    const progress =
      m.status === 'done' ||
      m.status === 'in-progress' ||
      m.notes.trim() !== '' ||
      hasEvidence(m.evidence) ||
      m.links.some((l) => !links.includes(l.url)) ||
      logged.has(m.id)
    if (!progress) {
      removed.push(m)
      continue
    }
    const mine = { ...m }
    delete mine.choiceGroup
    kept.push(mine)
    own.push(mine)
    idInNext.set(m.id, m.id)
  }

  const milestones = [...fromTemplate, ...own]
  const ids = new Set(milestones.map((m) => m.id))
  const ownIds = new Set(own.map((m) => m.id))
  const edges: Edge[] = [...fresh.edges]
  const keys = new Set(edges.map((e) => `${e.from}\u0000${e.to}`))
  for (const e of roadmap.edges) {
    const from = idInNext.get(e.from)
    const to = idInNext.get(e.to)
    if (from === undefined || to === undefined || from === to) continue
    if (!ownIds.has(from) && !ownIds.has(to)) continue
    const key = `${from}\u0000${to}`
    if (!ids.has(from) || !ids.has(to) || keys.has(key) || findPath(edges, to, from)) continue
    keys.add(key)
    edges.push({ from, to })
  }

  const freshTracks = new Set(fresh.tracks.map((t) => t.id))
  let next: Roadmap = {
    ...fresh,
    createdAt: roadmap.createdAt,
    answers: roadmap.answers,
    weeklyHours: roadmap.weeklyHours,
    tracks: [...fresh.tracks, ...roadmap.tracks.filter((t) => !freshTracks.has(t.id))],
    milestones,
    edges,
  }
  // Cards the user placed stay put; new ones go beside them (none placed: all laid out on the fly).
  if (roadmap.milestones.some((m) => m.position))
    next = placeMilestones(next, placeUnplaced(next), now)

  const before = predecessors(roadmap.edges)
  const after = predecessors(next.edges)
  const changed: MilestoneChange[] = []
  for (const { before: b, after: a } of pairs) {
    const prereqsBefore = (before.get(b.id) ?? []).flatMap((p) => idInNext.get(p) ?? [])
    const fields = CHANGE_FIELDS.filter((field) => {
      switch (field) {
        case 'title':
        case 'description':
          return !sameText(b[field], a[field])
        case 'prerequisites':
          return !sameSet(prereqsBefore, after.get(a.id) ?? [])
        case 'advice':
          return !sameSet(b.advice, a.advice)
        default:
          return b[field] !== a[field]
      }
    })
    if (fields.length) changed.push({ id: a.id, before: b, after: a, fields })
  }

  return {
    from: roadmap.templateVersion,
    to: template.templateVersion,
    next,
    added: next.milestones.filter((m) => addedIds.has(m.id)),
    removed,
    kept,
    changed,
  }
}
