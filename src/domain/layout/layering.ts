import { buildCsr } from './graph'

/**
 * Layer assignment for a DAG given as edges `from[e] → to[e]` (parallel edges allowed).
 * Every edge ends up pointing to a strictly later layer; each weakly connected part
 * starts at layer 0.
 */

/** Topological order (Kahn, FIFO: deterministic for the same input). */
function topoOrder(n: number, from: Int32Array, to: Int32Array): Int32Array {
  const out = buildCsr(n, from, to)
  const indeg = new Int32Array(n)
  for (let e = 0; e < to.length; e++) indeg[to[e]!]!++
  const order = new Int32Array(n)
  let tail = 0
  for (let v = 0; v < n; v++) if (indeg[v] === 0) order[tail++] = v
  for (let head = 0; head < tail; head++) {
    const v = order[head]!
    for (let i = out.start[v]!; i < out.start[v + 1]!; i++) {
      const w = out.adj[i]!
      if (--indeg[w]! === 0) order[tail++] = w
    }
  }
  return order
}

/**
 * Undirected incidence lists of the edges U[e] – V[e]: the edges at v are
 * `incEdge[incStart[v] … incStart[v + 1] − 1]`, in edge order.
 */
export function incidence(
  n: number,
  U: Int32Array,
  V: Int32Array,
): { incStart: Int32Array; incEdge: Int32Array } {
  const m = U.length
  const incStart = new Int32Array(n + 1)
  for (let e = 0; e < m; e++) {
    incStart[U[e]! + 1]!++
    incStart[V[e]! + 1]!++
  }
  for (let v = 0; v < n; v++) incStart[v + 1]! += incStart[v]!
  const incEdge = new Int32Array(2 * m)
  const fill = incStart.slice(0, n)
  for (let e = 0; e < m; e++) {
    incEdge[fill[U[e]!]!++] = e
    incEdge[fill[V[e]!]!++] = e
  }
  return { incStart, incEdge }
}

/**
 * The leaving edge of a pivot: of the first `limit` edges in the bit set `bits` (of `m`
 * edges) from `cursor` on, wrapping around, the one of least `cut` (the first of ties), or
 * −1 when the set is empty; and where the next search starts: after the `limit`-th edge
 * seen, or after the chosen one when there were fewer. Scans 32 edges a word.
 */
export function leavingEdge(
  bits: Int32Array,
  m: number,
  cursor: number,
  cut: Float64Array,
  limit: number,
): [number, number] {
  let leave = -1
  let found = 0
  let next = cursor
  // Edges from `cursor` to the end, then from the start.
  for (let pass = 0; pass < 2 && found < limit; pass++) {
    const from = pass === 0 ? cursor : 0
    const to = pass === 0 ? m : cursor
    for (let w = from >> 5; w <= (to - 1) >> 5 && found < limit; w++) {
      let word = bits[w]!
      if (w === from >> 5) word &= -1 << (from & 31)
      if (w === (to - 1) >> 5 && (to & 31) !== 0) word &= (1 << (to & 31)) - 1
      while (word !== 0 && found < limit) {
        const e = (w << 5) + 31 - Math.clz32(word & -word)
        word &= word - 1
        if (leave === -1 || cut[e]! < cut[leave]!) leave = e
        if (++found === limit) next = (e + 1) % m
      }
    }
  }
  if (leave !== -1 && found < limit) next = (leave + 1) % m
  return [leave, next]
}

/**
 * Low/lim postorder numbers of a spanning forest (`treeEdge`) of the undirected multigraph
 * with edges U[e] – V[e] and incidence lists `incStart`/`incEdge`, as network simplex uses
 * them: x lies in the subtree of v iff low[v] ≤ lim[x] ≤ lim[v]; `post[lim − 1]` is the
 * vertex with that lim; `parentEdge` is −1 at a root. Children are visited in incidence
 * order, so the numbers depend only on the forest and its roots.
 */
