import type { LayoutInput } from './types'

/**
 * The input reduced to what the layout works on: unique node ids (first one wins), sizes
 * sanitised, edges to unknown ids, self-loops and repeats dropped. Everything is indexed
 * by position in `ids`, so later stages use typed arrays only.
 */
export interface PreparedGraph {
  n: number
  ids: string[]
  widths: Float64Array
  heights: Float64Array
  /** Index into `input.edges` of each kept edge, in input order. */
  edgeInput: Int32Array
  src: Int32Array
  dst: Int32Array
}

function size(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0
}

export function prepare(input: LayoutInput): PreparedGraph {
  const index = new Map<string, number>()
  const ids: string[] = []
  const w: number[] = []
  const h: number[] = []
  for (const node of input.nodes) {
    if (index.has(node.id)) continue
    index.set(node.id, ids.length)
    ids.push(node.id)
    w.push(size(node.width))
    h.push(size(node.height))
  }
  const n = ids.length
  const seen = new Set<number>()
  const edgeInput: number[] = []
  const src: number[] = []
  const dst: number[] = []
  input.edges.forEach((edge, i) => {
    const u = index.get(edge.source)
    const v = index.get(edge.target)
    if (u === undefined || v === undefined || u === v) return
    const key = u * n + v
    if (seen.has(key)) return
    seen.add(key)
    edgeInput.push(i)
    src.push(u)
    dst.push(v)
  })
  return {
    n,
    ids,
    widths: Float64Array.from(w),
    heights: Float64Array.from(h),
    edgeInput: Int32Array.from(edgeInput),
    src: Int32Array.from(src),
    dst: Int32Array.from(dst),
  }
}

/** Compressed adjacency: the neighbours of `v` are `adj[start[v]] … adj[start[v + 1] - 1]`. */
export interface Csr {
  start: Int32Array
  adj: Int32Array
  /** Edge index of each entry. */
  edge: Int32Array
}

/** Builds out-adjacency (`from → to`) for `n` vertices, keeping edge order. */
export function buildCsr(n: number, from: Int32Array, to: Int32Array, count = from.length): Csr {
  const start = new Int32Array(n + 1)
  for (let e = 0; e < count; e++) start[from[e]! + 1]!++
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!
  const fill = start.slice(0, n)
  const adj = new Int32Array(count)
  const edge = new Int32Array(count)
  for (let e = 0; e < count; e++) {
    const slot = fill[from[e]!]!++
    adj[slot] = to[e]!
    edge[slot] = e
  }
  return { start, adj, edge }
}
