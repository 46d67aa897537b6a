import { describe, expect, it } from 'vitest'
import { editEvidence, type EvidenceEdit } from '@/domain/evidence'
import { exportRoadmap, parseImportFile } from '@/domain/import'
import type { Roadmap } from '@/domain/schema'
import { milestone, roadmap } from '../helpers'

describe('evidence in exports', () => {
  it('papers, reproductions, the project and the kind survive export → import', () => {
    let r: Roadmap = roadmap([milestone('a', { status: 'done' }), milestone('b')])
    const edits: EvidenceEdit[] = [
      { kind: 'set-kind', evidenceKind: 'reproduction' },
      {
        kind: 'put-paper',
        paper: {
          id: 'p1',
          title: '어텐션 <script>',
          venue: 'NeurIPS',
          year: 2017,
          url: 'https://arxiv.org/abs/1706.03762',
          takeaway: 'Self-attention only.',
          readOn: '2026-02-03',
        },
      },
      {
        kind: 'put-reproduction',
        reproduction: {
          id: 'r1',
          paper: '어텐션 <script>',
          metric: 'BLEU',
          better: 'higher',
          reported: 28.4,
          reproduced: -0.5,
          framework: 'tensorflow',
          repoUrl: 'https://github.com/me/t',
          updatedOn: '2026-02-10',
        },
      },
      {
        kind: 'set-project',
        project: {
          summary: 'Translator demo',
          stack: 'TF, Flask',
          repoUrl: null,
          demoUrl: 'https://demo.example.com',
          tool: 'dash',
          publishedOn: '2026-03-01',
          obstacles: ['Tokenizer mismatch', '배포 시 메모리 부족'],
        },
      },
    ]
    for (const edit of edits) {
      const result = editEvidence(r, 'a', edit)
      if (!result.ok) throw new Error(result.problem)
      r = result.roadmap
    }
    const parsed = parseImportFile(JSON.stringify(exportRoadmap(r, null)))
    expect(parsed).toMatchObject({ ok: true, kind: 'roadmap' })
    if (!parsed.ok || parsed.kind !== 'roadmap') return
    expect(parsed.value.roadmap.milestones[0]).toEqual(r.milestones[0])
    expect(parsed.value.roadmap.milestones[0]!.evidence?.project?.obstacles).toHaveLength(2)
    expect(parsed.value.roadmap.milestones[0]!.evidenceKind).toBe('reproduction')
  })
})