export function treeNumbering(
  n: number,
  incStart: Int32Array,
  incEdge: Int32Array,
  U: Int32Array,
  V: Int32Array,
  treeEdge: Uint8Array,
) {
  // −1 marks a root; −2 "not numbered yet", so the first numbering never prunes.
  const parentEdge = new Int32Array(n).fill(-2)
  type Six = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array]
  const [low, lim, post, iter, stack, oldPost] = Array.from(
    { length: 6 },
    () => new Int32Array(n),
  ) as Six
  // Numbers the subtree of `root` from `firstLow` on. The vertices of the subtree stay
  // the same (a pivot only changes edges inside it). `exchange` marks the vertices whose
  // parent or children changed (low −1); a child subtree reached through its old parent
  // edge and not marked is the same subtree in the same order, so its numbers only shift
  // — by nothing (Graphviz's pruning) or by the size of what moved before it: then they
  // are copied, shifted, from the old postorder (`oldPost`) instead of walked again.
  const number = (root: number, firstLow: number): void => {
    let next = firstLow
    let sp = 0
    stack[sp++] = root
    low[root] = next
    iter[root] = incStart[root]!
    while (sp > 0) {
      const v = stack[sp - 1]!
      const i = iter[v]!
      if (i < incStart[v + 1]!) {
        iter[v] = i + 1
        const e = incEdge[i]!
        if (!treeEdge[e] || e === parentEdge[v]) continue
        const w = U[e] === v ? V[e]! : U[e]!
        if (parentEdge[w] === e && low[w] !== -1) {
          const shift = next - low[w]!
          if (shift !== 0)
            for (let k = low[w]! - 1, end = lim[w]!; k < end; k++) {
              const x = oldPost[k]!
              low[x]! += shift
              lim[x]! += shift
              post[k + shift] = x
            }
          next = lim[w]! + 1
          continue
        }
        parentEdge[w] = e
        low[w] = next
        iter[w] = incStart[w]!
        stack[sp++] = w
      } else {
        lim[v] = next
        post[next - 1] = v
        next++
        sp--
      }
    }
  }
  /**
   * Tree edge `leave` out, non-tree edge `enter` in (it must join the two parts), and the
   * subtree of `lca` — the common ancestor of enter's ends before — renumbered.
   */
  const exchange = (leave: number, enter: number, lca: number): void => {
    // Mark the two changed paths, up to the common ancestor.
    const lcaLow = low[lca]!
    for (const start of [U[enter]!, V[enter]!]) {
      let x = start
      while (low[x] !== -1) {
        low[x] = -1
        if (x === lca) break
        const e = parentEdge[x]!
        x = lim[U[e]!]! > lim[V[e]!]! ? U[e]! : V[e]!
      }
    }
    treeEdge[leave] = 0
    treeEdge[enter] = 1
    oldPost.set(post.subarray(lcaLow - 1, lim[lca]!), lcaLow - 1)
    number(lca, lcaLow)
  }
  return { low, lim, post, parentEdge, number, exchange }
}

/**
 * Network simplex (Gansner, Koutsofios, North, Vo 1993) minimising Σ weight × length with
 * length ≥ 1: the fewest dummy vertices. Typed arrays throughout, and every step is
 * incremental:
 * - the initial feasible tree merges tight subtrees smallest-first (each vertex is scanned
 *   O(log V) times), shifting the smaller one until its least-slack edge is tight;
 * - a pivot searches entering edges only below the leaving edge, shifts the smaller side,
 *   updates cut values along the tree path and renumbers only the subtree of the lowest
 *   common ancestor (as in Graphviz), and there only walks the changed paths: the other
 *   subtrees' numbers are shifted (`treeNumbering`);
 * - leaving edges are taken round-robin, the most negative of the next few found in a bit
 *   set of the tree edges with a negative cut value (`leavingEdge`).
 * Ranks are feasible at every step; a pivot cap guards against degenerate cycling.
 */
