/**
 * The mentor's advice and roadmap template, bundled from `data/` and validated with the same
 * schema code the tests use. A broken content file stops the app with a readable message.
 */
import adviceRaw from '@data/advice.json'
import templateRaw from '@data/roadmap-template.json'
import { validateContent, type Content } from '@/domain/content'

const result = validateContent(adviceRaw, templateRaw)

export const contentProblems: string[] = result.ok ? [] : result.problems
export const content: Content = result.ok
  ? result.value
  : { advice: [], template: { templateVersion: 0, tracks: [], milestones: [], choiceGroups: [] } }

export const adviceById = new Map(content.advice.map((a) => [a.id, a]))
