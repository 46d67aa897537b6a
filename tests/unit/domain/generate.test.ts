import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateRoadmap, MENTOR_ANSWERS, presetAnswer, recommendedAnswer } from '@/domain/generate'
import { emptyAppData, validateAppData } from '@/domain/migrations'
import { templateMilestone, text } from '../helpers'
import {
  BACKENDS,
  DEMO_TOOLS,
  FRAMEWORKS,
  FRONTENDS,
  GOALS,
  GRAD_PATHS,
  KNOWN_ITEMS,
  type Answers,
  type Roadmap,
  type Template,
} from '@/domain/schema'

const m = templateMilestone

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
    m('django', [], { track: 'web', known: 'django' }),
    m('flask', [], { track: 'web', known: 'flask' }),
    m('spring', [], { track: 'web', known: 'spring' }),
    m('classifier', [], {
      known: 'classifier',
      variants: [
        { question: 'framework', answer: 'tensorflow', description: text('in TensorFlow') },
        { question: 'goal', answer: 'pm', title: text('PM classifier') },
      ],
    }),
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
      knownPick: true,
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

const answers: Answers = { ...MENTOR_ANSWERS, hoursPerWeek: 12, backend: 'flask' }
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

  it('starts what the user already knows as done, except an option they did not choose', () => {
    const r = generateRoadmap(template, { ...answers, known: ['classifier', 'django'] }, opts)
    const status = Object.fromEntries(r.milestones.map((x) => [x.id, x.status]))
    // They know Django but chose Flask: Django stays skipped, the classifier is done.
    expect(status).toMatchObject({ classifier: 'done', django: 'skipped', flask: 'todo' })
    expect(r.answers.known).toEqual(['classifier', 'django'])
    const chose = generateRoadmap(
      template,
      { ...answers, backend: 'django', known: ['django'] },
      opts,
    )
    expect(chose.milestones.find((x) => x.id === 'django')?.status).toBe('done')
  })

  it('recommends what the user knows, the mentor’s pick when they know none', () => {
    const group = template.choiceGroups[0]!
    expect(recommendedAnswer(template, group)).toBe('django')
    expect(recommendedAnswer(template, group, ['classifier'])).toBe('django')
    expect(recommendedAnswer(template, group, ['spring'])).toBe('spring')
    // Several known: the first in the template's order.
    expect(recommendedAnswer(template, group, ['spring', 'flask'])).toBe('flask')
    // A group that does not pick by what you know keeps the mentor's pick.
    expect(recommendedAnswer(template, template.choiceGroups[1]!, ['spring'])).toBe('internship')
    const r = generateRoadmap(template, { ...answers, known: ['spring'] }, opts)
    expect(r.choiceGroups[0]).toMatchObject({ chosen: 'flask', mentorPick: 'spring' })
  })

  it('starts a group without a mentor’s pick from the first preset for the goal', () => {
    const why = (en: string) => ({ ko: en, en })
    const group = {
      ...template.choiceGroups[0]!,
      mentorPick: null,
      presets: [
        { answer: 'flask', goals: ['pm' as const], why: why('pm') },
        { answer: 'spring', why: why('any') },
      ],
    }
    expect(presetAnswer(group, 'pm')).toEqual({ answer: 'flask', why: why('pm') })
    expect(presetAnswer(group, 'ai-engineer')).toEqual({ answer: 'spring', why: why('any') })
    // No goal chosen yet: the preset that names no goal.
    expect(presetAnswer(group, undefined)?.answer).toBe('spring')
    // Where the mentor names a pick, that is the start, not a preset.
    expect(presetAnswer({ ...group, mentorPick: 'django' }, 'pm')).toBeNull()
  })

  it('takes the text of the first variant whose answer matches', () => {
    const title = (a: Answers) =>
      generateRoadmap(template, a, opts).milestones.find((x) => x.id === 'classifier')!
    expect(title(answers).description?.en).toBe('classifier description')
    expect(title({ ...answers, framework: 'tensorflow' }).description?.en).toBe('in TensorFlow')
    expect(title({ ...answers, goal: 'pm' }).title.en).toBe('PM classifier')
    expect(title({ ...answers, goal: 'pm' }).description?.en).toBe('classifier description')
  })

  it('never lets what the user knows change the plan beyond statuses', () => {
    fc.assert(
      fc.property(fc.subarray([...KNOWN_ITEMS]), (known) => {
        const plain = generateRoadmap(template, answers, opts)
        const r = generateRoadmap(template, { ...answers, known }, opts)
        expect(r.edges).toEqual(plain.edges)
        const withoutStatus = (x: Roadmap) => x.milestones.map((ms) => ({ ...ms, status: null }))
        expect(withoutStatus(r)).toEqual(withoutStatus(plain))
      }),
    )
  })
})
