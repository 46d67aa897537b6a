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
  return shuffled(n, edges, rand)
}

/**
 * Tree-like fans with merges: a few roots; every other milestone follows one earlier
 * milestone (chosen with a bias to recent ones, so the trees are about 3 ln n deep and fan
 * out wide), except capstones (12 %), which have 2–5 prerequisites from one neighbourhood
 * of the creation order, often in different branches.
 */
export function fans(n: number, seed: number): LayoutInput {
  const rand = prng(seed)
  const roots = Math.max(2, Math.round(n / 80))
  const { edges, add } = edgeSet(n)
  for (let i = roots; i < n; i++) {
    const near = Math.floor(i * Math.cbrt(rand()))
    if (i > 8 && rand() < 0.12) {
      const k = 2 + Math.floor(rand() * 4)
      add(near, i)
      for (let j = 1; j < k; j++) {
        const p = near + Math.round((rand() - 0.5) * 24)
        add(Math.min(i - 1, Math.max(0, p)), i)
      }
    } else add(near, i)
  }
  return shuffled(n, edges, rand)
}

/**
 * Lanes: about √n / 1.5 tracks, each one chain of milestones (lengths 0.5–1.5× the mean),
 * and random cross-track prerequisites (0.3 per node): a milestone depends on one in
 * another track a few steps earlier (75 %; 1 + an exponential number of steps, mean 2) or
 * anywhere earlier (25 %). Steps only go forward, so the graph is a DAG.
 */
export function lanes(n: number, seed: number): LayoutInput {
  const rand = prng(seed)
  const tracks = Math.max(3, Math.round(Math.sqrt(n) / 1.5))
  const weights = Array.from({ length: tracks }, () => 0.5 + rand())
  const total = weights.reduce((a, b) => a + b, 0)
  const first: number[] = []
  const length: number[] = []
  let next = 0
  for (let t = 0; t < tracks; t++) {
    const len = t === tracks - 1 ? n - next : Math.max(1, Math.round((n * weights[t]!) / total))
    first.push(next)
    length.push(len)
    next += len
  }
  const { edges, add } = edgeSet(n)
  for (let t = 0; t < tracks; t++)
    for (let j = 1; j < length[t]!; j++) add(first[t]! + j - 1, first[t]! + j)
  const target = edges.length + Math.round(0.3 * n)
  for (let guard = 0; edges.length < target && guard < 20 * n; guard++) {
    const t = Math.floor(rand() * tracks)
    const j = 1 + Math.floor(rand() * (length[t]! - 1))
    let s = Math.floor(rand() * (tracks - 1))
    if (s >= t) s++
    const i = rand() < 0.75 ? j - 1 - Math.floor(-Math.log(1 - rand()) * 2) : Math.floor(rand() * j)
    if (i < 0 || i >= length[s]! || j >= length[t]!) continue
    add(first[s]! + i, first[t]! + j)
  }
  return shuffled(n, edges, rand)
}

/** Graph families of the bench, by name. */
export const families: Record<string, (n: number, seed: number) => LayoutInput> = {
  roadmap,
  fans,
  lanes,
}

function edgeSet(n: number): { edges: [number, number][]; add: (p: number, i: number) => void } {
  const seen = new Set<number>()
  const edges: [number, number][] = []
  return {
    edges,
    add(p, i) {
      if (p === i || seen.has(p * n + i)) return
      seen.add(p * n + i)
      edges.push([p, i])
    },
  }
}

/**
 * The graph as an engine sees it: node ids permuted, node and edge order shuffled, so no
 * engine gets the intended order for free. Every node is NODE_WIDTH × NODE_HEIGHT.
 */
function shuffled(n: number, edges: [number, number][], rand: () => number): LayoutInput {
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
