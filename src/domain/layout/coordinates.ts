import type { Layered } from './proper'

/**
 * In-layer coordinates by Brandes & Köpf (2001), with the block-graph compaction used by
 * dagre: four vertical alignments (up/down × left/right) to medians, inner segments of
 * long edges kept straight (type-1 conflicts), each compacted by longest path in the block
 * graph and pulled towards its right neighbours; the four are aligned to the narrowest and
 * balanced by the mean of the two middle values. Separation holds in each of the four,
 * hence in their order statistics; a final sweep restores it against rounding.
 *
 * `size[v]` is a vertex's extent along the layer (0 for dummies), `gap` the least space
 * between two real vertices (half of it next to a dummy).
 */
export function assignCoordinates(g: Layered, size: Float64Array, gap: number): Float64Array {
  const { count, layers, layerStart, order, pos, upStart, up, downStart, down, n } = g
  const x = new Float64Array(count)
  if (count === 0) return x
  const sep = (u: number, v: number): number =>
    (size[u]! + size[v]!) / 2 + (u < n && v < n ? gap : gap / 2)

  // Neighbours sorted by position.
  const sortedUp = up.slice()
  const sortedDown = down.slice()
  const sortNeighbours = (start: Int32Array, adj: Int32Array): void => {
    for (let v = 0; v < count; v++) {
      const s = start[v]!
      const e = start[v + 1]!
      for (let j = s + 1; j < e; j++) {
        const w = adj[j]!
        let k = j
        while (k > s && pos[adj[k - 1]!]! > pos[w]!) {
          adj[k] = adj[k - 1]!
          k--
        }
        adj[k] = w
      }
    }
  }
  sortNeighbours(upStart, sortedUp)
  sortNeighbours(downStart, sortedDown)

  // Type-1 conflicts: a non-inner segment crossing an inner one (dummy–dummy) is marked.
  const conflicts = new Set<number>()
  const key = (a: number, b: number): number => (a < b ? a * count + b : b * count + a)
  const isDummy = (v: number): boolean => v >= n
  for (let l = 1; l < layers; l++) {
    const a = layerStart[l]!
    const b = layerStart[l + 1]!
    const prevLength = layerStart[l]! - layerStart[l - 1]!
    let k0 = 0
    let scan = a
    for (let i = a; i < b; i++) {
      const v = order[i]!
      let inner = -1
      if (isDummy(v)) {
        const u = up[upStart[v]!]
        if (u !== undefined && upStart[v + 1]! > upStart[v]! && isDummy(u)) inner = u
      }
      if (inner === -1 && i !== b - 1) continue
      const k1 = inner === -1 ? prevLength : pos[inner]!
      for (; scan <= i; scan++) {
        const w = order[scan]!
        for (let j = upStart[w]!; j < upStart[w + 1]!; j++) {
          const u = up[j]!
          const p = pos[u]!
          if ((p < k0 || k1 < p) && !(isDummy(u) && isDummy(w))) conflicts.add(key(u, w))
        }
      }
      k0 = k1
    }
  }

  const root = new Int32Array(count)
  const align = new Int32Array(count)
  const xs = new Float64Array(count)
  const result: Float64Array[] = []
  const blockStart = new Int32Array(count + 1)
  const blockAdj = new Int32Array(count)
  const blockW = new Float64Array(count)
  const indeg = new Int32Array(count)
  const topo = new Int32Array(count)
  const from = new Int32Array(count)
  const to = new Int32Array(count)
  const wt = new Float64Array(count)

  for (const vertical of [0, 1]) {
    for (const horizontal of [0, 1]) {
      const fromAbove = vertical === 0
      const leftToRight = horizontal === 0
      const nStart = fromAbove ? upStart : downStart
      const nAdj = fromAbove ? sortedUp : sortedDown
      for (let v = 0; v < count; v++) {
        root[v] = v
        align[v] = v
      }
      const rel = (w: number): number => {
        const l = g.layer[w]!
        return leftToRight ? pos[w]! : layerStart[l + 1]! - layerStart[l]! - 1 - pos[w]!
      }
      // Vertical alignment.
      for (let t = 0; t < layers; t++) {
        const l = fromAbove ? t : layers - 1 - t
        const a = layerStart[l]!
        const b = layerStart[l + 1]!
        let r = -1
        for (let t2 = 0; t2 < b - a; t2++) {
          const v = order[leftToRight ? a + t2 : b - 1 - t2]!
          const s = nStart[v]!
          const d = nStart[v + 1]! - s
          if (d === 0) continue
          const lo = Math.floor((d - 1) / 2)
          const hi = Math.ceil((d - 1) / 2)
          for (let m = lo; m <= hi; m++) {
            const w = nAdj[leftToRight ? s + m : s + d - 1 - m]!
            const rw = rel(w)
            if (align[v] === v && r < rw && !conflicts.has(key(v, w))) {
              align[w] = v
              root[v] = root[w]!
              align[v] = root[v]!
              r = rw
            }
          }
        }
      }
      // Block graph: root(u) → root(v) for neighbours u before v, weight = separation.
      let edges = 0
      for (let l = 0; l < layers; l++) {
        const a = layerStart[l]!
        const b = layerStart[l + 1]!
        for (let t2 = 1; t2 < b - a; t2++) {
          const u = order[leftToRight ? a + t2 - 1 : b - t2]!
          const v = order[leftToRight ? a + t2 : b - 1 - t2]!
          from[edges] = root[u]!
          to[edges] = root[v]!
          wt[edges++] = sep(u, v)
        }
      }
      blockStart.fill(0)
      indeg.fill(0)
      for (let e = 0; e < edges; e++) {
        blockStart[from[e]! + 1]!++
        indeg[to[e]!]!++
      }
      for (let v = 0; v < count; v++) blockStart[v + 1]! += blockStart[v]!
      const at = blockStart.slice(0, count)
      for (let e = 0; e < edges; e++) {
        const slot = at[from[e]!]!++
        blockAdj[slot] = to[e]!
        blockW[slot] = wt[e]!
      }
      // Topological order of roots; pass 1: least coordinates.
      let tail = 0
      for (let v = 0; v < count; v++) {
        xs[v] = 0
        if (root[v] === v && indeg[v] === 0) topo[tail++] = v
      }
      for (let head = 0; head < tail; head++) {
        const v = topo[head]!
        for (let j = blockStart[v]!; j < blockStart[v + 1]!; j++) {
          const w = blockAdj[j]!
          const c = xs[v]! + blockW[j]!
          if (c > xs[w]!) xs[w] = c
          if (--indeg[w]! === 0) topo[tail++] = w
        }
      }
      // Pass 2: pull each block right as far as its right neighbours allow.
      for (let k = tail - 1; k >= 0; k--) {
        const v = topo[k]!
        let min = Infinity
        for (let j = blockStart[v]!; j < blockStart[v + 1]!; j++)
          min = Math.min(min, xs[blockAdj[j]!]! - blockW[j]!)
        if (min !== Infinity && min > xs[v]!) xs[v] = min
      }
      const coords = new Float64Array(count)
      for (let v = 0; v < count; v++) coords[v] = leftToRight ? xs[root[v]!]! : -xs[root[v]!]!
      result.push(coords)
    }
  }

  // Align to the narrowest of the four, then balance.
  let narrowest = 0
  let bestWidth = Infinity
  const mins: number[] = []
  const maxs: number[] = []
  result.forEach((coords, i) => {
    let lo = Infinity
    let hi = -Infinity
    let loX = Infinity
    let hiX = -Infinity
    for (let v = 0; v < count; v++) {
      lo = Math.min(lo, coords[v]! - size[v]! / 2)
      hi = Math.max(hi, coords[v]! + size[v]! / 2)
      loX = Math.min(loX, coords[v]!)
      hiX = Math.max(hiX, coords[v]!)
    }
    mins.push(loX)
    maxs.push(hiX)
    if (hi - lo < bestWidth) {
      bestWidth = hi - lo
      narrowest = i
    }
  })
  result.forEach((coords, i) => {
    if (i === narrowest) return
    const delta = i % 2 === 0 ? mins[narrowest]! - mins[i]! : maxs[narrowest]! - maxs[i]!
    if (delta !== 0) for (let v = 0; v < count; v++) coords[v]! += delta
  })
  const four = new Float64Array(4)
  for (let v = 0; v < count; v++) {
    for (let i = 0; i < 4; i++) four[i] = result[i]![v]!
    four.sort()
    x[v] = (four[1]! + four[2]!) / 2
  }
  // Guard separation against rounding.
  for (let l = 0; l < layers; l++) {
    for (let i = layerStart[l]! + 1; i < layerStart[l + 1]!; i++) {
      const u = order[i - 1]!
      const v = order[i]!
      const least = x[u]! + sep(u, v)
      if (x[v]! < least) x[v] = least
    }
  }
  return x
}
