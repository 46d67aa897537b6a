import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  editEvidence,
  isDoneWithoutEvidence,
  missingEvidence,
  paperFromDraft,
  paperDraft,
  parseMetric,
  projectDraft,
  projectFromDraft,
  reproductionDraft,
  reproductionFromDraft,
  reproductionGap,
} from '@/domain/evidence'
import type { Paper, ProjectEvidence, Reproduction } from '@/domain/schema'
import { milestone, roadmap } from '../helpers'

const paper = (patch: Partial<Paper> = {}): Paper => ({
  id: 'p1',
  title: 'Deep Residual Learning',
  venue: 'CVPR',
  year: 2016,
  url: 'https://arxiv.org/abs/1512.03385',
  takeaway: '',
  readOn: '2026-03-02',
  ...patch,
})
const repro = (patch: Partial<Reproduction> = {}): Reproduction => ({
  id: 'r1',
  paper: 'Deep Residual Learning',
  metric: 'top-1 accuracy',
  better: 'higher',
  reported: 76.1,
  reproduced: 75.4,
  framework: 'pytorch',
  repoUrl: null,
  updatedOn: '2026-03-10',
  ...patch,
})
const project = (patch: Partial<ProjectEvidence> = {}): ProjectEvidence => ({
  summary: 'Digit classifier demo',
  stack: 'PyTorch, Django',
  repoUrl: 'https://github.com/me/demo',
  demoUrl: null,
  tool: 'own-page',
  publishedOn: '2026-04-01',
  obstacles: ['Model too slow on CPU'],
  ...patch,
})
const ev = (
  p: Partial<{ papers: Paper[]; reproductions: Reproduction[]; project: ProjectEvidence | null }>,
) => ({
  papers: [],
  reproductions: [],
  project: null,
  ...p,
})

describe('missingEvidence', () => {
  it('asks nothing of milestones without an evidence kind', () => {
    expect(missingEvidence(milestone('a'))).toEqual([])
    expect(isDoneWithoutEvidence(milestone('a', { status: 'done' }))).toBe(false)
  })

  it('paper: needs one paper marked read', () => {
    expect(missingEvidence({ evidenceKind: 'paper' })).toEqual(['paper-read'])
    const toRead = ev({ papers: [paper({ readOn: null })] })
    expect(missingEvidence({ evidenceKind: 'paper', evidence: toRead })).toEqual(['paper-read'])
    const read = ev({ papers: [paper({ readOn: null }), paper({ id: 'p2' })] })
    expect(missingEvidence({ evidenceKind: 'paper', evidence: read })).toEqual([])
  })

  it('reproduction: needs paper, metric and both numbers', () => {
    const k = 'reproduction' as const
    expect(missingEvidence({ evidenceKind: k })).toEqual(['reproduction-numbers'])
    for (const patch of [{ reported: null }, { reproduced: null }, { metric: ' ' }])
      expect(
        missingEvidence({ evidenceKind: k, evidence: ev({ reproductions: [repro(patch)] }) }),
      ).toEqual(['reproduction-numbers'])
    expect(
      missingEvidence({ evidenceKind: k, evidence: ev({ reproductions: [repro()] }) }),
    ).toEqual([])
  })

  it('project: a link, a published date and an obstacle, each listed when missing', () => {
    const k = 'project' as const
    expect(missingEvidence({ evidenceKind: k })).toEqual([
      'project-link',
      'project-published',
      'project-obstacle',
    ])
    const bare = project({ repoUrl: null, demoUrl: null, publishedOn: null, obstacles: ['  '] })
    expect(missingEvidence({ evidenceKind: k, evidence: ev({ project: bare }) })).toHaveLength(3)
    const demoOnly = project({ repoUrl: null, demoUrl: 'https://demo.example.com' })
    expect(missingEvidence({ evidenceKind: k, evidence: ev({ project: demoOnly }) })).toEqual([])
    const unpublished = project({ publishedOn: null })
    expect(missingEvidence({ evidenceKind: k, evidence: ev({ project: unpublished }) })).toEqual([
      'project-published',
    ])
  })

  it('done without evidence only for done milestones of a kind', () => {
    expect(isDoneWithoutEvidence(milestone('a', { status: 'done', evidenceKind: 'paper' }))).toBe(
      true,
    )
    expect(
      isDoneWithoutEvidence(milestone('a', { status: 'in-progress', evidenceKind: 'paper' })),
    ).toBe(false)
    const proven = milestone('a', {
      status: 'done',
      evidenceKind: 'paper',
      evidence: ev({ papers: [paper()] }),
    })
    expect(isDoneWithoutEvidence(proven)).toBe(false)
  })
})

