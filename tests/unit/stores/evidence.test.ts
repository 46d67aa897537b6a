import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { paperDraft, projectDraft, reproductionDraft } from '@/domain/evidence'
import { useRoadmapStore } from '@/stores/roadmap'
import { milestone, roadmap } from '../helpers'

describe('roadmap store: evidence', () => {
  beforeEach(() => setActivePinia(createPinia()))

  function store() {
    const s = useRoadmapStore()
    s.hydrate({ roadmaps: [roadmap([milestone('a'), milestone('b')])], activeRoadmapId: 'r1' })
    return s
  }
  const evidenceOf = (s: ReturnType<typeof useRoadmapStore>, id: string) =>
    s.milestoneById.get(id)?.evidence

  it('each edit is one undo step', () => {
    const s = store()
    expect(s.setEvidenceKind('a', 'paper')).toEqual({ ok: true })
    const added = s.savePaper('a', { ...paperDraft(), title: 'ResNet', readOn: '2026-01-02' })
    expect(added.ok).toBe(true)
    const id = added.ok ? added.id! : ''
    expect(s.savePaper('a', { ...paperDraft(), title: 'ResNet v2' }, id).ok).toBe(true)
    expect(evidenceOf(s, 'a')?.papers.map((p) => p.title)).toEqual(['ResNet v2'])
    s.undo()
    expect(evidenceOf(s, 'a')?.papers.map((p) => p.title)).toEqual(['ResNet'])
    s.undo()
    expect(evidenceOf(s, 'a')).toBeUndefined()
    s.undo()
    expect(s.milestoneById.get('a')?.evidenceKind).toBeUndefined()
  })

  it('a reproduction is stamped with the day it was saved', () => {
    const s = store()
    const draft = {
      ...reproductionDraft(),
      paper: 'ResNet',
      metric: 'acc',
      reported: '76.1',
      reproduced: '75',
    }
    expect(s.saveReproduction('b', draft, undefined, '2026-05-06').ok).toBe(true)
    expect(evidenceOf(s, 'b')?.reproductions[0]).toMatchObject({
      reported: 76.1,
      reproduced: 75,
      updatedOn: '2026-05-06',
    })
    const id = evidenceOf(s, 'b')!.reproductions[0]!.id
    expect(s.removeReproduction('b', id)).toEqual({ ok: true })
    expect(evidenceOf(s, 'b')?.reproductions).toEqual([])
  })

  it('invalid input is refused with its fields and writes nothing', () => {
    const s = store()
    const before = s.active
    expect(s.savePaper('a', { ...paperDraft(), title: '', url: 'javascript:1' })).toEqual({
      ok: false,
      fields: ['title', 'url'],
    })
    expect(s.saveProject('a', { ...projectDraft(), demoUrl: 'not a url' })).toEqual({
      ok: false,
      fields: ['demoUrl'],
    })
    expect(s.savePaper('zz', { ...paperDraft(), title: 'x' })).toEqual({
      ok: false,
      problem: 'unknown-milestone',
    })
    expect(s.active).toBe(before)
    expect(s.canUndo).toBe(false)
  })

  it('sets and clears the project', () => {
    const s = store()
    const draft = {
      ...projectDraft(),
      summary: 'Demo',
      demoUrl: 'https://d.example.com',
      obstacles: ['slow'],
    }
    expect(s.saveProject('a', draft)).toEqual({ ok: true })
    expect(evidenceOf(s, 'a')?.project?.obstacles).toEqual(['slow'])
    expect(s.saveProject('a', null)).toEqual({ ok: true })
    expect(evidenceOf(s, 'a')?.project).toBeNull()
  })
})
