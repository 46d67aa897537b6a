import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  countCrossings,
  layoutLayered,
  type LayoutInput,
  type LayoutOptions,
  type LayoutResult,
} from '@/domain/layout'
import { anyDag, anyGraph, cleaned, denseCyclic, roadmapLike } from './arbitraries'

const EPS = 1e-6

function sizes(input: LayoutInput): Map<string, { width: number; height: number }> {
  const out = new Map<string, { width: number; height: number }>()
  for (const n of input.nodes) if (!out.has(n.id)) out.set(n.id, n)
  return out
}

/** Nodes of one layer, in order, keep at least `gap` between their boxes along the layer. */
function expectNoOverlap(input: LayoutInput, result: LayoutResult, options: LayoutOptions): void {
  const tb = options.direction !== 'LR'
  const gap = options.nodeGap ?? 30
  const size = sizes(input)
  const layers = new Map<number, LayoutResult['nodes']>()
  for (const n of result.nodes) layers.set(n.layer, [...(layers.get(n.layer) ?? []), n])
  for (const list of layers.values()) {
    list.sort((a, b) => a.order - b.order)
    expect(list.map((n) => n.order)).toEqual(list.map((_, i) => i))
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!
      const b = list[i]!
      const ea = tb ? size.get(a.id)!.width : size.get(a.id)!.height
      const eb = tb ? size.get(b.id)!.width : size.get(b.id)!.height
      const pa = tb ? a.x : a.y
      const pb = tb ? b.x : b.y
      expect(pb - eb / 2 - (pa + ea / 2)).toBeGreaterThanOrEqual(gap - EPS)
    }
  }
  // Boxes of different layers do not overlap either (layers are stacked bands).
  const nodes = result.nodes
  for (const a of nodes)
    for (const b of nodes) {
      if (a.layer >= b.layer) continue
      const ca = tb ? a.y + size.get(a.id)!.height / 2 : a.x + size.get(a.id)!.width / 2
      const cb = tb ? b.y - size.get(b.id)!.height / 2 : b.x - size.get(b.id)!.width / 2
      expect(cb).toBeGreaterThan(ca - EPS)
    }
}

/** Every edge runs monotonically across the layers, with one bend per layer crossed. */
function expectLayered(result: LayoutResult, options: LayoutOptions): number {
  const tb = options.direction !== 'LR'
  const node = new Map(result.nodes.map((n) => [n.id, n]))
  const lineOf = new Map(result.nodes.map((n) => [n.layer, tb ? n.y : n.x]))
  let upward = 0
  for (const e of result.edges) {
    const s = node.get(e.source)!
    const t = node.get(e.target)!
    expect(s.layer).not.toBe(t.layer)
    const span = Math.abs(t.layer - s.layer)
    expect(e.points).toHaveLength(span + 1)
    const across = e.points.map((p) => (tb ? p.y : p.x))
    const down = t.layer > s.layer
    if (!down) upward++
    for (let i = 1; i < across.length; i++) {
      if (down) expect(across[i]!).toBeGreaterThan(across[i - 1]!)
      else expect(across[i]!).toBeLessThan(across[i - 1]!)
    }
    // Bends sit on the centre line of each intermediate layer.
    for (let i = 1; i < e.points.length - 1; i++) {
      const layer = s.layer + (down ? i : -i)
      const line = lineOf.get(layer)
      if (line !== undefined) expect(across[i]!).toBeCloseTo(line, 6)
    }
    // Ends sit on the border of their nodes, in line with the centre.
    const first = e.points[0]!
    const last = e.points[e.points.length - 1]!
    expect(tb ? first.x : first.y).toBeCloseTo(tb ? s.x : s.y, 6)
    expect(tb ? last.x : last.y).toBeCloseTo(tb ? t.x : t.y, 6)
  }
  return upward
}

function expectWithinBounds(result: LayoutResult, input: LayoutInput): void {
  const size = sizes(input)
  for (const n of result.nodes) {
    const s = size.get(n.id)!
    expect(n.x - s.width / 2).toBeGreaterThanOrEqual(-EPS)
    expect(n.y - s.height / 2).toBeGreaterThanOrEqual(-EPS)
    expect(n.x + s.width / 2).toBeLessThanOrEqual(result.width + EPS)
    expect(n.y + s.height / 2).toBeLessThanOrEqual(result.height + EPS)
  }
}

