/**
 * The roadmap template alone, for the questionnaire, which needs nothing else: checked for
 * shape here; the cross-checks with the advice run where both are loaded (`@/content`) and
 * in CI (tests/unit/data/content.test.ts). Keeps the advice text out of a new user's first
 * download (`npm run size`).
 */
import templateRaw from '@data/roadmap-template.json'
import { parseWith, TemplateSchema, type Template } from '@/domain/schema'

const parsed = parseWith(TemplateSchema, templateRaw)

export const templateProblems: string[] = parsed.ok
  ? []
  : parsed.problems.map((p) => `roadmap-template.json ${p}`)
export const template: Template = parsed.ok
  ? parsed.value
  : { templateVersion: 0, tracks: [], milestones: [], choiceGroups: [] }
