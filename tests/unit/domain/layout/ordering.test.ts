import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countCrossings, layoutLayered } from '@/domain/layout'
import { breakCycles } from '@/domain/layout/cycles'
import { prepare } from '@/domain/layout/graph'
import { networkSimplex } from '@/domain/layout/layering'
import { chainPaths, initialOrder, Orderer, rankDiff, stableSort } from '@/domain/layout/ordering'
import { buildLayered, type Layered } from '@/domain/layout/proper'
import { fans, lanes, roadmap } from '../../../../bench/graphs'
import { anyDag, anyGraph, prng } from './arbitraries'
import type { LayoutInput } from '@/domain/layout'

/** The proper layered graph of `input`, in its depth-first initial order. */
function layeredOf(input: LayoutInput): Layered {
  const { n, src, dst } = prepare(input)
  const reversed = breakCycles(n, src, dst)
  const from = src.map((s, e) => (reversed[e] ? dst[e]! : s))
  const to = dst.map((t, e) => (reversed[e] ? src[e]! : t))
  const g = buildLayered(n, networkSimplex(n, from, to), from, to)
  initialOrder(g)
  return g
}

function setOrder(g: Layered, order: Int32Array): void {
  g.order.set(order)
  for (let l = 0; l < g.layers; l++)
    for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++)
      g.pos[g.order[i]!] = i - g.layerStart[l]!
}

/**
 * Small graphs with long edges: `chains` chains of `length` (so step i sits near layer i)
 * and edges from step i of one chain to step i + 2 or later of another.
 */
const withLongEdges: fc.Arbitrary<LayoutInput> = fc
  .record({
    chains: fc.integer({ min: 2, max: 4 }),
    length: fc.integer({ min: 3, max: 6 }),
    jumps: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 }),
  })
  .map(({ chains, length, jumps }) => {
    const id = (c: number, i: number) => `c${c}s${i}`
    const nodes = Array.from({ length: chains * length }, (_, k) => ({
      id: id(k % chains, Math.floor(k / chains)),
      width: 10,
      height: 10,
    }))
    const edges: { source: string; target: string }[] = []
    for (let c = 0; c < chains; c++)
      for (let i = 1; i < length; i++) edges.push({ source: id(c, i - 1), target: id(c, i) })
    for (const [a, b, i, span] of jumps) {
      const from = i % (length - 2)
      const to = Math.min(length - 1, from + 2 + (span % (length - 1)))
      edges.push({ source: id(a % chains, from), target: id(b % chains, to) })
    }
    return { nodes, edges }
  })

