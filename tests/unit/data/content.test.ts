import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import adviceRaw from '@data/advice.json'
import templateRaw from '@data/roadmap-template.json'
import { isVerbatim, validateContent } from '@/domain/content'
import { generateRoadmap, MENTOR_ANSWERS } from '@/domain/generate'
import { emptyAppData, validateAppData } from '@/domain/migrations'
import { MENTOR_ML_BAND, nextUp, plannedMlShare } from '@/domain/progress'
import {
  BACKENDS,
  DEMO_TOOLS,
  FRAMEWORKS,
  FRONTENDS,
  GOALS,
  GRAD_PATHS,
  type Answers,
} from '@/domain/schema'

const transcript = readFileSync(join(process.cwd(), 'data', 'transcript.ko.txt'), 'utf8')
const result = validateContent(adviceRaw, templateRaw)
if (!result.ok) throw new Error(`content is invalid:\n${result.problems.join('\n')}`)
const { advice, template } = result.value

/** The brief's digest of the mentor's advice, and the advice entries that carry each point. */
const DIGEST: Record<string, string[]> = {
  split: ['split'],
  papers: ['papers', 'reproduce-numbers'],
  ps: ['ps'],
  parallel: ['parallel'],
  'easy-frameworks': ['easy-frameworks', 'django-over-rails'],
  frontend: ['frontend'],
  'build-end-to-end': ['build-end-to-end', 'automated-tools', 'own-demo-page'],
  demo: ['demo', 'no-clone-coding', 'publish-and-explain'],
  portfolio: ['portfolio'],
  deploy: ['deploy'],
  'open-source-later': ['open-source-later'],
  infra: ['infra', 'scale-tools-later'],
  fundamentals: ['fundamentals', 'cs231n-recap'],
  'keep-up': ['keep-up'],
  research: ['research-internship', 'masters', 'phd', 'company-or-lab'],
  pm: ['pm'],
  formulation: ['formulation', 'feasibility'],
  'side-project': ['side-project'],
  persist: ['persist'],
}

const defaults: Answers = { ...MENTOR_ANSWERS }
const opts = { id: 'r1', name: 'r', now: new Date('2026-01-01T00:00:00Z') }

describe('data/advice.json', () => {
  it('quotes the transcript verbatim (whitespace aside, parts joined by " … ")', () => {
    const notVerbatim = advice.filter((a) => !isVerbatim(a.quoteKo, transcript)).map((a) => a.id)
    expect(notVerbatim).toEqual([])
  })

  it('covers every point of the brief’s digest', () => {
    const ids = new Set(advice.map((a) => a.id))
    for (const [point, entries] of Object.entries(DIGEST))
      for (const id of entries) expect(ids.has(id), `${point} → ${id}`).toBe(true)
  })

  it('is cited by the roadmap: every entry backs a milestone or a choice', () => {
    const cited = new Set([
      ...template.milestones.flatMap((m) => m.advice),
      ...template.choiceGroups.flatMap((g) => g.advice),
    ])
    expect(advice.filter((a) => !cited.has(a.id)).map((a) => a.id)).toEqual([])
  })
})

describe('data/roadmap-template.json', () => {
  it('has at least 30 milestones, each citing advice, each title in both languages', () => {
    expect(template.milestones.length).toBeGreaterThanOrEqual(30)
    for (const m of template.milestones) {
      expect(m.advice.length, m.id).toBeGreaterThan(0)
      expect(m.title.ko, m.id).toMatch(/[가-힣]/)
    }
  })

  it('has ML and other tracks and the five choice groups with the mentor’s reasons', () => {
    expect(new Set(template.tracks.map((t) => t.kind))).toEqual(new Set(['ml', 'other']))
    expect(template.choiceGroups.map((g) => g.question).sort()).toEqual([
      'backend',
      'demo',
      'framework',
      'frontend',
      'grad',
    ])
    const picks = Object.fromEntries(template.choiceGroups.map((g) => [g.question, g.mentorPick]))
    expect(picks).toMatchObject({ backend: 'django', frontend: 'react', grad: 'internship' })
  })

  it('plans 70–80% of hours on AI/ML for the mentor’s default choices', () => {
    const share = plannedMlShare(generateRoadmap(template, defaults, opts))!
    expect(share).toBeGreaterThanOrEqual(MENTOR_ML_BAND.low)
    expect(share).toBeLessThanOrEqual(MENTOR_ML_BAND.high)
  })

  it('gives every combination of answers a valid roadmap near the mentor’s split with work to start on', () => {
    let count = 0
    for (const goal of GOALS)
      for (const backend of BACKENDS)
        for (const frontend of FRONTENDS)
          for (const demo of DEMO_TOOLS)
            for (const framework of FRAMEWORKS)
              for (const grad of GRAD_PATHS) {
                const answers = { ...defaults, goal, backend, frontend, demo, framework, grad }
                const r = generateRoadmap(template, answers, opts)
                const valid = validateAppData({
                  ...emptyAppData(),
                  roadmaps: [r],
                  activeRoadmapId: r.id,
                })
                expect(valid.ok ? [] : valid.problems).toEqual([])
                const share = plannedMlShare(r)!
                expect(share).toBeGreaterThan(0.6)
                expect(share).toBeLessThan(0.85)
                expect(nextUp(r).length).toBeGreaterThan(2)
                count++
              }
    expect(count).toBe(4 * 3 * 3 * 3 * 2 * 4)
  })
})
