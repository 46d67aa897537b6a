import { describe, expect, it } from 'vitest'
import { milestoneAnchor, milestoneFromHash, milestoneOnPlan } from '@/router/links'

describe('milestone links', () => {
  it('point at the element the plan list gives the milestone, and read back from the hash', () => {
    expect(milestoneAnchor('ml-math')).toBe('m-ml-math')
    expect(milestoneOnPlan('ml-math')).toEqual({ name: 'plan', hash: '#m-ml-math' })
    expect(milestoneFromHash('#m-ml-math')).toBe('ml-math')
    expect(milestoneFromHash('#m-caf%C3%A9')).toBe('café')
    expect(milestoneFromHash('#top')).toBe('')
    expect(milestoneFromHash('')).toBe('')
  })
})
