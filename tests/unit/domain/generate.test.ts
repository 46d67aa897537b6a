import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '@/domain/generate'
import { emptyAppData, validateAppData } from '@/domain/migrations'
import {
  BACKENDS,
  DEMO_TOOLS,
  FRAMEWORKS,
  FRONTENDS,
  GOALS,
  GRAD_PATHS,
  type Answers,
  type Template,
  type TemplateMilestone,
} from '@/domain/schema'

const text = (s: string) => ({ ko: `${s} (ko)`, en: s })
const m = (
  id: string,
  prerequisites: string[] = [],
  patch: Partial<TemplateMilestone> = {},
): TemplateMilestone => ({
  id,
  track: 'ml',
  title: text(id),
  description: text(`${id} description`),
  estimateHours: 10,
  prerequisites,
  advice: ['papers'],
  ...patch,
})

const template: Template = {
  templateVersion: 3,
  tracks: [
    { id: 'ml', kind: 'ml', title: text('ML'), description: text('ML track'), color: '#3b5bdb' },
    {
      id: 'web',
      kind: 'other',
      title: text('Web'),
      description: text('Web track'),
      color: '#c2255c',
    },
    { id: 'pm', kind: 'other', title: text('PM'), description: text('PM track'), color: '#2b8a3e' },
  ],
  milestones: [
    m('basics'),
    m('pm-only', ['basics'], { goals: ['pm'], track: 'pm' }),
    m('after-pm', ['pm-only']),
    m('django', [], { track: 'web' }),
    m('flask', [], { track: 'web' }),
    m('spring', [], { track: 'web' }),
    m('demo', ['django', 'flask', 'spring', 'basics']),
    m('internship'),
    m('masters'),
  ],
  choiceGroups: [
    {
      id: 'backend',
      question: 'backend',
      title: text('Backend'),
      options: [
        { answer: 'django', milestone: 'django' },
        { answer: 'flask', milestone: 'flask' },
        { answer: 'spring', milestone: 'spring' },
      ],
      mentorPick: 'django',
      reason: text('Python'),
      advice: ['easy'],
    },
    {
      id: 'grad',
      question: 'grad',
      title: text('Grad'),
      options: [
        { answer: 'internship', milestone: 'internship' },
        { answer: 'masters', milestone: 'masters' },
      ],
      mentorPick: 'internship',
      reason: text('Try research first'),
      advice: ['research'],
    },
  ],
}

const answers: Answers = {
  goal: 'ai-engineer',
  hoursPerWeek: 12,
  backend: 'flask',
  frontend: 'react',
  demo: 'own-page',
  framework: 'pytorch',
  grad: 'internship',
}
const opts = { id: 'r1', name: 'Mine', now: new Date('2026-03-03T09:00:00Z') }

describe('generateRoadmap', () => {
  it('is deterministic', () => {
    expect(generateRoadmap(template, answers, opts)).toEqual(
      generateRoadmap(template, answers, opts),
    )
  })

  it('keeps goal-specific milestones only for that goal, passing prerequisites through', () => {
    const r = generateRoadmap(template, answers, opts)
    expect(r.milestones.map((x) => x.id)).not.toContain('pm-only')
    expect(r.edges).toContainEqual({ from: 'basics', to: 'after-pm' })
    expect(r.tracks.map((t) => t.id)).toEqual(['ml', 'web']) // the PM track is empty, so absent
    const pm = generateRoadmap(template, { ...answers, goal: 'pm' }, opts)
    expect(pm.edges).toContainEqual({ from: 'pm-only', to: 'after-pm' })
    expect(pm.edges).not.toContainEqual({ from: 'basics', to: 'after-pm' })
  })

  it('marks the chosen option todo and the others skipped', () => {
    const r = generateRoadmap(template, answers, opts)
    const status = Object.fromEntries(r.milestones.map((x) => [x.id, x.status]))
    expect(status).toMatchObject({ django: 'skipped', flask: 'todo', spring: 'skipped' })
    expect(r.choiceGroups[0]).toMatchObject({ chosen: 'flask', mentorPick: 'django' })
    expect(r.milestones.find((x) => x.id === 'spring')?.choiceGroup).toBe('backend')
  })

  it('skips every option when the answer has none (no graduate path)', () => {
    const r = generateRoadmap(template, { ...answers, grad: 'none' }, opts)
    expect(r.milestones.filter((x) => x.choiceGroup === 'grad').map((x) => x.status)).toEqual([
      'skipped',
      'skipped',
    ])
    expect(r.choiceGroups.find((g) => g.id === 'grad')?.chosen).toBeNull()
  })

  it('records answers, weekly hours and template version', () => {
    const r = generateRoadmap(template, answers, opts)
    expect(r).toMatchObject({
      weeklyHours: 12,
      templateVersion: 3,
      createdAt: '2026-03-03T09:00:00.000Z',
    })
    expect(r.answers).toEqual(answers)
  })

  it('always produces valid, storable app data', () => {
    const answersArb = fc.record({
      goal: fc.constantFrom(...GOALS),
      hoursPerWeek: fc.integer({ min: 1, max: 100 }),
      backend: fc.constantFrom(...BACKENDS),
      frontend: fc.constantFrom(...FRONTENDS),
      demo: fc.constantFrom(...DEMO_TOOLS),
      framework: fc.constantFrom(...FRAMEWORKS),
      grad: fc.constantFrom(...GRAD_PATHS),
    })
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = generateRoadmap(template, a, opts)
        const valid = validateAppData({ ...emptyAppData(), roadmaps: [r], activeRoadmapId: r.id })
        expect(valid.ok ? [] : valid.problems).toEqual([])
      }),
    )
  })
})