export function networkSimplex(n: number, from0: Int32Array, to0: Int32Array): Int32Array {
  // Merge parallel edges into weights.
  const weightOf = new Map<number, number>()
  const eu: number[] = []
  const ev: number[] = []
  const ew: number[] = []
  for (let e = 0; e < from0.length; e++) {
    const key = from0[e]! * n + to0[e]!
    const at = weightOf.get(key)
    if (at === undefined) {
      weightOf.set(key, eu.length)
      eu.push(from0[e]!)
      ev.push(to0[e]!)
      ew.push(1)
    } else ew[at]!++
  }
  const m = eu.length
  const U = Int32Array.from(eu)
  const V = Int32Array.from(ev)
  const W = Int32Array.from(ew)

  const rank = new Int32Array(n)
  if (m === 0) return rank
  // Initial ranks: longest path from the sources (fewer pivots than from the sinks here).
  const order = topoOrder(n, U, V)
  const inc = buildCsr(n, V, U)
  const outc = buildCsr(n, U, V)
  for (let k = 0; k < n; k++) {
    const v = order[k]!
    let r = 0
    for (let i = inc.start[v]!; i < inc.start[v + 1]!; i++) r = Math.max(r, rank[inc.adj[i]!]! + 1)
    rank[v] = r
  }

  const { incStart, incEdge } = incidence(n, U, V)
  const other = (e: number, v: number): number => (U[e] === v ? V[e]! : U[e]!)
  const slack = (e: number): number => rank[V[e]!]! - rank[U[e]!]! - 1

  // Feasible tree. Tight subtrees first (owner = subtree id, members in linked lists).
  const treeEdge = new Uint8Array(m)
  const owner = new Int32Array(n).fill(-1)
  const nextMember = new Int32Array(n).fill(-1)
  const head: number[] = []
  const tail: number[] = []
  const sizes: number[] = []
  const stack = new Int32Array(n)
  for (let s = 0; s < n; s++) {
    if (owner[s] !== -1) continue
    const id = head.length
    owner[s] = id
    head.push(s)
    let last = s
    let size = 1
    let sp = 0
    stack[sp++] = s
    while (sp > 0) {
      const v = stack[--sp]!
      for (let i = incStart[v]!; i < incStart[v + 1]!; i++) {
        const e = incEdge[i]!
        const w = other(e, v)
        if (owner[w] !== -1 || slack(e) !== 0) continue
        owner[w] = id
        treeEdge[e] = 1
        nextMember[last] = w
        last = w
        size++
        stack[sp++] = w
      }
    }
    tail.push(last)
    sizes.push(size)
  }
  // Merge smallest-first: a binary heap of keys size · (n + 1) + id; stale keys are skipped.
  const heap: number[] = []
  const push = (id: number): void => {
    const key = sizes[id]! * (n + 1) + id
    let i = heap.length
    heap.push(key)
    while (i > 0) {
      const p = (i - 1) >> 1
      if (heap[p]! <= key) break
      heap[i] = heap[p]!
      i = p
    }
    heap[i] = key
  }
  const pop = (): number => {
    const top = heap[0]!
    const last = heap.pop()!
    const size = heap.length
    if (size > 0) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= size) break
        const c = l + 1 < size && heap[l + 1]! < heap[l]! ? l + 1 : l
        if (heap[c]! >= last) break
        heap[i] = heap[c]!
        i = c
      }
      heap[i] = last
    }
    return top
  }
  const alive = new Uint8Array(head.length).fill(1)
  for (let id = 0; id < head.length; id++) push(id)
  while (heap.length > 0) {
    const key = pop()
    const id = key % (n + 1)
    if (!alive[id] || sizes[id]! !== (key - id) / (n + 1)) continue
    let best = -1
    let bestSlack = Infinity
    for (let v = head[id]!; v !== -1; v = nextMember[v]!) {
      for (let i = incStart[v]!; i < incStart[v + 1]!; i++) {
        const e = incEdge[i]!
        if (owner[other(e, v)] === id) continue
        const sl = slack(e)
        if (sl < bestSlack) {
          bestSlack = sl
          best = e
        }
      }
    }
    if (best === -1) continue // a whole component
    // Shift this (smaller) subtree so that `best` becomes tight, then join the other one.
    const inside = owner[U[best]!] === id
    const delta = inside ? bestSlack : -bestSlack
    const into = owner[inside ? V[best]! : U[best]!]!
    for (let v = head[id]!; v !== -1; v = nextMember[v]!) {
      rank[v]! += delta
      owner[v] = into
    }
    treeEdge[best] = 1
    nextMember[tail[into]!] = head[id]!
    tail[into] = tail[id]!
    sizes[into]! += sizes[id]!
    alive[id] = 0
    push(into)
  }

  // Rooted trees: low/lim postorder numbers.
  const tree = treeNumbering(n, incStart, incEdge, U, V, treeEdge)
  const { low, lim, post, parentEdge, number } = tree
  const compSize = new Int32Array(n)
  const compRoot = new Int32Array(n)
  const seenRoot = new Uint8Array(n)
  let base = 1
  for (let v = 0; v < n; v++) {
    // The first vertex met of each component is its root.
    if (seenRoot[v]) continue
    parentEdge[v] = -1
    number(v, base)
    const size = lim[v]! - base + 1
    for (let k = base - 1; k < lim[v]!; k++) {
      seenRoot[post[k]!] = 1
      compSize[post[k]!] = size
      compRoot[post[k]!] = v
    }
    base = lim[v]! + 1
  }

  // Cut values, children before parents.
  const cut = new Float64Array(m)
  for (let k = 0; k < n; k++) {
    const child = post[k]!
    const pe = parentEdge[child]!
    if (pe === -1) continue
    const childIsTail = U[pe] === child
    let value = W[pe]!
    for (let i = incStart[child]!; i < incStart[child + 1]!; i++) {
      const e = incEdge[i]!
      if (e === pe) continue
      const pointsToHead = (U[e] === child) === childIsTail
      value += pointsToHead ? W[e]! : -W[e]!
      if (treeEdge[e]) value += pointsToHead ? -cut[e]! : cut[e]!
    }
    cut[pe] = value
  }
  // Tree edges with a negative cut value, as a bit set (the leaving edge's candidates).
  const negative = new Int32Array((m + 31) >> 5)
  const mark = (e: number): void => {
    if (treeEdge[e] && cut[e]! < 0) negative[e >> 5]! |= 1 << (e & 31)
    else negative[e >> 5]! &= ~(1 << (e & 31))
  }
  for (let e = 0; e < m; e++) mark(e)

  const inSub = (x: number, lo: number, hi: number): boolean => lo <= lim[x]! && lim[x]! <= hi
  const walkUp = (start: number, target: number, value: number, dir: boolean): number => {
    let v = start
    while (!inSub(target, low[v]!, lim[v]!)) {
      const e = parentEdge[v]!
      const d = v === U[e] ? dir : !dir
      cut[e]! += d ? value : -value
      mark(e)
      v = lim[U[e]!]! > lim[V[e]!]! ? U[e]! : V[e]!
    }
    return v
  }

  let cursor = 0
  const maxPivots = 20 * (n + m) + 100
  for (let pivot = 0; pivot < maxPivots; pivot++) {
    // Leaving edge: the most negative of the next few negative tree edges round-robin.
    const [leave, after] = leavingEdge(negative, m, cursor, cut, 30)
    if (leave === -1) break
    cursor = after
    // Entering edge: least-slack non-tree edge crossing back, searched below `leave`.
    const child = lim[U[leave]!]! < lim[V[leave]!]! ? U[leave]! : V[leave]!
    const childIsTail = child === U[leave]
    const lo = low[child]!
    const hi = lim[child]!
    let enter = -1
    let best = Infinity
    // The tail side needs an edge's head inside, the head side its tail inside: the edges
    // into, or out of, each vertex below (in edge order, as in the incidence lists).
    const side = childIsTail ? inc : outc
    for (let k = lo - 1; k < hi; k++) {
      const x = post[k]!
      for (let i = side.start[x]!; i < side.start[x + 1]!; i++) {
        const f = side.edge[i]!
        if (treeEdge[f] || inSub(side.adj[i]!, lo, hi)) continue
        const sl = slack(f)
        if (sl < best) {
          best = sl
          enter = f
        }
      }
    }
    if (enter === -1) break
    // Make `enter` tight by shifting the smaller side.
    if (best > 0) {
      const down = childIsTail ? -best : best
      const size = hi - lo + 1
      if (2 * size <= compSize[child]!) {
        for (let k = lo - 1; k < hi; k++) rank[post[k]!]! += down
      } else {
        const root = compRoot[child]!
        for (let k = low[root]! - 1; k < lim[root]!; k++) {
          if (k >= lo - 1 && k < hi) continue
          rank[post[k]!]! -= down
        }
      }
    }
    const value = cut[leave]!
    const lca = walkUp(U[enter]!, V[enter]!, value, true)
    walkUp(V[enter]!, U[enter]!, value, false)
    cut[enter] = -value
    cut[leave] = 0
    tree.exchange(leave, enter, lca)
    mark(leave)
    mark(enter)
  }

  // Normalise each component to start at layer 0.
  const min = new Int32Array(n).fill(1 << 30)
  for (let v = 0; v < n; v++) min[compRoot[v]!] = Math.min(min[compRoot[v]!]!, rank[v]!)
  for (let v = 0; v < n; v++) rank[v]! -= min[compRoot[v]!]!
  return rank
}

