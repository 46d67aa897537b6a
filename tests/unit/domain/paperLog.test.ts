import { describe, expect, it } from 'vitest'
import { countsByMonth, filterLog, NO_FILTER, paperLog, venuesOf, yearsOf } from '@/domain/paperLog'
import type { Paper, Reproduction } from '@/domain/schema'
import { milestone, roadmap } from '../helpers'

const paper = (id: string, patch: Partial<Paper> = {}): Paper => ({
  id,
  title: `Paper ${id}`,
  venue: 'CVPR',
  year: 2016,
  url: null,
  takeaway: '',
  readOn: null,
  ...patch,
})
const repro = (id: string, patch: Partial<Reproduction> = {}): Reproduction => ({
  id,
  paper: 'Paper p1',
  metric: 'acc',
  better: 'higher',
  reported: 80,
  reproduced: 79,
  framework: null,
  repoUrl: null,
  updatedOn: null,
  ...patch,
})

const r = roadmap([
  milestone('a', {
    evidence: {
      papers: [
        paper('p1', { readOn: '2026-01-15' }),
        paper('p2', { venue: 'NeurIPS', year: 2017, readOn: '2026-03-01' }),
      ],
      reproductions: [],
      project: null,
    },
  }),
  milestone('b'),
  milestone('c', {
    evidence: {
      papers: [paper('p3', { venue: 'cvpr', year: null })],
      reproductions: [
        repro('r1', { updatedOn: '2026-01-20' }),
        repro('r2', { paper: 'unknown', reproduced: 81, updatedOn: '2026-03-02' }),
        repro('r3', { reported: null }),
      ],
      project: null,
    },
  }),
])

describe('paper log', () => {
  const log = paperLog(r)

  it('gathers papers and reproductions with their milestone', () => {
    expect(log.papers.map((p) => [p.paper.id, p.milestoneId])).toEqual([
      ['p1', 'a'],
      ['p2', 'a'],
      ['p3', 'c'],
    ])
    expect(log.reproductions.map((x) => [x.reproduction.id, x.milestoneId, x.status])).toEqual([
      ['r1', 'c', 'not-yet'],
      ['r2', 'c', 'reached'],
      ['r3', 'c', 'no-numbers'],
    ])
    expect(log.reproductions[0]).toMatchObject({ venue: 'CVPR', year: 2016 })
    expect(log.reproductions[1]).toMatchObject({ venue: '', year: null })
  })

  it('filters by venue (any case), year and status', () => {
    const cvpr = filterLog(log, { ...NO_FILTER, venue: 'Cvpr' })
    expect(cvpr.papers.map((p) => p.paper.id)).toEqual(['p1', 'p3'])
    expect(cvpr.reproductions.map((x) => x.reproduction.id)).toEqual(['r1', 'r3'])
    expect(filterLog(log, { ...NO_FILTER, year: 2017 }).papers.map((p) => p.paper.id)).toEqual([
      'p2',
    ])
    expect(
      filterLog(log, { ...NO_FILTER, paperStatus: 'to-read' }).papers.map((p) => p.paper.id),
    ).toEqual(['p3'])
    expect(
      filterLog(log, { ...NO_FILTER, reproductionStatus: 'reached' }).reproductions.map(
        (x) => x.reproduction.id,
      ),
    ).toEqual(['r2'])
  })

  it('offers each venue once and years newest first', () => {
    expect(venuesOf(log)).toEqual(['CVPR', 'NeurIPS'])
    expect(yearsOf(log)).toEqual([2017, 2016])
  })

  it('counts per month with empty months filled and undated items left out', () => {
    expect(countsByMonth(log)).toEqual([
      { month: '2026-01', papers: 1, reproductions: 1 },
      { month: '2026-02', papers: 0, reproductions: 0 },
      { month: '2026-03', papers: 1, reproductions: 1 },
    ])
    expect(countsByMonth(paperLog(roadmap([milestone('x')])))).toEqual([])
  })

  it('counts across a year boundary', () => {
    const months = countsByMonth(
      paperLog(
        roadmap([
          milestone('a', {
            evidence: {
              papers: [
                paper('p1', { readOn: '2025-11-30' }),
                paper('p2', { readOn: '2026-02-01' }),
              ],
              reproductions: [],
              project: null,
            },
          }),
        ]),
      ),
    )
    expect(months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })
})
