import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import adviceRaw from '@data/advice.json'
import templateRaw from '@data/roadmap-template.json'
import { isVerbatim, validateContent } from '@/domain/content'
import {
  everyAnswerCombination,
  generateRoadmap,
  MENTOR_ANSWERS,
  presetAnswer,
  recommendedAnswer,
} from '@/domain/generate'
import { ancestors, descendants, findCycle, predecessors } from '@/domain/graph'
import { emptyAppData, validateAppData } from '@/domain/migrations'
import { MENTOR_ML_BAND, nextUp, plannedMlShare } from '@/domain/progress'
import {
  BACKENDS,
  DEMO_TOOLS,
  FRAMEWORKS,
  FRONTENDS,
  GOALS,
  GRAD_PATHS,
  KNOWN_ITEMS,
  type Answers,
  type Goal,
  type KnownItem,
  type Roadmap,
  type Stage,
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

/** Points of the transcript beyond the digest (issue #13, item 7) and the entries that carry them. */
const BEYOND_DIGEST: Record<string, { id: string; quote: string }> = {
  'TensorFlow kept for deployment then; 2.0 much better': {
    id: 'tensorflow-then',
    quote: 'GPU를 쪼개서 쓸 수 있어서',
  },
  'the regrets and the joys of being full stack': {
    id: 'fullstack-tradeoffs',
    quote: '다들 더 기뻐하셨어요',
  },
  'start your study with the latest trends and papers': {
    id: 'start-with-trends',
    quote: '가장 최신 트렌드와 최신 논문을 읽으면서',
  },
  'once you know one framework a newer one is easy to follow': {
    id: 'follow-new-frameworks',
    quote: '원래 하시던분은 따라가는게',
  },
  'Clova OCR deployed for internal sharing first, then product': {
    id: 'internal-first',
    quote: '1번목적은 사내공유였구요',
  },
  'lab work = papers plus industry projects': { id: 'lab-work', quote: '산학협력을 하는 일이' },
  'many strong people without a master’s (it is individual)': {
    id: 'masters',
    quote: '이건 개인차라고 생각하고',
  },
  'Instagram on Django': { id: 'easy-frameworks', quote: '인스타그램도 Django로' },
  'everything helped in the end': { id: 'persist', quote: '꾹 참고 이것저것 하다보니까' },
}

const defaults: Answers = { ...MENTOR_ANSWERS }
const opts = { id: 'r1', name: 'r', now: new Date('2026-01-01T00:00:00Z') }

describe('data/advice.json', () => {
  it('quotes the transcript verbatim (whitespace aside, parts joined by " … ")', () => {
    const notVerbatim = advice.filter((a) => !isVerbatim(a.quoteKo, transcript)).map((a) => a.id)
    expect(notVerbatim).toEqual([])
  })

  it('covers the transcript’s points beyond the digest, each quoting his words', () => {
    const byId = new Map(advice.map((a) => [a.id, a]))
    for (const [point, { id, quote }] of Object.entries(BEYOND_DIGEST))
      expect(byId.get(id)?.quoteKo ?? '', point).toContain(quote)
  })

  it('quotes only his answers, never a trainee’s question', () => {
    const questions = transcript
      .split('\n')
      .filter((line) => /^- /.test(line))
      .map((line) => line.slice(2).trim())
    for (const a of advice)
      for (const q of questions) expect(a.quoteKo.includes(q.slice(0, 30)), `${a.id}`).toBe(false)
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

/** Which template milestone sits at which step of the mentor's chain. */
const stageOf = new Map<string, Stage>(
  template.milestones.flatMap((m) => (m.stage ? [[m.id, m.stage] as const] : [])),
)
const trackKind = new Map(template.tracks.map((t) => [t.id, t.kind]))

/** Its dependents, transitively. */
const downstream = (r: Roadmap, id: string) => descendants(r.edges, id)
/** The planned hours of a milestone and everything it waits for. */
function upstreamHours(r: Roadmap, id: string): number {
  const byId = new Map(r.milestones.map((m) => [m.id, m]))
  const seen = ancestors(r.edges, id).add(id)
  let hours = 0
  for (const m of seen) {
    const ms = byId.get(m)
    if (ms && ms.status !== 'skipped') hours += ms.estimateHours
  }
  return hours
}
const webHours = (r: Roadmap) =>
  r.milestones
    .filter((m) => m.status !== 'skipped' && m.track.startsWith('web-'))
    .reduce((sum, m) => sum + m.estimateHours, 0)

const everyAnswer = () => everyAnswerCombination(defaults)
const ALL_COMBINATIONS =
  GOALS.length *
  BACKENDS.length *
  FRONTENDS.length *
  DEMO_TOOLS.length *
  FRAMEWORKS.length *
  GRAD_PATHS.length
/** What the user may say they know: nothing and everything, for every combination… */
const KNOWN_SETS: KnownItem[][] = [[], [...KNOWN_ITEMS]]
/** …and each item alone, for each goal's default answers. */
const SINGLE_KNOWN: KnownItem[][] = KNOWN_ITEMS.map((k) => [k])

/** The mentor's method, checked on one generated plan; returns what breaks it. */
function methodProblems(r: Roadmap): string[] {
  const problems: string[] = []
  const share = plannedMlShare(r)!
  if (share < MENTOR_ML_BAND.low || share > MENTOR_ML_BAND.high)
    problems.push(`ML share ${(share * 100).toFixed(1)}%`)
  const cycle = findCycle(
    r.milestones.map((m) => m.id),
    r.edges,
  )
  if (cycle) problems.push(`cycle ${cycle.join(' → ')}`)
  const status = new Map(r.milestones.map((m) => [m.id, m.status]))
  const planned = (id: string) => status.has(id) && status.get(id) !== 'skipped'
  for (const m of r.milestones) {
    if (m.advice.length === 0) problems.push(`${m.id} cites nothing`)
    if (!planned(m.id)) continue
    const stage = stageOf.get(m.id)
    const reach = [...downstream(r, m.id)].filter(planned).map((id) => stageOf.get(id))
    const needs: Partial<Record<Stage, Stage[]>> = {
      paper: ['reproduction'],
      reproduction: ['open-source', 'demo', 'service'],
    }
    for (const s of (stage && needs[stage]) ?? [])
      if (!reach.includes(s)) problems.push(`${m.id} (${stage}) leads to no ${s}`)
  }
  // An early, approachable demo of a model the trainee trained, before the bigger project.
  const firstDemo = r.milestones.find((m) => m.id === 'quick-demo')
  if (!firstDemo || upstreamHours(r, firstDemo.id) > 80) problems.push('no early demo')
  // Web in parallel from week one: a web milestone is ready at the start.
  if (!nextUp(r).some((m) => m.track.startsWith('web-'))) problems.push('no web at the start')
  // The research internship whatever the graduate plan.
  if (!planned('grad-internship')) problems.push('no research internship')
  const titles = r.milestones.filter((m) => planned(m.id)).map((m) => m.title.en)
  if (new Set(titles).size !== titles.length) problems.push('the same work twice')
  return problems
}

const plan = (answers: Answers) => generateRoadmap(template, answers, opts)

describe('data/roadmap-template.json', () => {
  it('has at least 30 milestones, each citing advice', () => {
    expect(template.milestones.length).toBeGreaterThanOrEqual(30)
    for (const m of template.milestones) expect(m.advice.length, m.id).toBeGreaterThan(0)
  })

  it('writes every text in both languages, and every milestone says when it is done', () => {
    const hangul = /[가-힣]/
    const texts = [
      ...template.tracks.flatMap((t) => [t.title, t.description]),
      ...template.choiceGroups.flatMap((g) => [g.title, g.reason]),
      ...template.milestones.flatMap((m) => [
        m.title,
        m.description,
        ...(m.variants ?? []).flatMap((v) => [v.title, v.description].filter((x) => !!x)),
      ]),
    ]
    for (const t of texts) {
      expect(t!.ko, t!.en).toMatch(hangul)
      expect(t!.en, t!.ko).not.toMatch(hangul)
    }
    for (const m of template.milestones)
      for (const d of [m.description, ...(m.variants ?? []).flatMap((v) => v.description ?? [])]) {
        expect(d.ko, m.id).toMatch(/완료(입니다|이고)/)
        expect(d.en, m.id).toMatch(/Done (when|after|at)/)
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

  it('starts every question somewhere, saying why where the mentor names no pick', () => {
    for (const goal of GOALS) {
      const start = Object.fromEntries(
        template.choiceGroups.map((g) => [
          g.question,
          recommendedAnswer(template, g) ?? presetAnswer(g, goal)?.answer,
        ]),
      )
      // Every answer the questionnaire starts from is one of the group's options.
      for (const g of template.choiceGroups)
        expect(g.options.map((o) => o.answer)).toContain(start[g.question])
      // The default answers are what a new AI-engineer trainee starts from.
      if (goal === 'ai-engineer') expect({ ...MENTOR_ANSWERS, ...start }).toEqual(MENTOR_ANSWERS)
    }
    // With research or PM ahead, the web is not their focus: an existing tool for the demo.
    const demo = template.choiceGroups.find((g) => g.question === 'demo')!
    expect(presetAnswer(demo, 'pm')?.answer).toBe('streamlit')
    expect(presetAnswer(demo, 'fullstack-ml')?.answer).toBe('own-page')
    expect(presetAnswer(demo, undefined)?.why.ko).toContain('서빙')
  })

  it('follows the mentor’s method for every answer combination', () => {
    let count = 0
    const failures: string[] = []
    for (const answers of everyAnswer()) {
      const r = plan(answers)
      const valid = validateAppData({ ...emptyAppData(), roadmaps: [r], activeRoadmapId: r.id })
      if (!valid.ok) failures.push(`${JSON.stringify(answers)}: ${valid.problems.join('; ')}`)
      for (const p of methodProblems(r)) failures.push(`${JSON.stringify(answers)}: ${p}`)
      if (nextUp(r).length <= 2) failures.push(`${JSON.stringify(answers)}: little to start on`)
      count++
    }
    expect(failures.slice(0, 10)).toEqual([])
    expect(count).toBe(ALL_COMBINATIONS)
  }, 60_000)

  it('keeps the split whatever the user already knows (known work starts done and counts)', () => {
    const failures: string[] = []
    const cases = [
      ...[...everyAnswer()].map((base) => ({ base, sets: KNOWN_SETS })),
      ...GOALS.map((goal) => ({ base: { ...defaults, goal }, sets: SINGLE_KNOWN })),
    ]
    for (const { base, sets } of cases) {
      const share = plannedMlShare(plan(base))
      for (const known of sets) {
        const r = plan({ ...base, known })
        if (plannedMlShare(r) !== share) failures.push(`${JSON.stringify(base)} ${known}`)
        const done = r.milestones.filter((m) => m.status === 'done').map((m) => m.id)
        const expected = template.milestones
          .filter((m) => m.known && known.includes(m.known))
          .map((m) => m.id)
          .filter((id) => r.milestones.some((m) => m.id === id && m.status !== 'skipped'))
        if (
          done.join() !==
          r.milestones
            .filter((m) => expected.includes(m.id))
            .map((m) => m.id)
            .join()
        )
          failures.push(`${JSON.stringify(base)} ${known}: done ${done}`)
      }
    }
    expect(failures.slice(0, 10)).toEqual([])
  })

  it('makes the goals really differ, as he describes them', () => {
    for (const answers of everyAnswer()) {
      if (answers.goal !== 'ai-engineer') continue
      const as = (goal: Goal) => plan({ ...answers, goal })
      const [ai, research, fullstack, pm] = [
        as('ai-engineer'),
        as('research-engineer'),
        as('fullstack-ml'),
        as('pm'),
      ]
      const ids = (r: Roadmap) => new Set(r.milestones.map((m) => m.id))
      // Full stack is heavier on web; PM skips the web stack's frameworks and goes straight to PM.
      expect(webHours(fullstack) - webHours(ai)).toBeGreaterThanOrEqual(40)
      expect(webHours(pm)).toBeLessThan(webHours(ai))
      expect([...ids(pm)].filter((id) => id.startsWith('fe-') && id !== 'fe-basics')).toEqual([])
      expect(ids(pm).has('pm-direct') && !ids(ai).has('pm-direct')).toBe(true)
      expect(predecessors(pm.edges).get('pm-direct')).not.toContain('publish-service')
      // Research: the internship and a paper of its own, and a PhD plan is not the paper again.
      expect(ids(research).has('write-paper') && !ids(ai).has('write-paper')).toBe(true)
      for (const r of [ai, research, fullstack, pm])
        expect(trackKind.get(r.milestones.find((m) => m.id === 'grad-internship')!.track)).toBe(
          'ml',
        )
    }
  })

  it('asks the graduate question without making the internship exclusive', () => {
    for (const grad of GRAD_PATHS) {
      const r = plan({ ...defaults, grad })
      const status = Object.fromEntries(r.milestones.map((m) => [m.id, m.status]))
      expect(status['grad-internship']).toBe('todo')
      expect(status['company-or-lab']).toBe(grad === 'internship' ? 'todo' : 'skipped')
      expect(status['grad-masters']).toBe(grad === 'masters' ? 'todo' : 'skipped')
      expect(status['grad-phd']).toBe(grad === 'phd' ? 'todo' : 'skipped')
    }
  })

  it('carries the framework answer to deployment', () => {
    const deploy = (framework: Answers['framework']) =>
      plan({ ...defaults, framework }).milestones.find((m) => m.id === 'deploy-model')!
    expect(deploy('tensorflow').description!.en).toContain('TensorFlow Serving')
    expect(deploy('tensorflow').description!.en).not.toContain('PyTorch')
    expect(deploy('pytorch').description!.en).toContain('plain PyTorch')
    for (const d of [deploy('pytorch'), deploy('tensorflow')])
      expect(d.description!.en).toMatch(/NVIDIA GPU.*free hosts usually do not have/)
  })

  it('plans the first demo of a model the trainee trained within the first 80 hours', () => {
    const r = plan(defaults)
    expect(upstreamHours(r, 'quick-demo')).toBeLessThanOrEqual(80)
    expect(predecessors(r.edges).get('quick-demo')).toEqual(['train-classifier'])
  })
})
