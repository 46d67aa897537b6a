import { describe, expect, it } from 'vitest'
import { CARD_HEIGHT, CARD_WIDTH } from '@/domain/graphGeometry'
import {
  freeSpot,
  layoutFromPositions,
  layoutInput,
  layoutRoadmap,
  placeUnplaced,
  resolvePositions,
} from '@/domain/graphLayout'
import { chain, milestone, roadmap } from '../helpers'

describe('card positions', () => {
  it('names all a layout depends on: equal inputs for equal layouts, others for any change', () => {
    const r = chain()
    expect(layoutInput(chain({ a: 'done' }))).toBe(layoutInput(r))
    const other = [
      roadmap(r.milestones, [...r.edges, { from: 'c', to: 'd' }]),
      roadmap(r.milestones, r.edges.slice(1)),
      roadmap([...r.milestones].reverse(), r.edges),
      roadmap([...r.milestones, milestone('e')], r.edges),
    ]
    for (const o of other) expect(layoutInput(o)).not.toBe(layoutInput(r))
    // Roadmaps with equal inputs get equal layouts.
    const moved = chain({ b: 'in-progress' })
    expect(layoutRoadmap(moved)).toEqual(layoutRoadmap(r))
  })

  it('lays out a roadmap left to right, prerequisites first, deterministically', () => {
    const r = chain()
    const a = layoutRoadmap(r)
    const x = new Map(a.nodes.map((n) => [n.id, n.x]))
    expect(x.get('a')!).toBeLessThan(x.get('b')!)
    expect(x.get('b')!).toBeLessThan(x.get('c')!)
    expect(layoutRoadmap(r)).toEqual(a)
  })

  it('keeps stored positions and lays out only when something lacks one', () => {
    const placed = roadmap([milestone('a', { position: { x: 1, y: 2 } })])
    let calls = 0
    const positions = resolvePositions(placed, () => {
      calls++
      return layoutRoadmap(placed)
    })
    expect(positions.get('a')).toEqual({ x: 1, y: 2 })
    expect(calls).toBe(0)
    const mixed = roadmap([milestone('a', { position: { x: 1, y: 2 } }), milestone('b')])
    expect(resolvePositions(mixed, () => layoutRoadmap(mixed)).get('b')).toBeDefined()
  })

  it('turns hand-placed cards into a previous layout (layer by prerequisites, order top to bottom)', () => {
    const r = chain()
    const prev = layoutFromPositions(
      r,
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 300, y: 0 }],
        ['c', { x: 600, y: 0 }],
        ['d', { x: 0, y: 100 }],
      ]),
    )
    const byId = new Map(prev.nodes.map((n) => [n.id, n]))
    expect([byId.get('a')!.layer, byId.get('b')!.layer, byId.get('c')!.layer]).toEqual([0, 1, 2])
    expect(byId.get('d')!.order).toBe(1)
    const again = layoutRoadmap(r, prev)
    expect(again.nodes).toHaveLength(4)
  })

  it('finds a free spot for a new card below the ones in the way', () => {
    const taken = [
      { x: 0, y: 0 },
      { x: 0, y: CARD_HEIGHT + 16 },
    ]
    const spot = freeSpot({ x: 10, y: 5 }, taken)
    for (const t of taken)
      expect(
        Math.abs(t.x - spot.x) >= CARD_WIDTH + 8 || Math.abs(t.y - spot.y) >= CARD_HEIGHT + 8,
      ).toBe(true)
  })

  it('places unplaced cards after their placed prerequisite, clear of every card', () => {
    const r = roadmap(
      [
        milestone('a', { position: { x: 500, y: 300 } }),
        milestone('b'),
        milestone('c', { position: { x: 500 + CARD_WIDTH + 72, y: 300 } }),
      ],
      [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
      ],
    )
    const placed = placeUnplaced(r)
    const b = placed.get('b')!
    expect([...placed.keys()]).toEqual(['b'])
    expect(b.x).toBe(500 + CARD_WIDTH + 72) // one layer after a, where c already is…
    expect(Math.abs(b.y - 300)).toBeGreaterThanOrEqual(CARD_HEIGHT) // …so below it, not on it
    expect(placeUnplaced(chain()).size).toBe(0) // nothing placed: laid out on the fly
    expect(placeUnplaced(roadmap([milestone('a', { position: { x: 0, y: 0 } })])).size).toBe(0)
  })
})
