/**
 * Validation of the content files (`data/advice.json`, `data/roadmap-template.json`):
 * shapes by the schema, then every cross-reference. Run by the app at start-up and by tests.
 */
import { findCycle } from './graph'
import {
  AdviceListSchema,
  BACKENDS,
  DEMO_TOOLS,
  FRAMEWORKS,
  FRONTENDS,
  GOALS,
  GRAD_PATHS,
  parseWith,
  TemplateSchema,
  type Advice,
  type ChoiceQuestion,
  type Template,
  type VariantQuestion,
  type Validated,
} from './schema'

export const ANSWERS_BY_QUESTION: Record<ChoiceQuestion, readonly string[]> = {
  backend: BACKENDS,
  frontend: FRONTENDS,
  demo: DEMO_TOOLS,
  framework: FRAMEWORKS,
  grad: GRAD_PATHS,
}

const ANSWERS_BY_VARIANT_QUESTION: Record<VariantQuestion, readonly string[]> = {
  goal: GOALS,
  ...ANSWERS_BY_QUESTION,
}

export interface Content {
  advice: Advice[]
  template: Template
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
}

export function contentProblems({ advice, template }: Content): string[] {
  const problems: string[] = []
  const adviceIds = new Set(advice.map((a) => a.id))
  const trackIds = new Set(template.tracks.map((t) => t.id))
  const milestoneIds = new Set(template.milestones.map((m) => m.id))
  for (const [what, ids] of [
    ['advice', advice.map((a) => a.id)],
    ['track', template.tracks.map((t) => t.id)],
    ['milestone', template.milestones.map((m) => m.id)],
    ['choice group', template.choiceGroups.map((g) => g.id)],
  ] as const)
    for (const id of duplicates(ids)) problems.push(`duplicate ${what} id "${id}"`)

  for (const m of template.milestones) {
    if (!trackIds.has(m.track)) problems.push(`milestone "${m.id}": unknown track "${m.track}"`)
    for (const p of m.prerequisites)
      if (!milestoneIds.has(p)) problems.push(`milestone "${m.id}": unknown prerequisite "${p}"`)
    for (const a of m.advice)
      if (!adviceIds.has(a)) problems.push(`milestone "${m.id}": unknown advice "${a}"`)
    for (const variant of m.variants ?? [])
      if (!ANSWERS_BY_VARIANT_QUESTION[variant.question].includes(variant.answer))
        problems.push(
          `milestone "${m.id}": variant answer "${variant.answer}" is not an answer to ${variant.question}`,
        )
  }
  const edges = template.milestones.flatMap((m) =>
    m.prerequisites.map((p) => ({ from: p, to: m.id })),
  )
  const cycle = findCycle([...milestoneIds], edges)
  if (cycle) problems.push(`prerequisites form a cycle: ${cycle.join(' → ')}`)

  const inGroup = new Map<string, string>()
  for (const g of template.choiceGroups) {
    const allowed = ANSWERS_BY_QUESTION[g.question]
    for (const o of g.options) {
      if (!milestoneIds.has(o.milestone))
        problems.push(`choice group "${g.id}": unknown milestone "${o.milestone}"`)
      if (!allowed.includes(o.answer))
        problems.push(`choice group "${g.id}": "${o.answer}" is not an answer to ${g.question}`)
      const other = inGroup.get(o.milestone)
      if (other)
        problems.push(`milestone "${o.milestone}" is an option of both "${other}" and "${g.id}"`)
      inGroup.set(o.milestone, g.id)
    }
    for (const answer of duplicates(g.options.map((o) => o.answer)))
      problems.push(`choice group "${g.id}": answer "${answer}" appears twice`)
    if (g.mentorPick !== null && !g.options.some((o) => o.answer === g.mentorPick))
      problems.push(`choice group "${g.id}": mentor's pick "${g.mentorPick}" is not an option`)
    if (g.presets) {
      if (g.mentorPick !== null)
        problems.push(`choice group "${g.id}": presets are for groups without a mentor's pick`)
      for (const p of g.presets)
        if (!g.options.some((o) => o.answer === p.answer))
          problems.push(`choice group "${g.id}": preset "${p.answer}" is not an option`)
      if (g.presets.at(-1)?.goals)
        problems.push(`choice group "${g.id}": the last preset must apply to every goal`)
    } else if (g.mentorPick === null)
      problems.push(`choice group "${g.id}": no mentor's pick and no preset to start from`)
    for (const a of g.advice)
      if (!adviceIds.has(a)) problems.push(`choice group "${g.id}": unknown advice "${a}"`)
    if (g.knownPick)
      for (const o of g.options)
        if (!template.milestones.find((m) => m.id === o.milestone)?.known)
          problems.push(
            `choice group "${g.id}" picks by what the user knows, but "${o.milestone}" names nothing to know`,
          )
  }
  return problems
}

/** Parses both content files and checks every reference between them. */
export function validateContent(adviceRaw: unknown, templateRaw: unknown): Validated<Content> {
  const advice = parseWith(AdviceListSchema, adviceRaw)
  const template = parseWith(TemplateSchema, templateRaw)
  if (!advice.ok || !template.ok)
    return {
      ok: false,
      problems: [
        ...(advice.ok ? [] : advice.problems.map((p) => `advice.json ${p}`)),
        ...(template.ok ? [] : template.problems.map((p) => `roadmap-template.json ${p}`)),
      ],
    }
  const content = { advice: advice.value, template: template.value }
  const problems = contentProblems(content)
  return problems.length ? { ok: false, problems } : { ok: true, value: content }
}

/** Whitespace-insensitive check that a quote (parts joined by " … ") is verbatim in a source. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(' … ')
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

export function isVerbatim(quote: string, source: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '')
  const haystack = squash(source)
  const parts = quoteParts(quote)
  return parts.length > 0 && parts.every((p) => haystack.includes(squash(p)))
}