describe('reproductionGap', () => {
  it('higher is better: below the paper is behind', () => {
    expect(reproductionGap(76.1, 75.4, 'higher')).toEqual({
      absolute: -0.7,
      percent: expect.closeTo(-0.9198, 3),
      ahead: -0.7,
      aheadPercent: expect.closeTo(-0.9198, 3),
      reached: false,
    })
  })

  it('lower is better (error rate): a smaller number reaches the paper', () => {
    const g = reproductionGap(3.57, 3.2, 'lower')!
    expect(g.absolute).toBe(-0.37)
    expect(g.ahead).toBe(0.37)
    expect(g.reached).toBe(true)
    const worse = reproductionGap(3.57, 4, 'lower')!
    expect(worse.ahead).toBe(-0.43)
    expect(worse.reached).toBe(false)
  })

  it('equal numbers reach the paper with a zero gap', () => {
    for (const better of ['higher', 'lower'] as const)
      expect(reproductionGap(0.5, 0.5, better)).toEqual({
        absolute: 0,
        percent: 0,
        ahead: 0,
        aheadPercent: 0,
        reached: true,
      })
  })

  it('reported 0: no percentage, still a gap and a verdict', () => {
    expect(reproductionGap(0, 1.5, 'higher')).toMatchObject({
      absolute: 1.5,
      percent: null,
      aheadPercent: null,
      reached: true,
    })
    expect(reproductionGap(0, 1.5, 'lower')).toMatchObject({ ahead: -1.5, reached: false })
  })

  it('negative metrics: percent is of |reported| so the sign still means up or down', () => {
    // e.g. a log-likelihood of −80 reproduced as −84 (higher is better): behind by 5 %.
    const g = reproductionGap(-80, -84, 'higher')!
    expect(g.absolute).toBe(-4)
    expect(g.percent).toBe(-5)
    expect(g.reached).toBe(false)
    expect(reproductionGap(-80, -76, 'higher')).toMatchObject({ percent: 5, reached: true })
  })

  it('missing numbers: no gap', () => {
    expect(reproductionGap(null, 1, 'higher')).toBeNull()
    expect(reproductionGap(1, null, 'lower')).toBeNull()
  })

  it('reached exactly when ahead ≥ 0, and ahead flips with the direction', () => {
    const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    fc.assert(
      fc.property(num, num, (reported, reproduced) => {
        const hi = reproductionGap(reported, reproduced, 'higher')!
        const lo = reproductionGap(reported, reproduced, 'lower')!
        expect(hi.reached).toBe(hi.ahead >= 0)
        expect(lo.reached).toBe(lo.ahead >= 0)
        expect(hi.ahead).toBe(hi.absolute)
        expect(lo.ahead).toBe(hi.absolute === 0 ? 0 : -hi.absolute)
        if (reproduced > reported) expect(hi.reached && !lo.reached).toBe(true)
        if (reproduced < reported) expect(!hi.reached && lo.reached).toBe(true)
        expect(hi.percent === null).toBe(reported === 0)
      }),
    )
  })
})

