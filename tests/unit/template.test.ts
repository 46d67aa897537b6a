import { describe, expect, it } from 'vitest'
import { content, contentProblems } from '@/content'
import { template, templateProblems } from '@/template'

describe('the template loaded alone (questionnaire)', () => {
  it('is the same template the full content check accepts', () => {
    expect(contentProblems).toEqual([])
    expect(templateProblems).toEqual([])
    expect(template).toEqual(content.template)
    expect(template.milestones.length).toBeGreaterThan(10)
  })
})
