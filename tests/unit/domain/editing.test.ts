import { describe, expect, it } from 'vitest'
import {
  checkEstimate,
  checkLink,
  checkTitle,
  createMilestone,
  editMilestone,
  placeMilestones,
  removeMilestones,
  setStatuses,
} from '@/domain/editing'
import { parseWith, RoadmapSchema } from '@/domain/schema'
import { chain, milestone, roadmap } from '../helpers'

const NOW = new Date('2026-02-01T00:00:00.000Z')
const ID = '0b9f3a52-6c1e-4a57-9d0e-2f0c9a1b7e44'

describe('field checks', () => {
  it('titles are trimmed, non-empty and at most 200 characters', () => {
    expect(checkTitle('  Ship it ')).toEqual({ ok: true, value: 'Ship it' })
    expect(checkTitle('   ')).toEqual({ ok: false, problem: 'title-empty' })
    expect(checkTitle('x'.repeat(201))).toEqual({ ok: false, problem: 'title-too-long' })
    expect(checkTitle('x'.repeat(200)).ok).toBe(true)
  })

  it('estimates are 0 to 10,000 hours', () => {
    expect(checkEstimate('12.5')).toEqual({ ok: true, value: 12.5 })
    expect(checkEstimate('0')).toEqual({ ok: true, value: 0 })
    expect(checkEstimate('3,5')).toEqual({ ok: true, value: 3.5 })
    for (const bad of ['', '-1', '10001', 'ten', 'Infinity'])
      expect(checkEstimate(bad), bad).toEqual({ ok: false, problem: 'estimate-invalid' })
  })

  it('links must be http, https or mailto', () => {
    expect(checkLink(' Docs ', ' https://example.com/a ')).toEqual({
      ok: true,
      value: { label: 'Docs', url: 'https://example.com/a' },
    })
    expect(checkLink('', 'mailto:me@example.com').ok).toBe(true)
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'example.com', 'ftp://x.org'])
      expect(checkLink('x', bad), bad).toEqual({ ok: false, problem: 'link-invalid' })
  })
})

describe('createMilestone', () => {
  it('stores the title in the UI language and leaves the other side empty', () => {
    const result = createMilestone(
      chain(),
      { title: ' 논문 읽기 ', track: 'ml', estimateHours: '8' },
      ID,
      'ko',
      NOW,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.milestone).toMatchObject({
      id: ID,
      title: { ko: '논문 읽기', en: '' },
      estimateHours: 8,
      status: 'todo',
    })
    expect(result.roadmap.milestones).toHaveLength(5)
    expect(parseWith(RoadmapSchema, result.roadmap).ok).toBe(true)
  })

  it('refuses bad input and names the field, writing nothing', () => {
    const r = chain()
    expect(createMilestone(r, { title: '', track: 'ml', estimateHours: 1 }, ID, 'en')).toEqual({
      ok: false,
      field: 'title',
      problem: 'title-empty',
    })
    expect(
      createMilestone(r, { title: 'A', track: 'ml', estimateHours: '99999' }, ID, 'en'),
    ).toEqual({
      ok: false,
      field: 'estimate',
      problem: 'estimate-invalid',
    })
    const unknownTrack = createMilestone(
      r,
      { title: 'A', track: 'nope', estimateHours: 1 },
      ID,
      'en',
    )
    expect(unknownTrack.ok).toBe(false)
    expect(unknownTrack.ok === false && unknownTrack.field).toBe('graph')
  })

  it('keeps a given position', () => {
    const result = createMilestone(
      chain(),
      { title: 'A', track: 'ml', estimateHours: 1, position: { x: 5, y: 6 } },
      ID,
      'en',
    )
    expect(result.ok && result.milestone.position).toEqual({ x: 5, y: 6 })
  })
})

