import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countCrossings, layoutLayered, type LayoutInput, type LayoutResult } from '@/domain/layout'
import { anyDag, anyGraph, changedShare, denseCyclic, prng, roadmapLike } from './arbitraries'

function withNode(input: LayoutInput, id: string, edges: LayoutInput['edges']): LayoutInput {
  return {
    nodes: [...input.nodes, { id, width: 150, height: 40 }],
    edges: [...input.edges, ...edges],
  }
}

function orderOf(result: LayoutResult, layer: number): string[] {
  return result.nodes
    .filter((n) => n.layer === layer)
    .sort((a, b) => a.order - b.order)
    .map((n) => n.id)
}

describe('layoutLayered with a previous layout', () => {
  it('gives back the same drawing when nothing changed', () => {
    fc.assert(
      fc.property(anyGraph, (input) => {
        const first = layoutLayered(input)
        expect(layoutLayered(input, { previous: first })).toEqual(first)
      }),
      { numRuns: 80 },
    )
  })

  it('keeps every old node in place when an unconnected node is added', () => {
    const input = roadmapLike(120, 3)
    const before = layoutLayered(input)
    const after = layoutLayered(withNode(input, 'new', []), { previous: before })
    expect(changedShare(before, after)).toBe(0)
    expect(after.nodes.find((n) => n.id === 'new')?.layer).toBe(0)
  })

  it('moves few old nodes when one milestone is added (≤ 5 % on average)', () => {
    const shares: number[] = []
    for (let seed = 1; seed <= 12; seed++) {
      const rand = prng(seed)
      const input = roadmapLike(150, seed)
      const before = layoutLayered(input)
      const parent = before.nodes[Math.floor(rand() * before.nodes.length)]!
      const edges = [{ source: parent.id, target: 'new' }]
      const deeper = before.nodes.filter((n) => n.layer > parent.layer)
      if (seed % 2 === 0 && deeper.length > 0)
        edges.push({ source: 'new', target: deeper[Math.floor(rand() * deeper.length)]!.id })
      const after = layoutLayered(withNode(input, 'new', edges), { previous: before })
      shares.push(changedShare(before, after))
    }
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length
    expect(mean).toBeLessThanOrEqual(0.05)
  })

  it('keeps an order that costs no crossing, even if it is not the one it would pick', () => {
    const input: LayoutInput = {
      nodes: ['a1', 'a2', 'b1', 'b2'].map((id) => ({ id, width: 60, height: 20 })),
      edges: [
        { source: 'a1', target: 'a2' },
        { source: 'b1', target: 'b2' },
      ],
    }
    const fresh = layoutLayered(input)
    expect(orderOf(fresh, 0)).toEqual(['a1', 'b1'])
    // An earlier drawing had the b chain on the left.
    const swapped: LayoutResult = {
      ...fresh,
      nodes: fresh.nodes.map((n) => ({ ...n, x: n.id.startsWith('a') ? 500 : 100 })),
    }
    const r = layoutLayered(input, { previous: swapped })
    expect(orderOf(r, 0)).toEqual(['b1', 'a1'])
    expect(orderOf(r, 1)).toEqual(['b2', 'a2'])
  })

  it('gives up an old order when that removes crossings', () => {
    const input: LayoutInput = {
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, width: 60, height: 20 })),
      edges: [
        { source: 'a', target: 'c' },
        { source: 'b', target: 'd' },
      ],
    }
    const crossed: LayoutResult = {
      nodes: [
        { id: 'a', x: 0, y: 0, layer: 0, order: 0 },
        { id: 'b', x: 100, y: 0, layer: 0, order: 1 },
        { id: 'd', x: 0, y: 100, layer: 1, order: 0 },
        { id: 'c', x: 100, y: 100, layer: 1, order: 1 },
      ],
      edges: [],
      width: 160,
      height: 120,
    }
    expect(countCrossings(layoutLayered(input, { previous: crossed }))).toBe(0)
  })

  it('keeps old layers and moves as few nodes as it must to fit a new one in between', () => {
    // a → b → c in consecutive layers; the new node must sit between a and b.
    const input: LayoutInput = {
      nodes: ['a', 'b', 'c'].map((id) => ({ id, width: 60, height: 20 })),
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ],
    }
    const before = layoutLayered(input)
    const after = layoutLayered(
      withNode(input, 'x', [
        { source: 'a', target: 'x' },
        { source: 'x', target: 'b' },
      ]),
      { previous: before },
    )
    const layer = Object.fromEntries(after.nodes.map((n) => [n.id, n.layer]))
    expect(layer).toEqual({ a: 0, x: 1, b: 2, c: 3 })
  })

  it('keeps layers when a node is removed', () => {
    const input = roadmapLike(80, 11)
    const before = layoutLayered(input)
    const sinks = input.nodes.filter((n) => !input.edges.some((e) => e.source === n.id))
    const gone = sinks[sinks.length - 1]!.id
    const smaller: LayoutInput = {
      nodes: input.nodes.filter((n) => n.id !== gone),
      edges: input.edges.filter((e) => e.target !== gone),
    }
    const after = layoutLayered(smaller, { previous: before })
    const was = new Map(before.nodes.map((n) => [n.id, n.layer]))
    for (const n of after.nodes) expect(n.layer).toBe(was.get(n.id))
  })

  it('keeps the cycle breaking of an earlier drawing, on dense cyclic graphs too', () => {
    fc.assert(
      fc.property(denseCyclic, (input) => {
        const before = layoutLayered(input, { direction: 'LR', nodeGap: 14 })
        const after = layoutLayered(input, { previous: before })
        const layer = new Map(after.nodes.map((n) => [n.id, n.layer]))
        const was = new Map(before.nodes.map((n) => [n.id, n.layer]))
        for (const e of after.edges) {
          expect(layer.get(e.source)).not.toBe(layer.get(e.target))
          expect(e.points).toHaveLength(Math.abs(layer.get(e.target)! - layer.get(e.source)!) + 1)
        }
        // The same graph: every node keeps its layer.
        for (const n of after.nodes) expect(n.layer).toBe(was.get(n.id))
      }),
      { numRuns: 40 },
    )
  })

  it('survives a previous layout that is nonsense', () => {
    const junk = fc.record({
      nodes: fc.array(
        fc.record({
          id: fc.integer({ min: 0, max: 30 }).map((i) => `n${i}`),
          x: fc.double(),
          y: fc.double(),
          layer: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(1e9), fc.double()),
          order: fc.integer(),
        }),
        { maxLength: 30 },
      ),
      edges: fc.constant<LayoutResult['edges']>([]),
      width: fc.constant(0),
      height: fc.constant(0),
    })
    fc.assert(
      fc.property(anyDag, junk, (input, previous) => {
        const r = layoutLayered(input, { previous })
        const layer = new Map(r.nodes.map((n) => [n.id, n.layer]))
        for (const e of r.edges) expect(layer.get(e.target)!).toBeGreaterThan(layer.get(e.source)!)
        expect(Math.max(0, ...r.nodes.map((n) => n.layer))).toBeLessThan(2 * input.nodes.length)
      }),
      { numRuns: 100 },
    )
  })
})
