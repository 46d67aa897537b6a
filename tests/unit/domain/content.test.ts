import { describe, expect, it } from 'vitest'
import adviceRaw from '@data/advice.json'
import templateRaw from '@data/roadmap-template.json'
import { contentProblems, validateContent, type Content } from '@/domain/content'
import type { TemplateChoiceGroup } from '@/domain/schema'

const valid = validateContent(adviceRaw, templateRaw)
if (!valid.ok) throw new Error(valid.problems.join('\n'))
const content: Content = valid.value

/** The content with its demo group changed, and the problems found in it. */
function problemsWithDemo(change: Partial<TemplateChoiceGroup>) {
  const choiceGroups = content.template.choiceGroups.map((g) =>
    g.question === 'demo' ? { ...g, ...change } : g,
  )
  return contentProblems({ ...content, template: { ...content.template, choiceGroups } })
}

describe('contentProblems: where the questionnaire starts', () => {
  const why = { ko: '이유', en: 'why' }

  it('accepts the shipped content', () => {
    expect(contentProblems(content)).toEqual([])
  })

  it('needs a preset where the mentor names no pick, and no preset beside his pick', () => {
    expect(problemsWithDemo({ presets: undefined })).toEqual([
      'choice group "demo-tool": no mentor\'s pick and no preset to start from',
    ])
    expect(problemsWithDemo({ mentorPick: 'dash' })).toEqual([
      'choice group "demo-tool": presets are for groups without a mentor\'s pick',
    ])
  })

  it('refuses a preset that is not an option, and a last preset that leaves goals out', () => {
    expect(problemsWithDemo({ presets: [{ answer: 'gradio', why }] })).toEqual([
      'choice group "demo-tool": preset "gradio" is not an option',
    ])
    expect(problemsWithDemo({ presets: [{ answer: 'dash', goals: ['pm'], why }] })).toEqual([
      'choice group "demo-tool": the last preset must apply to every goal',
    ])
  })
})