describe('drafts', () => {
  it('reads numbers as typed, with a decimal comma; garbage is refused', () => {
    expect(parseMetric(' 76,5 ')).toBe(76.5)
    expect(parseMetric('-3')).toBe(-3)
    expect(parseMetric('')).toBeNull()
    expect(parseMetric('12abc')).toBeNaN()
    const bad = reproductionFromDraft(
      { ...reproductionDraft(), paper: 'X', reported: 'seventy' },
      'r1',
      '2026-01-01',
    )
    expect(bad).toEqual({ ok: false, fields: ['reported'] })
  })

  it('names each refused paper field', () => {
    const bad = paperFromDraft(
      { ...paperDraft(), title: ' ', year: '19x', url: 'javascript:alert(1)' },
      'p1',
    )
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.fields.sort()).toEqual(['title', 'url', 'year'])
    const good = paperFromDraft({ ...paperDraft(), title: ' ResNet ', year: '2016' }, 'p1')
    expect(good).toMatchObject({ ok: true, value: { title: 'ResNet', year: 2016, readOn: null } })
  })

  it('a project drops blank obstacles and round-trips through its draft', () => {
    const draft = { ...projectDraft(project()), obstacles: ['a', ' ', 'b'] }
    const result = projectFromDraft(draft)
    expect(result).toMatchObject({ ok: true, value: { obstacles: ['a', 'b'] } })
    expect(projectFromDraft(projectDraft(project()))).toEqual({ ok: true, value: project() })
    expect(projectFromDraft({ ...draft, demoUrl: 'ftp://x' })).toEqual({
      ok: false,
      fields: ['demoUrl'],
    })
  })

  it('keeps a project’s own name, cleaned, and stores none when it is left empty', () => {
    const draft = projectDraft(project())
    expect(draft.name).toBe('')
    expect(projectFromDraft(draft)).toEqual({ ok: true, value: project() })
    const named = projectFromDraft({ ...draft, name: '  Receipt OCR demo\u200b ' })
    expect(named).toEqual({ ok: true, value: { name: 'Receipt OCR demo', ...project() } })
    expect(projectDraft(named.ok ? named.value : null).name).toBe('Receipt OCR demo')
    expect(projectFromDraft({ ...draft, name: 'x'.repeat(201) })).toEqual({
      ok: false,
      fields: ['name'],
    })
  })
})

describe('editEvidence', () => {
  const base = roadmap([milestone('a'), milestone('b')])

  it('adds, updates and removes a paper without touching other milestones', () => {
    const added = editEvidence(base, 'a', { kind: 'put-paper', paper: paper() })
    expect(added.ok).toBe(true)
    if (!added.ok) return
    expect(added.roadmap.milestones[0]!.evidence?.papers).toEqual([paper()])
    expect(added.roadmap.milestones[1]).toBe(base.milestones[1])
    const updated = editEvidence(added.roadmap, 'a', {
      kind: 'put-paper',
      paper: paper({ venue: 'ICCV' }),
    })
    expect(updated.ok && updated.roadmap.milestones[0]!.evidence?.papers[0]!.venue).toBe('ICCV')
    const removed = editEvidence(updated.ok ? updated.roadmap : base, 'a', {
      kind: 'remove-paper',
      id: 'p1',
    })
    expect(removed.ok && removed.roadmap.milestones[0]!.evidence?.papers).toEqual([])
  })

  it('refuses what the schema rejects and changes nothing', () => {
    const bad = editEvidence(base, 'a', {
      kind: 'put-reproduction',
      reproduction: repro({ repoUrl: 'javascript:alert(1)' }),
    })
    expect(bad).toEqual({ ok: false, problem: 'invalid' })
    expect(editEvidence(base, 'zz', { kind: 'set-project', project: null })).toEqual({
      ok: false,
      problem: 'unknown-milestone',
    })
    expect(base.milestones[0]!.evidence).toBeUndefined()
  })

  it('sets and clears the evidence kind; a no-op returns the same roadmap', () => {
    const set = editEvidence(base, 'b', { kind: 'set-kind', evidenceKind: 'project' })
    expect(set.ok && set.roadmap.milestones[1]!.evidenceKind).toBe('project')
    const cleared = editEvidence(set.ok ? set.roadmap : base, 'b', {
      kind: 'set-kind',
      evidenceKind: null,
    })
    expect(cleared.ok && 'evidenceKind' in cleared.roadmap.milestones[1]!).toBe(false)
    expect(editEvidence(base, 'a', { kind: 'remove-paper', id: 'nope' })).toMatchObject({
      ok: true,
    })
    const same = editEvidence(base, 'a', { kind: 'set-kind', evidenceKind: null })
    expect(same.ok && same.roadmap).toBe(base)
  })
})
