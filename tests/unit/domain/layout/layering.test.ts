import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { incidence, leavingEdge, networkSimplex, treeNumbering } from '@/domain/layout/layering'
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
  const { incStart, incEdge } = incidence(n, U, V)
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

  it('finds layers of least total edge length (against trying every layering)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
        fc.integer(),
        (n, pairs, seed) => {
          // Edges from the earlier to the later of two vertices of a random order; repeats
          // kept (parallel edges weigh more).
          const rand = prng(seed)
          const place = Array.from({ length: n }, (_, i) => i).sort(() => rand() - 0.5)
          const edges = pairs
            .map(([a, b]) => [a % n, b % n] as const)
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => (place[a]! < place[b]! ? [a, b] : [b, a]))
          const from = Int32Array.from(edges.map((e) => e[0]!))
          const to = Int32Array.from(edges.map((e) => e[1]!))
          const rank = networkSimplex(n, from, to)
          const length = edges.reduce((sum, [a, b]) => sum + rank[b!]! - rank[a!]!, 0)
          for (const [a, b] of edges) expect(rank[b!]! - rank[a!]!).toBeGreaterThanOrEqual(1)
          // Every layering with ranks 0 … n − 1, vertices taken in the random order, cut off
          // once it cannot beat the best found (each edge still to place adds ≥ 1).
          const byPlace = Array.from({ length: n }, (_, i) => i).sort(
            (a, b) => place[a]! - place[b]!,
          )
          const r = new Int32Array(n)
          let best = Infinity
          const tryFrom = (k: number, sum: number, left: number): void => {
            if (sum + left >= best) return
            if (k === n) {
              best = sum
              return
            }
            const v = byPlace[k]!
            let lo = 0
            let into = 0
            for (const [a, b] of edges)
              if (b === v) {
                lo = Math.max(lo, r[a!]! + 1)
                into++
              }
            for (let x = lo; x < n; x++) {
              r[v] = x
              let add = 0
              for (const [a, b] of edges) if (b === v) add += x - r[a!]!
              tryFrom(k + 1, sum + add, left - into)
            }
          }
          tryFrom(0, 0, edges.length)
          expect(length).toBe(best)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('picks the leaving edge as a scan of every edge from the cursor would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer(),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1 }),
        (m, seed, limit, density) => {
          const rand = prng(seed)
          const cut = Float64Array.from({ length: m }, () => Math.floor(rand() * 9) - 6)
          const inSet = Array.from({ length: m }, (_, e) => cut[e]! < 0 && rand() < density)
          const bits = new Int32Array((m + 31) >> 5)
          inSet.forEach((x, e) => {
            if (x) bits[e >> 5]! |= 1 << (e & 31)
          })
          const cursor = Math.floor(rand() * m)
          // The scan it replaces: every edge once, from the cursor round.
          let leave = -1
          let found = 0
          let next = cursor
          for (let k = 0; k < m && found < limit; k++) {
            const e = (cursor + k) % m
            if (!inSet[e]) continue
            if (leave === -1 || cut[e]! < cut[leave]!) leave = e
            if (++found === limit) next = (e + 1) % m
          }
          if (leave !== -1 && found < limit) next = (leave + 1) % m
          expect(leavingEdge(bits, m, cursor, cut, limit)).toEqual([leave, next])
        },
      ),
      { numRuns: 500 },
    )
  })
})
