import fc from 'fast-check'
import type { LayoutInput, LayoutResult } from '@/domain/layout'

/** The benches' seeded PRNG (Mulberry32), so tests and benches draw the same graphs. */
export { prng } from '../../../../bench/graphs'
import { prng } from '../../../../bench/graphs'

const size = { width: fc.integer({ min: 1, max: 220 }), height: fc.integer({ min: 1, max: 90 }) }

/** Any directed graph: cycles, self-loops, repeats and edges to unknown ids included. */
export const anyGraph: fc.Arbitrary<LayoutInput> = fc.integer({ min: 0, max: 24 }).chain((n) =>
  fc.record({
    nodes: fc.tuple(
      ...Array.from({ length: n }, (_, i) => fc.record({ id: fc.constant(`n${i}`), ...size })),
    ),
    edges: fc.array(
      fc.record({
        source: fc.integer({ min: 0, max: n + 1 }).map((i) => `n${i}`),
        target: fc.integer({ min: 0, max: n + 1 }).map((i) => `n${i}`),
      }),
      { maxLength: 3 * n + 2 },
    ),
  }),
)

/** A DAG: edges only from a lower to a higher index in a shuffled naming. */
export const anyDag: fc.Arbitrary<LayoutInput> = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    nodes: fc.tuple(
      ...Array.from({ length: n }, (_, i) => fc.record({ id: fc.constant(`n${i}`), ...size })),
    ),
    edges: fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: Math.max(1, n - 1) }))
        .map(([a, k]) => [a, (a + k) % n] as const)
        .map(([a, b]) => ({ source: `n${Math.min(a, b)}`, target: `n${Math.max(a, b)}` })),
      { maxLength: n < 2 ? 0 : 2 * n },
    ),
  }),
)

/** A dense digraph, full of cycles. */
export const denseCyclic: fc.Arbitrary<LayoutInput> = fc
  .tuple(
    fc.integer({ min: 2, max: 18 }),
    fc.double({ min: 0.3, max: 1, noNaN: true }),
    fc.integer(),
  )
  .map(([n, density, seed]) => {
    const rand = prng(seed)
    const edges: { source: string; target: string }[] = []
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++)
        if (a !== b && rand() < density) edges.push({ source: `n${a}`, target: `n${b}` })
    return {
      nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 100, height: 30 })),
      edges,
    }
  })

/**
 * A roadmap-shaped DAG: stages of milestones, each depending on one near its own track
 * 1–3 stages back, plus some extra prerequisites.
 */
export function roadmapLike(n: number, seed: number): LayoutInput {
  const rand = prng(seed)
  const stages = Math.max(2, Math.round(Math.sqrt(n)))
  const stageOf = (i: number): number => Math.floor((i * stages) / n)
  const members: number[][] = Array.from({ length: stages }, () => [])
  for (let i = 0; i < n; i++) members[stageOf(i)]!.push(i)
  const edges = new Map<string, { source: string; target: string }>()
  const link = (i: number, spread: number): void => {
    const s = stageOf(i)
    const r = rand()
    const from = Math.max(0, s - (r < 0.7 ? 1 : r < 0.9 ? 2 : 3))
    if (from === s) return
    const own = members[s]!
    const pool = members[from]!
    const rel = (own.indexOf(i) + 0.5) / own.length
    const at = Math.round(rel * pool.length - 0.5 + (rand() - 0.5) * spread * pool.length)
    const p = pool[Math.min(pool.length - 1, Math.max(0, at))]!
    edges.set(`${p}-${i}`, { source: `m${p}`, target: `m${i}` })
  }
  for (let i = 0; i < n; i++) link(i, 0.1)
  for (let k = 0; k < 0.15 * n; k++) link(Math.floor(rand() * n), 0.3)
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ id: `m${i}`, width: 150, height: 40 })),
    edges: [...edges.values()],
  }
}

/** The graph a layout should draw: known ids, no self-loops, no repeats. */
export function cleaned(input: LayoutInput): LayoutInput {
  const ids = new Set<string>()
  const nodes = input.nodes.filter((n) => !ids.has(n.id) && ids.add(n.id))
  const seen = new Set<string>()
  const edges = input.edges.filter((e) => {
    const key = `${e.source}\u0000${e.target}`
    if (!ids.has(e.source) || !ids.has(e.target) || e.source === e.target || seen.has(key))
      return false
    seen.add(key)
    return true
  })
  return { nodes, edges }
}

/** Share of `before`'s nodes whose layer or rank among old nodes of its layer changed. */
export function changedShare(before: LayoutResult, after: LayoutResult): number {
  const old = new Set(before.nodes.map((n) => n.id))
  const rankOf = (r: LayoutResult): Map<string, string> => {
    const byLayer = new Map<number, { id: string; order: number }[]>()
    for (const n of r.nodes) {
      if (!old.has(n.id)) continue
      byLayer.set(n.layer, [...(byLayer.get(n.layer) ?? []), n])
    }
    const out = new Map<string, string>()
    for (const [layer, list] of byLayer) {
      list.sort((a, b) => a.order - b.order)
      list.forEach((n, i) => out.set(n.id, `${layer}:${i}`))
    }
    return out
  }
  const a = rankOf(before)
  const b = rankOf(after)
  let changed = 0
  for (const id of old) if (a.get(id) !== b.get(id)) changed++
  return old.size === 0 ? 0 : changed / old.size
}