/**
 * Layering that honours an earlier one: `prev[v]` is the old layer of v, or −1 for a new
 * vertex. Old vertices keep their layer unless an edge forces a move; two repairs are
 * tried — pushing later vertices down, or earlier vertices up — and the one that moves
 * fewer old vertices wins. New vertices sit next to their neighbours.
 */
export function stableLayers(
  n: number,
  from: Int32Array,
  to: Int32Array,
  prev: Int32Array,
): Int32Array {
  const order = topoOrder(n, from, to)
  const out = buildCsr(n, from, to)
  const inc = buildCsr(n, to, from)

  const down = new Int32Array(n)
  for (let k = 0; k < n; k++) {
    const v = order[k]!
    let lo = 0
    for (let i = inc.start[v]!; i < inc.start[v + 1]!; i++)
      lo = Math.max(lo, down[inc.adj[i]!]! + 1)
    down[v] = prev[v]! >= 0 ? Math.max(prev[v]!, lo) : lo
  }
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!
    if (prev[v]! >= 0 || out.start[v] === out.start[v + 1]) continue
    let hi = Infinity
    for (let i = out.start[v]!; i < out.start[v + 1]!; i++)
      hi = Math.min(hi, down[out.adj[i]!]! - 1)
    down[v] = Math.max(down[v]!, hi)
  }

  const up = new Int32Array(n)
  const FREE = 1 << 30 // no old vertex downstream: not yet placed
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!
    let hi = FREE
    for (let i = out.start[v]!; i < out.start[v + 1]!; i++) {
      const w = up[out.adj[i]!]!
      if (w !== FREE) hi = Math.min(hi, w - 1)
    }
    up[v] = prev[v]! >= 0 ? Math.min(prev[v]!, hi) : hi
  }
  for (let k = 0; k < n; k++) {
    const v = order[k]!
    if (prev[v]! >= 0) continue
    if (inc.start[v] === inc.start[v + 1]) {
      if (up[v] === FREE) up[v] = 0
      continue
    }
    // Just below its lowest predecessor (never lower than its successors allow).
    let lo = -Infinity
    for (let i = inc.start[v]!; i < inc.start[v + 1]!; i++) lo = Math.max(lo, up[inc.adj[i]!]! + 1)
    up[v] = lo
  }

  const normalise = (r: Int32Array): number => {
    let min = Infinity
    for (let v = 0; v < n; v++) min = Math.min(min, r[v]!)
    if (min !== 0 && n > 0) for (let v = 0; v < n; v++) r[v]! -= min
    let moved = 0
    for (let v = 0; v < n; v++) if (prev[v]! >= 0 && r[v] !== prev[v]) moved++
    return moved
  }
  const movedDown = normalise(down)
  const movedUp = normalise(up)
  return movedUp < movedDown ? up : down
}
