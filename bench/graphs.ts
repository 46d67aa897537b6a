import type { LayoutInput } from '../src/domain/layout'

/** Mulberry32: a small seeded PRNG, so every run sees the same graphs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const NODE_WIDTH = 150
export const NODE_HEIGHT = 40

/**
 * A roadmap-shaped DAG: about √n stages of about √n milestones; each milestone after the
 * first stage depends on one milestone 1–3 stages earlier (70 % / 20 % / 10 %) near its own
 * track, and extra prerequisites bring the total to ≈ 1.15 edges per node. Node and edge
 * order is shuffled so no engine gets the intended order for free.
 */
export function roadmap(n: number, seed: number): LayoutInput {
  const rand = prng(seed)
  const stages = Math.max(2, Math.round(Math.sqrt(n)))
  const stageOf = (i: number): number => Math.floor((i * stages) / n)
  const members: number[][] = Array.from({ length: stages }, () => [])
  for (let i = 0; i < n; i++) members[stageOf(i)]!.push(i)
  const gauss = (): number => {
    const u = 1 - rand()
    const v = rand()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  const span = (): number => {
    const r = rand()
    return r < 0.7 ? 1 : r < 0.9 ? 2 : 3
  }
  const seen = new Set<number>()
  const edges: [number, number][] = []
  const parentNear = (i: number, spread: number): number | undefined => {
    const s = stageOf(i)
    const from = Math.max(0, s - span())
    if (from === s) return undefined
    const own = members[s]!
    const rel = (own.indexOf(i) + 0.5) / own.length
    const pool = members[from]!
    const at = Math.round(rel * pool.length - 0.5 + gauss() * spread * pool.length)
    return pool[Math.min(pool.length - 1, Math.max(0, at))]
  }
  const add = (p: number | undefined, i: number): void => {
    if (p === undefined || seen.has(p * n + i)) return
    seen.add(p * n + i)
    edges.push([p, i])
  }
  for (let i = 0; i < n; i++) add(parentNear(i, 0.04), i)
  const target = Math.round(1.15 * n)
  for (let guard = 0; edges.length < target && guard < 20 * n; guard++) {
    const i = Math.floor(rand() * n)
    add(parentNear(i, 0.12), i)
  }
  const perm = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[perm[i], perm[j]] = [perm[j]!, perm[i]!]
  }
  const id = (i: number): string => `m${perm[i]}`
  const nodes = perm
    .map((_, i) => i)
    .sort((a, b) => perm[a]! - perm[b]!)
    .map((i) => ({ id: id(i), width: NODE_WIDTH, height: NODE_HEIGHT }))
  for (let i = edges.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[edges[i], edges[j]] = [edges[j]!, edges[i]!]
  }
  return { nodes, edges: edges.map(([s, t]) => ({ source: id(s), target: id(t) })) }
}