describe('edits for many milestones at once', () => {
  it('sets one status for a selection in one new roadmap', () => {
    const r = chain()
    const result = setStatuses(r, ['a', 'b'], 'done', NOW)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.roadmap.milestones.map((m) => m.status)).toEqual(['done', 'done', 'todo', 'todo'])
    expect(r.milestones[0]!.status).toBe('todo')
    expect(
      setStatuses(result.roadmap, ['a'], 'done').ok && setStatuses(result.roadmap, ['a'], 'done'),
    ).toMatchObject({ roadmap: result.roadmap })
    expect(setStatuses(r, ['zz'], 'done').ok).toBe(false)
  })

  it('sets a status and stamps the change time', () => {
    const now = new Date('2026-05-05T10:00:00Z')
    const r = setStatuses(chain(), ['a'], 'done', now)
    expect(r.ok && r.roadmap.milestones[0]).toMatchObject({ id: 'a', status: 'done' })
    expect(r.ok && r.roadmap.updatedAt).toBe(now.toISOString())
    expect(r.ok && r.roadmap.milestones[0]!.statusChangedAt).toBe(now.toISOString())
  })

  it('keeps the status-change stamp when the status does not change', () => {
    const first = setStatuses(chain(), ['a'], 'in-progress', new Date('2026-05-01T00:00:00Z'))
    if (!first.ok) throw new Error('setStatuses failed')
    const again = setStatuses(first.roadmap, ['a'], 'in-progress', new Date('2026-05-09T00:00:00Z'))
    expect(again.ok && again.roadmap.milestones[0]!.statusChangedAt).toBe(
      '2026-05-01T00:00:00.000Z',
    )
  })

  it('places cards, rounding, and returns the same roadmap when nothing moves', () => {
    const r = chain()
    const placed = placeMilestones(
      r,
      new Map([
        ['a', { x: 1.234, y: 2.25 }],
        ['zz', { x: 0, y: 0 }],
      ]),
      NOW,
    )
    expect(placed.milestones[0]!.position).toEqual({ x: 1.2, y: 2.3 })
    expect(placeMilestones(placed, new Map([['a', { x: 1.2, y: 2.3 }]]))).toBe(placed)
    expect(placeMilestones(r, new Map([['a', { x: NaN, y: 1 }]]))).toBe(r)
  })

  it('removes several milestones with their edges and choice-group places', () => {
    const r = roadmap(
      [
        milestone('a'),
        milestone('b', { choiceGroup: 'g' }),
        milestone('c', { choiceGroup: 'g' }),
        milestone('d', { choiceGroup: 'g' }),
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
      ],
      {
        choiceGroups: [
          {
            id: 'g',
            question: 'backend',
            title: { ko: 'g', en: 'g' },
            options: ['b', 'c', 'd'],
            chosen: 'b',
            mentorPick: 'c',
            reason: { ko: 'r', en: 'r' },
            advice: [],
          },
        ],
      },
    )
    const next = removeMilestones(r, ['b', 'c'], NOW)
    expect(next.milestones.map((m) => m.id)).toEqual(['a', 'd'])
    expect(next.edges).toEqual([])
    expect(next.choiceGroups).toEqual([])
  })
})

describe('editMilestone', () => {
  it('changes only the current language of the title', () => {
    const result = editMilestone(chain(), 'a', { field: 'title', locale: 'en', text: 'New' }, NOW)
    expect(result.ok && result.roadmap.milestones[0]!.title).toEqual({ ko: 'a 제목', en: 'New' })
  })

  it('refuses invalid values and leaves the roadmap alone', () => {
    const r = chain()
    expect(editMilestone(r, 'a', { field: 'estimate', text: '-3' })).toEqual({
      ok: false,
      problem: 'estimate-invalid',
    })
    expect(editMilestone(r, 'a', { field: 'title', locale: 'en', text: ' ' })).toEqual({
      ok: false,
      problem: 'title-empty',
    })
    expect(
      editMilestone(r, 'a', {
        field: 'links',
        links: [{ label: 'x', url: 'javascript:alert(1)' }],
      }),
    ).toEqual({
      ok: false,
      problem: 'link-invalid',
    })
    expect(editMilestone(r, 'a', { field: 'notes', text: 'x'.repeat(20_001) })).toEqual({
      ok: false,
      problem: 'notes-too-long',
    })
  })

  it('returns the same roadmap for an edit that changes nothing', () => {
    const r = chain()
    const same = editMilestone(r, 'a', { field: 'estimate', text: '10' })
    expect(same.ok && same.roadmap).toBe(r)
  })
})