describe('layoutLayered', () => {
  it('lays out nothing as an empty drawing', () => {
    expect(layoutLayered({ nodes: [], edges: [] })).toEqual({
      nodes: [],
      edges: [],
      width: 0,
      height: 0,
    })
  })

  it('puts one node at the origin corner', () => {
    const r = layoutLayered({ nodes: [{ id: 'a', width: 150, height: 40 }], edges: [] })
    expect(r).toEqual({
      nodes: [{ id: 'a', x: 75, y: 20, layer: 0, order: 0 }],
      edges: [],
      width: 150,
      height: 40,
    })
  })

  it('draws a chain straight down and a long edge through its own bends', () => {
    const input: LayoutInput = {
      nodes: ['a', 'b', 'c'].map((id) => ({ id, width: 100, height: 40 })),
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'a', target: 'c' },
      ],
    }
    const r = layoutLayered(input, { nodeGap: 20, layerGap: 50 })
    expect(r.nodes.map((n) => [n.id, n.layer])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ])
    const long = r.edges.find((e) => e.source === 'a' && e.target === 'c')!
    expect(long.points).toHaveLength(3)
    const b = r.nodes[1]!
    expect(long.points[1]!.y).toBe(b.y)
    expect(Math.abs(long.points[1]!.x - b.x)).toBeGreaterThanOrEqual(50 + 10 - EPS)
    expect(countCrossings(r)).toBe(0)
    expect(r.height).toBe(3 * 40 + 2 * 50)
  })

  it('keeps the input order of nodes and edges, drops what it ignores', () => {
    const r = layoutLayered({
      nodes: [
        { id: 'b', width: 10, height: 10 },
        { id: 'a', width: 10, height: 10 },
        { id: 'b', width: 99, height: 99 },
      ],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'a' },
        { source: 'a', target: 'zz' },
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
      ],
    })
    expect(r.nodes.map((n) => n.id)).toEqual(['b', 'a'])
    expect(r.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['a>b', 'b>a'])
  })

  it('has no overlaps, and edges run down layer by layer (TB) on any graph', () => {
    fc.assert(
      fc.property(anyGraph, fc.integer({ min: 0, max: 60 }), (input, nodeGap) => {
        const options: LayoutOptions = { nodeGap, layerGap: 40 }
        const r = layoutLayered(input, options)
        expect(r.nodes).toHaveLength(new Set(input.nodes.map((n) => n.id)).size)
        expect(r.edges).toHaveLength(cleaned(input).edges.length)
        expectNoOverlap(input, r, options)
        expectLayered(r, options)
        expectWithinBounds(r, input)
      }),
      { numRuns: 150 },
    )
  })

  it('sends every edge of a DAG downward (TB) and rightward (LR)', () => {
    fc.assert(
      fc.property(anyDag, fc.constantFrom<'TB' | 'LR'>('TB', 'LR'), (input, direction) => {
        const options: LayoutOptions = { direction, nodeGap: 25 }
        const r = layoutLayered(input, options)
        expect(expectLayered(r, options)).toBe(0)
        expectNoOverlap(input, r, options)
        expectWithinBounds(r, input)
      }),
      { numRuns: 150 },
    )
  })

  it('breaks cycles, dense ones too, reversing at most half of the edges', () => {
    fc.assert(
      fc.property(
        denseCyclic,
        fc.constantFrom<'fast' | 'best'>('fast', 'best'),
        (input, quality) => {
          const r = layoutLayered(input, { quality })
          const upward = expectLayered(r, {})
          expect(upward).toBeLessThanOrEqual(r.edges.length / 2)
          expectNoOverlap(input, r, {})
        },
      ),
      { numRuns: 40 },
    )
  })

  it('reverses one edge of a cycle and none of the edges leading into or out of it', () => {
    const r = layoutLayered({
      nodes: ['in', 'a', 'b', 'c', 'out'].map((id) => ({ id, width: 50, height: 20 })),
      edges: [
        { source: 'in', target: 'a' },
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'a' },
        { source: 'c', target: 'out' },
      ],
    })
    const layer = new Map(r.nodes.map((n) => [n.id, n.layer]))
    const up = r.edges.filter((e) => layer.get(e.target)! < layer.get(e.source)!)
    expect(up).toHaveLength(1)
    expect(up[0]!.source === 'in' || up[0]!.target === 'out').toBe(false)
    // The reversed edge still runs from its source to its target.
    const back = up[0]!
    const first = back.points[0]!
    const node = r.nodes.find((n) => n.id === back.source)!
    expect(first.x).toBeCloseTo(node.x, 6)
    expect(first.y).toBeLessThan(node.y)
  })

  it('lays out a complete digraph on 40 nodes without stalling', () => {
    const n = 40
    const input: LayoutInput = {
      nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 40, height: 20 })),
      edges: [],
    }
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++)
        if (a !== b) input.edges.push({ source: `n${a}`, target: `n${b}` })
    const r = layoutLayered(input)
    expect(new Set(r.nodes.map((x) => x.layer)).size).toBe(n)
    expect(expectLayered(r, {})).toBe((n * (n - 1)) / 2)
  })

  it('is deterministic: the same input gives the same drawing', () => {
    fc.assert(
      fc.property(anyGraph, (input) => {
        const copy = structuredClone(input)
        expect(layoutLayered(copy)).toEqual(layoutLayered(input))
        expect(layoutLayered(input, { quality: 'fast' })).toEqual(
          layoutLayered(input, { quality: 'fast' }),
        )
      }),
      { numRuns: 60 },
    )
  })

  it('ignores self-loops, repeated edges and unknown ids', () => {
    fc.assert(
      fc.property(anyGraph, (input) => {
        expect(layoutLayered(input)).toEqual(layoutLayered(cleaned(input)))
      }),
      { numRuns: 60 },
    )
  })

  it('does not change its input', () => {
    fc.assert(
      fc.property(anyGraph, (input) => {
        const before = structuredClone(input)
        layoutLayered(input, { previous: layoutLayered(input) })
        expect(input).toEqual(before)
      }),
      { numRuns: 30 },
    )
  })

  it('draws a roadmap with no more crossings in best quality than in fast', () => {
    const input = roadmapLike(300, 7)
    const best = layoutLayered(input)
    const fast = layoutLayered(input, { quality: 'fast' })
    expect(countCrossings(best)).toBeLessThanOrEqual(countCrossings(fast))
    expectNoOverlap(input, best, {})
    expect(expectLayered(best, {})).toBe(0)
  })

  it('puts disconnected parts side by side, each from the top', () => {
    const r = layoutLayered({
      nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, width: 50, height: 20 })),
      edges: [
        { source: 'a', target: 'b' },
        { source: 'c', target: 'd' },
        { source: 'd', target: 'e' },
      ],
    })
    const layer = Object.fromEntries(r.nodes.map((n) => [n.id, n.layer]))
    expect(layer).toEqual({ a: 0, b: 1, c: 0, d: 1, e: 2 })
  })
})