/** Shuffles the order inside every layer. */
function shuffleLayers(g: Layered, seed: number): void {
  const rand = prng(seed)
  const order = g.order.slice()
  for (let l = 0; l < g.layers; l++)
    for (let i = g.layerStart[l + 1]! - 1; i > g.layerStart[l]!; i--) {
      const j = g.layerStart[l]! + Math.floor(rand() * (i - g.layerStart[l]! + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
  setOrder(g, order)
}

/** Moves `v` to index `to` of its layer, the others keeping their order. */
function moveWithin(g: Layered, v: number, to: number): void {
  const a = g.layerStart[g.layer[v]!]!
  const list = Array.from(g.order.subarray(a, g.layerStart[g.layer[v]! + 1]!)).filter(
    (x) => x !== v,
  )
  list.splice(to, 0, v)
  const order = g.order.slice()
  order.set(list, a)
  setOrder(g, order)
}

/** Fewest crossings any one vertex could reach by moving to another slot of its layer. */
function bestSingleMove(g: Layered, orderer: Orderer): number {
  const start = g.order.slice()
  let best = orderer.crossings()
  for (let l = 0; l < g.layers; l++) {
    const a = g.layerStart[l]!
    const k = g.layerStart[l + 1]! - a
    for (let from = 0; from < k; from++)
      for (let to = 0; to < k; to++) {
        if (to === from) continue
        const list = Array.from(start.subarray(a, a + k))
        const [v] = list.splice(from, 1)
        list.splice(to, 0, v!)
        const order = start.slice()
        order.set(list, a)
        setOrder(g, order)
        best = Math.min(best, orderer.crossings())
      }
  }
  setOrder(g, start)
  return best
}

/** A lane graph: `lanes` chains of `length`; lane i feeds lane i + 1 at the given steps. */
function laneGraph(lanes: number, length: number, feeds: number[]): LayoutInput {
  const id = (lane: number, step: number) => `L${lane}s${step}`
  const edges: { source: string; target: string }[] = []
  for (let lane = 0; lane < lanes; lane++)
    for (let s = 1; s < length; s++) edges.push({ source: id(lane, s - 1), target: id(lane, s) })
  for (let lane = 0; lane + 1 < lanes; lane++)
    for (const s of feeds) edges.push({ source: id(lane, s), target: id(lane + 1, s + 1) })
  // Lanes named in a scrambled order, so the input order does not give the answer away.
  const scrambled = [2, 0, 3, 1, 4].filter((lane) => lane < lanes)
  const nodes = scrambled.flatMap((lane) =>
    Array.from({ length }, (_, s) => ({ id: id(lane, s), width: 100, height: 30 })),
  )
  return { nodes, edges: edges.reverse() }
}

describe('crossing reduction', () => {
  it('sifts to an order no single vertex move improves (vertices with no crossing skipped)', () => {
    fc.assert(
      fc.property(fc.oneof(anyDag, anyGraph), (input) => {
        const g = layeredOf(input)
        if (g.count > 40) return
        const orderer = new Orderer(g)
        orderer.run({ sweeps: 4, patience: 2, siftRounds: 1000 })
        expect(bestSingleMove(g, orderer)).toBe(orderer.crossings())
      }),
      { numRuns: 150 },
    )
  })

  it('sifts from any order to one no single vertex move improves (rounds near moves, then whole)', () => {
    // From shuffled layers sifting moves much, so its rounds after the first sift only the
    // vertices near a move; one of those that gains nothing must be followed by a whole
    // one over every layer it left unsettled. Small graphs of the bench's families, where
    // leaving either out ends short of this on a few percent of the cases.
    let cases = 0
    for (const family of [roadmap, fans, lanes])
      for (let seed = 1; seed <= 80; seed++) {
        const g = layeredOf(family(12 + (seed % 20), seed))
        shuffleLayers(g, seed)
        const orderer = new Orderer(g)
        orderer.sift(1000)
        expect(bestSingleMove(g, orderer)).toBe(orderer.crossings())
        cases++
      }
    expect(cases).toBe(240)
  })

  it('marks exactly the vertices with a crossed edge, whatever the order', () => {
    fc.assert(
      fc.property(fc.oneof(anyDag, anyGraph), fc.integer(), (input, seed) => {
        const g = layeredOf(input)
        shuffleLayers(g, seed)
        // Brute force: segments between consecutive layers, as (upper pos, lower pos).
        const crossed = new Set<number>()
        for (let l = 0; l + 1 < g.layers; l++) {
          const segs: [number, number, number, number][] = []
          for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++) {
            const u = g.order[i]!
            for (let j = g.downStart[u]!; j < g.downStart[u + 1]!; j++) {
              const w = g.down[j]!
              segs.push([g.pos[u]!, g.pos[w]!, u, w])
            }
          }
          for (const [a, b, u, w] of segs)
            for (const [c, d, x, y] of segs)
              if ((a < c && b > d) || (a > c && b < d)) for (const v of [u, w, x, y]) crossed.add(v)
        }
        const orderer = new Orderer(g)
        for (let l = 0; l < g.layers; l++) {
          const flags = orderer.crossedIn(l)
          for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++) {
            const v = g.order[i]!
            expect(flags[v] === 1).toBe(crossed.has(v))
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never ends with more crossings than it started with, with every option', () => {
    fc.assert(
      fc.property(anyDag, fc.boolean(), fc.integer({ min: 0, max: 3 }), (input, median, chains) => {
        const g = layeredOf(input)
        const orderer = new Orderer(g)
        const before = orderer.crossings()
        orderer.run({
          sweeps: 8,
          patience: 4,
          siftRounds: 4,
          minGain: 0.01,
          medianToo: median,
          chains,
        })
        expect(orderer.crossings()).toBeLessThanOrEqual(before)
      }),
      { numRuns: 150 },
    )
  })

  it('finds the paths to move: maximal runs of vertices with one neighbour above and below', () => {
    fc.assert(
      fc.property(fc.oneof(anyDag, anyGraph, withLongEdges), (input) => {
        const g = layeredOf(input)
        const one = (v: number) =>
          g.upStart[v + 1]! - g.upStart[v]! === 1 && g.downStart[v + 1]! - g.downStart[v]! === 1
        const { start, vertices } = chainPaths(g)
        const seen = new Set<number>()
        for (let p = 0; p + 1 < start.length; p++) {
          const path = Array.from(vertices.subarray(start[p]!, start[p + 1]!))
          expect(path.length).toBeGreaterThanOrEqual(2)
          for (const v of path) {
            expect(one(v)).toBe(true)
            expect(seen.has(v)).toBe(false)
            seen.add(v)
          }
          // Consecutive, and maximal at both ends.
          for (let j = 0; j + 1 < path.length; j++)
            expect(g.down[g.downStart[path[j]!]!]).toBe(path[j + 1])
          expect(one(g.up[g.upStart[path[0]!]!]!)).toBe(false)
          expect(one(g.down[g.downStart[path[path.length - 1]!]!]!)).toBe(false)
        }
        // Every long edge's dummies lie in one path; every run of 2 or more is found.
        for (let e = 0; e + 1 < g.dummyStart.length; e++)
          for (let d = g.dummyStart[e]!; d < g.dummyStart[e + 1]!; d++)
            if (g.dummyStart[e + 1]! - g.dummyStart[e]! >= 2) expect(seen.has(d)).toBe(true)
        for (let v = 0; v < g.count; v++) {
          const inRun = one(v) && (one(g.up[g.upStart[v]!]!) || one(g.down[g.downStart[v]!]!))
          expect(seen.has(v)).toBe(inRun)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('moves a path as a whole: never more crossings, and it saves what it says', () => {
    fc.assert(
      fc.property(fc.oneof(anyDag, anyGraph, withLongEdges), fc.integer(), (input, seed) => {
        const g = layeredOf(input)
        shuffleLayers(g, seed)
        const orderer = new Orderer(g)
        for (let p = 0; p + 1 < orderer.paths().start.length; p++) {
          const before = orderer.crossings()
          const saved = orderer.moveChain(p)
          expect(saved).toBeGreaterThanOrEqual(0)
          expect(before - orderer.crossings()).toBe(saved)
          // Every layer is still a permutation with matching positions.
          for (let l = 0; l < g.layers; l++)
            for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++) {
              expect(g.layer[g.order[i]!]).toBe(l)
              expect(g.pos[g.order[i]!]).toBe(i - g.layerStart[l]!)
            }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('puts a path at the placement with the fewest crossings (brute force over all)', () => {
    let checked = 0
    let withMilestones = 0
    fc.assert(
      fc.property(fc.oneof(anyDag, withLongEdges), fc.integer(), (input, seed) => {
        const g = layeredOf(input)
        shuffleLayers(g, seed)
        const orderer = new Orderer(g)
        const { start, vertices } = orderer.paths()
        for (let p = 0; p + 1 < start.length; p++) {
          // The path's vertices: dummies, milestones, or both.
          const dummies = Array.from(vertices.subarray(start[p]!, start[p + 1]!))
          const sizes = dummies.map(
            (d) => g.layerStart[g.layer[d]! + 1]! - g.layerStart[g.layer[d]!]!,
          )
          if (dummies.length < 2 || sizes.reduce((a, b) => a * b, 1) > 4000) continue
          const initial = g.order.slice()
          let best = Infinity
          // Every combination of slots, each vertex moved within its own layer.
          const slots = sizes.map(() => 0)
          for (;;) {
            setOrder(g, initial)
            dummies.forEach((d, j) => moveWithin(g, d, slots[j]!))
            best = Math.min(best, orderer.crossings())
            let j = 0
            while (j < slots.length && ++slots[j]! === sizes[j]) slots[j++] = 0
            if (j === slots.length) break
          }
          setOrder(g, initial)
          orderer.moveChain(p)
          expect(orderer.crossings()).toBe(best)
          checked++
          if (dummies.some((v) => v < g.n)) withMilestones++
        }
      }),
      { numRuns: 300 },
    )
    expect(checked).toBeGreaterThan(50)
    expect(withMilestones).toBeGreaterThan(10)
  })

  it('untangles lane graphs by moving long edges (fewer crossings on each, ≥ 5 % in all)', () => {
    let plainTotal = 0
    let movedTotal = 0
    for (const seed of [1, 2, 3]) {
      const g = layeredOf(lanes(200, seed))
      const start = g.order.slice()
      const options = { sweeps: 32, patience: 8, siftRounds: 3, minGain: 0.005, medianToo: true }
      const without = new Orderer(g)
      without.run(options)
      const plain = without.crossings()
      setOrder(g, start)
      const moved = new Orderer(g)
      moved.run({ ...options, chains: 2 })
      expect(moved.crossings()).toBeLessThan(plain)
      plainTotal += plain
      movedTotal += moved.crossings()
    }
    expect(movedTotal).toBeLessThanOrEqual(0.95 * plainTotal)
  })

  it('draws a lane graph with cross-lane prerequisites without crossings, lanes side by side', () => {
    const input = laneGraph(5, 10, [1, 4, 7])
    const result = layoutLayered(input)
    expect(countCrossings(result)).toBe(0)
    // Every layer shows the lanes in one order (0 … 4 or 4 … 0): each lane is a column.
    const byLayer = new Map<number, { lane: number; order: number }[]>()
    for (const n of result.nodes) {
      const lane = Number(n.id.slice(1, n.id.indexOf('s')))
      byLayer.set(n.layer, [...(byLayer.get(n.layer) ?? []), { lane, order: n.order }])
    }
    const sequences = [...byLayer.values()].map((list) =>
      list.sort((a, b) => a.order - b.order).map((x) => x.lane),
    )
    const increasing = sequences[0]![0]! < sequences[0]![sequences[0]!.length - 1]!
    for (const lanes of sequences) {
      const sorted = [...lanes].sort((a, b) => (increasing ? a - b : b - a))
      expect(lanes).toEqual(sorted)
    }
  })

  it('sorts a layer by key stably, ties in their first order (against Array.prototype.sort)', () => {
    const keys = fc.oneof(
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 400 }).map((x) => x / 7),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    )
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 300 }), (values) => {
        const k = values.length
        const key = Float64Array.from(values)
        const list = Int32Array.from({ length: k }, (_, i) => k - 1 - i)
        const expected = [...list].sort((a, b) => key[a]! - key[b]!)
        const max = Math.max(0, ...values)
        stableSort(list, k, key, max, new Int32Array(k), new Int32Array(k + 1), new Int32Array(k))
        expect([...list]).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('tabulates (neighbours before) − (neighbours after) every slot (against counting)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.nat(4),
        (width, raw, offset) => {
          const sorted = raw.map((x) => x % width).sort((a, b) => a - b)
          const p = Int32Array.from([...Array<number>(offset).fill(0), ...sorted])
          const out = new Int32Array(width)
          rankDiff(p, offset, p.length, width, out)
          for (let q = 0; q < width; q++)
            expect(out[q]).toBe(
              sorted.filter((x) => x < q).length - sorted.filter((x) => x > q).length,
            )
        },
      ),
    )
  })
})
