/**
 * Builds a user's roadmap from the mentor's template and their questionnaire answers.
 * Pure and deterministic: the same template, answers, id and time give the same roadmap.
 */
import {
  BACKENDS,
  DEMO_TOOLS,
  FRAMEWORKS,
  FRONTENDS,
  GOALS,
  GRAD_PATHS,
  type Answers,
  type ChoiceGroup,
  type Edge,
  type Goal,
  type KnownItem,
  type Milestone,
  type Roadmap,
  type Template,
  type TemplateChoiceGroup,
  type TemplateMilestone,
} from './schema'

/** The mentor's picks with a mid-range week: the default questionnaire answers. */
export const MENTOR_ANSWERS: Answers = {
  goal: 'ai-engineer',
  hoursPerWeek: 15,
  backend: 'django',
  frontend: 'react',
  demo: 'own-page',
  framework: 'pytorch',
  grad: 'internship',
}

/**
 * Every combination of the questionnaire's choices (goal, backend, frontend, demo tool,
 * framework, graduate plans), each on top of `base` (its hours and what the user knows, which
 * the choices do not touch): what the content test checks and `npm run plan:report` prints.
 */
export function* everyAnswerCombination(base: Answers = MENTOR_ANSWERS): Generator<Answers> {
  for (const goal of GOALS)
    for (const backend of BACKENDS)
      for (const frontend of FRONTENDS)
        for (const demo of DEMO_TOOLS)
          for (const framework of FRAMEWORKS)
            for (const grad of GRAD_PATHS)
              yield { ...base, goal, backend, frontend, demo, framework, grad }
}

/**
 * The answer recommended for a choice group, given what the user already knows: for a
 * `knownPick` group, the first option (in the template's order) whose milestone they know;
 * otherwise, and when they know none, the mentor's pick (null when he names none).
 */
export function recommendedAnswer(
  template: Template,
  group: TemplateChoiceGroup,
  known: readonly KnownItem[] = [],
): string | null {
  if (group.knownPick && known.length) {
    const byId = new Map(template.milestones.map((m) => [m.id, m]))
    const knownSet = new Set(known)
    const first = group.options.find((o) => {
      const item = byId.get(o.milestone)?.known
      return item !== undefined && knownSet.has(item)
    })
    if (first) return first.answer
  }
  return group.mentorPick
}

/**
 * Where the mentor names no pick, the answer the questionnaire starts from for this goal (none
 * chosen yet counts as any goal), with the reason it gives: the first preset that applies.
 */
export function presetAnswer(
  group: TemplateChoiceGroup,
  goal: Goal | undefined,
): { answer: string; why: TemplateChoiceGroup['reason'] } | null {
  if (group.mentorPick !== null) return null
  const preset = group.presets?.find((p) => !p.goals || (goal && p.goals.includes(goal)))
  return preset ? { answer: preset.answer, why: preset.why } : null
}

/** The template's text for these answers: the first variant whose answer matches, else its own. */
function textFor(m: TemplateMilestone, answers: Answers) {
  const variant = m.variants?.find((v) => answers[v.question] === v.answer)
  return {
    title: { ...(variant?.title ?? m.title) },
    description: { ...(variant?.description ?? m.description) },
    links: (variant?.links ?? m.links ?? []).map((l) => ({ ...l })),
  }
}

export interface GenerateOptions {
  id: string
  name: string
  now: Date
}

/**
 * Template milestones not meant for the user's goal are left out; their prerequisites pass
 * through to their dependents so the order the mentor intended still holds.
 */
function includedEdges(template: Template, included: Set<string>): Edge[] {
  const prereqs = new Map(template.milestones.map((m) => [m.id, m.prerequisites]))
  const resolve = (id: string, seen: Set<string>): string[] => {
    if (included.has(id)) return [id]
    if (seen.has(id)) return []
    seen.add(id)
    return (prereqs.get(id) ?? []).flatMap((p) => resolve(p, seen))
  }
  const edges: Edge[] = []
  const keys = new Set<string>()
  for (const m of template.milestones) {
    if (!included.has(m.id)) continue
    for (const p of m.prerequisites) {
      for (const from of resolve(p, new Set())) {
        const key = `${from}\u0000${m.id}`
        if (from === m.id || keys.has(key)) continue
        keys.add(key)
        edges.push({ from, to: m.id })
      }
    }
  }
  return edges
}

export function generateRoadmap(
  template: Template,
  answers: Answers,
  options: GenerateOptions,
): Roadmap {
  const wanted = template.milestones.filter((m) => !m.goals || m.goals.includes(answers.goal))
  const included = new Set(wanted.map((m) => m.id))

  const choiceGroups: ChoiceGroup[] = []
  const groupOf = new Map<string, string>()
  const skipped = new Set<string>()
  for (const g of template.choiceGroups) {
    const opts = g.options.filter((o) => included.has(o.milestone))
    if (opts.length < 2) continue
    const answer: string = answers[g.question]
    const chosen = opts.find((o) => o.answer === answer)?.milestone ?? null
    const pick = recommendedAnswer(template, g, answers.known)
    const mentorPick = opts.find((o) => o.answer === pick)?.milestone ?? null
    for (const o of opts) {
      groupOf.set(o.milestone, g.id)
      if (o.milestone !== chosen) skipped.add(o.milestone)
    }
    choiceGroups.push({
      id: g.id,
      question: g.question,
      title: { ...g.title },
      options: opts.map((o) => o.milestone),
      chosen,
      mentorPick,
      reason: { ...g.reason },
      advice: [...g.advice],
    })
  }

  const known = new Set(answers.known ?? [])
  const milestones: Milestone[] = wanted.map((m) => {
    const group = groupOf.get(m.id)
    const text = textFor(m, answers)
    return {
      id: m.id,
      title: text.title,
      description: text.description,
      track: m.track,
      // What the user has already done starts done (and counts); an option they did not
      // choose is skipped even if they know it.
      status: skipped.has(m.id) ? 'skipped' : m.known && known.has(m.known) ? 'done' : 'todo',
      estimateHours: m.estimateHours,
      notes: '',
      links: text.links,
      advice: [...m.advice],
      ...(group ? { choiceGroup: group } : {}),
      ...(m.evidence ? { evidenceKind: m.evidence } : {}),
    }
  })

  const usedTracks = new Set(milestones.map((m) => m.track))
  const iso = options.now.toISOString()
  return {
    id: options.id,
    name: options.name,
    createdAt: iso,
    updatedAt: iso,
    templateVersion: template.templateVersion,
    answers: { ...answers, ...(answers.known ? { known: [...answers.known] } : {}) },
    weeklyHours: answers.hoursPerWeek,
    tracks: template.tracks
      .filter((t) => usedTracks.has(t.id))
      .map((t) => ({
        id: t.id,
        kind: t.kind,
        title: { ...t.title },
        description: { ...t.description },
        color: t.color,
      })),
    milestones,
    edges: includedEdges(template, included),
    choiceGroups,
  }
}
