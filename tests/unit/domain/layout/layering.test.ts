import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { treeNumbering } from '@/domain/layout/layering'
import { prng } from './arbitraries'

/** A connected multigraph on `n` vertices: a random tree plus `extra` random edges. */
function graph(n: number, extra: number, rand: () => number) {
  const u: number[] = []
  const v: number[] = []
  for (let x = 1; x < n; x++) {
    u.push(Math.floor(rand() * x))
    v.push(x)
  }
  for (let k = 0; k < extra; k++) {
    const a = Math.floor(rand() * n)
    const b = Math.floor(rand() * n)
    if (a === b) continue
    u.push(a)
    v.push(b)
  }
  // Shuffle the edges, so the tree edges are not the first ones.
  for (let i = u.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[u[i], u[j], v[i], v[j]] = [u[j]!, u[i]!, v[j]!, v[i]!]
  }
  const m = u.length
  const U = Int32Array.from(u)
  const V = Int32Array.from(v)
  const incStart = new Int32Array(n + 1)
  for (let e = 0; e < m; e++) {
    incStart[U[e]! + 1]!++
    incStart[V[e]! + 1]!++
  }
  for (let x = 0; x < n; x++) incStart[x + 1]! += incStart[x]!
  const incEdge = new Int32Array(2 * m)
  const fill = incStart.slice(0, n)
  for (let e = 0; e < m; e++) {
    incEdge[fill[U[e]!]!++] = e
    incEdge[fill[V[e]!]!++] = e
  }
  // A spanning tree: union–find over the shuffled edges.
  const parent = Int32Array.from({ length: n }, (_, x) => x)
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)))
  const treeEdge = new Uint8Array(m)
  for (let e = 0; e < m; e++) {
    const a = find(U[e]!)
    const b = find(V[e]!)
    if (a === b) continue
    parent[a] = b
    treeEdge[e] = 1
  }
  return { m, U, V, incStart, incEdge, treeEdge }
}

describe('network simplex tree numbering', () => {
  it('renumbers after an edge exchange exactly as numbering the new tree from scratch', () => {
    let exchanged = 0
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer(),
        (n, extra, pivots, seed) => {
          const rand = prng(seed)
          const { m, U, V, incStart, incEdge, treeEdge } = graph(n, extra, rand)
          const t = treeNumbering(n, incStart, incEdge, U, V, treeEdge)
          const root = Math.floor(rand() * n)
          t.parentEdge[root] = -1
          t.number(root, 1)
          const inSub = (x: number, v: number): boolean =>
            t.low[v]! <= t.lim[x]! && t.lim[x]! <= t.lim[v]!
          for (let k = 0; k < pivots; k++) {
            const trees = [...treeEdge.keys()].filter((e) => treeEdge[e])
            if (trees.length === 0) break
            const leave = trees[Math.floor(rand() * trees.length)]!
            const child = t.lim[U[leave]!]! < t.lim[V[leave]!]! ? U[leave]! : V[leave]!
            const crossing = [...Array(m).keys()].filter(
              (e) => !treeEdge[e] && inSub(U[e]!, child) !== inSub(V[e]!, child),
            )
            if (crossing.length === 0) continue
            const enter = crossing[Math.floor(rand() * crossing.length)]!
            let lca = U[enter]!
            while (!inSub(V[enter]!, lca)) {
              const e = t.parentEdge[lca]!
              lca = U[e] === lca ? V[e]! : U[e]!
            }
            t.exchange(leave, enter, lca)
            exchanged++
            const fresh = treeNumbering(n, incStart, incEdge, U, V, treeEdge.slice())
            fresh.parentEdge[root] = -1
            fresh.number(root, 1)
            expect([...t.low]).toEqual([...fresh.low])
            expect([...t.lim]).toEqual([...fresh.lim])
            expect([...t.post]).toEqual([...fresh.post])
            expect([...t.parentEdge]).toEqual([...fresh.parentEdge])
          }
        },
      ),
      { numRuns: 300 },
    )
    // The property saw real exchanges, many of them (not only graphs without any).
    expect(exchanged).toBeGreaterThan(1000)
  })
})
