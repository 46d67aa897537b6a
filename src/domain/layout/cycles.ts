import { buildCsr } from './graph'

/** Strongly connected components (iterative Tarjan); returns a component id per vertex. */
export function components(n: number, src: Int32Array, dst: Int32Array): Int32Array {
  const out = buildCsr(n, src, dst)
  const index = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const comp = new Int32Array(n).fill(-1)
  const onStack = new Uint8Array(n)
  const stack = new Int32Array(n)
  const callV = new Int32Array(n)
  const callI = new Int32Array(n)
  let sp = 0
  let next = 0
  let count = 0
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue
    let depth = 0
    callV[0] = s
    callI[0] = out.start[s]!
    index[s] = low[s] = next++
    stack[sp++] = s
    onStack[s] = 1
    while (depth >= 0) {
      const v = callV[depth]!
      const i = callI[depth]!
      if (i < out.start[v + 1]!) {
        callI[depth] = i + 1
        const w = out.adj[i]!
        if (index[w] === -1) {
          index[w] = low[w] = next++
          stack[sp++] = w
          onStack[w] = 1
          depth++
          callV[depth] = w
          callI[depth] = out.start[w]!
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!)
        continue
      }
      if (low[v] === index[v]) {
        let w: number
        do {
          w = stack[--sp]!
          onStack[w] = 0
          comp[w] = count
        } while (w !== v)
        count++
      }
      depth--
      if (depth >= 0) {
        const u = callV[depth]!
        low[u] = Math.min(low[u]!, low[v]!)
      }
    }
  }
  return comp
}

/**
 * Eades–Lin–Smyth greedy feedback arc set in O(V + E), run on the edges inside strongly
 * connected components only (an edge between two components is never on a cycle and is
 * never reversed): peel sinks to the right, sources to the left, otherwise move the vertex
 * with the largest out − in degree to the left. Edges pointing backwards in the resulting
 * sequence are reversed; that leaves a DAG, and at most half of the edges are reversed.
 *
 * `forced` (optional) marks edges to reverse before the heuristic runs (used to honour an
 * earlier drawing's choice on cycles); the answer is relative to the input orientation.
 */
export function breakCycles(
  n: number,
  src: Int32Array,
  dst: Int32Array,
  forced?: Uint8Array,
): Uint8Array {
  const m = src.length
  const comp = components(n, src, dst)
  const inner: number[] = []
  for (let e = 0; e < m; e++) if (comp[src[e]!] === comp[dst[e]!]) inner.push(e)
  const reversed = new Uint8Array(m)
  if (inner.length === 0) return reversed
  const k = inner.length
  const from = new Int32Array(k)
  const to = new Int32Array(k)
  const flips = new Uint8Array(k)
  inner.forEach((e, i) => {
    flips[i] = forced !== undefined && forced[e] === 1 ? 1 : 0
    from[i] = flips[i] ? dst[e]! : src[e]!
    to[i] = flips[i] ? src[e]! : dst[e]!
  })
  const out = buildCsr(n, from, to)
  const inc = buildCsr(n, to, from)
  const outDeg = new Int32Array(n)
  const inDeg = new Int32Array(n)
  for (let v = 0; v < n; v++) {
    outDeg[v] = out.start[v + 1]! - out.start[v]!
    inDeg[v] = inc.start[v + 1]! - inc.start[v]!
  }

  // Buckets: 0 = sinks, 1 = sources, 2 + (out − in + D) = the rest, D the largest degree
  // (forced flips can make parallel edges, so degrees may exceed n − 1).
  let D = 0
  for (let v = 0; v < n; v++) D = Math.max(D, outDeg[v]!, inDeg[v]!)
  const bucketCount = 2 * D + 3
  const head = new Int32Array(bucketCount).fill(-1)
  const next = new Int32Array(n)
  const prev = new Int32Array(n)
  const bucket = new Int32Array(n)
  const removed = new Uint8Array(n)
  let top = 2

  const bucketOf = (v: number): number => {
    if (outDeg[v] === 0) return 0
    if (inDeg[v] === 0) return 1
    return 2 + outDeg[v]! - inDeg[v]! + D
  }
  const unlink = (v: number): void => {
    const b = bucket[v]!
    if (prev[v] === -1) head[b] = next[v]!
    else next[prev[v]!] = next[v]!
    if (next[v] !== -1) prev[next[v]!] = prev[v]!
  }
  const link = (v: number): void => {
    const b = bucketOf(v)
    bucket[v] = b
    prev[v] = -1
    next[v] = head[b]!
    if (head[b] !== -1) prev[head[b]!] = v
    head[b] = v
    if (b > top) top = b
  }
  // Link in reverse so each bucket pops vertices in input order.
  for (let v = n - 1; v >= 0; v--) link(v)

  const left: number[] = []
  const right: number[] = []
  const take = (v: number): void => {
    unlink(v)
    removed[v] = 1
    for (let i = out.start[v]!; i < out.start[v + 1]!; i++) {
      const w = out.adj[i]!
      if (removed[w]) continue
      unlink(w)
      inDeg[w]!--
      link(w)
    }
    for (let i = inc.start[v]!; i < inc.start[v + 1]!; i++) {
      const u = inc.adj[i]!
      if (removed[u]) continue
      unlink(u)
      outDeg[u]!--
      link(u)
    }
  }

  let remaining = n
  while (remaining > 0) {
    let progressed = true
    while (progressed) {
      progressed = false
      while (head[0] !== -1) {
        const v = head[0]!
        take(v)
        right.push(v)
        remaining--
        progressed = true
      }
      while (head[1] !== -1) {
        const v = head[1]!
        take(v)
        left.push(v)
        remaining--
        progressed = true
      }
    }
    if (remaining === 0) break
    while (top > 2 && head[top] === -1) top--
    const v = head[top]!
    take(v)
    left.push(v)
    remaining--
  }

  const rank = new Int32Array(n)
  let r = 0
  for (const v of left) rank[v] = r++
  for (let i = right.length - 1; i >= 0; i--) rank[right[i]!] = r++
  inner.forEach((e, i) => {
    const backwards = rank[from[i]!]! > rank[to[i]!]!
    reversed[e] = backwards !== (flips[i] === 1) ? 1 : 0
  })
  return reversed
}
