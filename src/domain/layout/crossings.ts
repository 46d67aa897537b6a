import type { Layered } from './proper'
import type { LayoutResult } from './types'

/**
 * Crossings between two consecutive layers. Edges are read in lexicographic order (upper
 * position, lower position); the crossings are the inversions of the lower positions.
 * Worst case O(E log V) with the accumulator tree of Barth, Jünger and Mutzel (2004);
 * cheaper still for good orders, which have few inversions.
 */
/**
 * Writes the positions of the `d` neighbours `adj[start…start + d)` into `out[0…d)`, ascending.
 * Insertion sort: degrees are small, and it allocates nothing.
 */
export function sortedPositions(
  pos: Int32Array,
  adj: Int32Array,
  start: number,
  d: number,
  out: Int32Array,
): void {
  for (let j = 0; j < d; j++) {
    const p = pos[adj[start + j]!]!
    let k = j
    while (k > 0 && out[k - 1]! > p) {
      out[k] = out[k - 1]!
      k--
    }
    out[k] = p
  }
}

export class LayerCrossings {
  private acc: Int32Array
  private seq: Int32Array
  private nb: Int32Array
  /** The last count between each layer and the next. */
  private last: Float64Array

  constructor(private g: Layered) {
    let widest = 1
    for (let l = 0; l < g.layers; l++)
      widest = Math.max(widest, g.layerStart[l + 1]! - g.layerStart[l]!)
    let first = 1
    while (first < widest) first *= 2
    this.acc = new Int32Array(2 * first)
    this.seq = new Int32Array(Math.max(1, g.down.length))
    let maxDeg = 1
    for (let v = 0; v < g.count; v++)
      maxDeg = Math.max(maxDeg, g.downStart[v + 1]! - g.downStart[v]!)
    this.nb = new Int32Array(maxDeg)
    this.last = new Float64Array(Math.max(1, g.layers))
  }

  /**
   * Crossings between layer `l` and layer `l + 1`: the inversions of the lower end
   * positions. Counted by insertion sort while that stays cheap (good orders have few
   * crossings, so this is O(E + crossings)); past a cap the accumulator tree takes over.
   */
  between(l: number): number {
    const len = this.sequence(l)
    const seq = this.seq
    const cap = 8 * len + 64
    // Many crossings last time: most likely many again, so the tree straight away.
    if (this.last[l]! > cap) return (this.last[l] = this.tree(l, len))
    let crossings = 0
    for (let k = 1; k < len; k++) {
      const x = seq[k]!
      let j = k
      while (j > 0 && seq[j - 1]! > x) {
        seq[j] = seq[j - 1]!
        j--
      }
      seq[j] = x
      crossings += k - j
      if (crossings > cap) return (this.last[l] = this.tree(l, this.sequence(l)))
    }
    return (this.last[l] = crossings)
  }

  /** Lower end positions of the edges between `l` and `l + 1`, in lexicographic order. */
  private sequence(l: number): number {
    const g = this.g
    const { order, pos, downStart, down, layerStart } = g
    const seq = this.seq
    const nb = this.nb
    let len = 0
    for (let i = layerStart[l]!; i < layerStart[l + 1]!; i++) {
      const v = order[i]!
      const a = downStart[v]!
      const d = downStart[v + 1]! - a
      if (d === 1) {
        seq[len++] = pos[down[a]!]!
        continue
      }
      sortedPositions(pos, down, a, d, nb)
      for (let j = 0; j < d; j++) seq[len++] = nb[j]!
    }
    return len
  }

  /** Barth–Jünger–Mutzel accumulator tree over the first `len` entries of the sequence. */
  private tree(l: number, len: number): number {
    const { layerStart } = this.g
    const seq = this.seq
    const q = layerStart[l + 2]! - layerStart[l + 1]!
    let first = 1
    while (first < q) first *= 2
    const tree = this.acc
    tree.fill(0, 0, 2 * first - 1)
    const offset = first - 1
    let crossings = 0
    for (let k = 0; k < len; k++) {
      let index = seq[k]! + offset
      tree[index]!++
      while (index > 0) {
        // Left child (odd index): the counts of its right sibling, larger positions.
        crossings += tree[index + 1]! & -(index & 1)
        index = (index - 1) >> 1
        tree[index]!++
      }
    }
    return crossings
  }

  total(): number {
    let sum = 0
    for (let l = 0; l + 1 < this.g.layers; l++) sum += this.between(l)
    return sum
  }
}

/**
 * Geometric crossings of a drawing: the number of pairs of edge segments, from two
 * different edges, whose interiors cross at a single point (both orientation tests strictly
 * opposite). Touching at an end point, a shared end point or collinear overlap does not
 * count; nor does an edge crossing itself. Works on any polyline drawing, not only layered
 * ones: segments are bucketed in a uniform grid by bounding box and a pair is tested only
 * in the first grid cell the two boxes share, so each pair is counted at most once.
 */
export function countCrossings(result: LayoutResult): number {
  let total = 0
  for (const edge of result.edges) total += Math.max(0, edge.points.length - 1)
  const x1 = new Float64Array(total)
  const y1 = new Float64Array(total)
  const x2 = new Float64Array(total)
  const y2 = new Float64Array(total)
  const owner = new Int32Array(total)
  let s = 0
  result.edges.forEach((edge, e) => {
    const pts = edge.points
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!
      const b = pts[i + 1]!
      if (a.x === b.x && a.y === b.y) continue
      if (![a.x, a.y, b.x, b.y].every(Number.isFinite)) continue
      x1[s] = a.x
      y1[s] = a.y
      x2[s] = b.x
      y2[s] = b.y
      owner[s++] = e
    }
  })
  if (s < 2) return 0

  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let i = 0; i < s; i++) {
    minX = Math.min(minX, x1[i]!, x2[i]!)
    maxX = Math.max(maxX, x1[i]!, x2[i]!)
    minY = Math.min(minY, y1[i]!, y2[i]!)
    maxY = Math.max(maxY, y1[i]!, y2[i]!)
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(s)))
  const cw = (maxX - minX) / side || 1
  const ch = (maxY - minY) / side || 1
  const cell = (v: number, min: number, size: number): number =>
    Math.min(side - 1, Math.max(0, Math.floor((v - min) / size)))
  const cx0 = new Int32Array(s)
  const cx1 = new Int32Array(s)
  const cy0 = new Int32Array(s)
  const cy1 = new Int32Array(s)
  let incidences = 0
  for (let i = 0; i < s; i++) {
    cx0[i] = cell(Math.min(x1[i]!, x2[i]!), minX, cw)
    cx1[i] = cell(Math.max(x1[i]!, x2[i]!), minX, cw)
    cy0[i] = cell(Math.min(y1[i]!, y2[i]!), minY, ch)
    cy1[i] = cell(Math.max(y1[i]!, y2[i]!), minY, ch)
    incidences += (cx1[i]! - cx0[i]! + 1) * (cy1[i]! - cy0[i]! + 1)
  }
  // Mostly long diagonal segments: the grid would not pay; one cell holds them all.
  if (incidences > 32 * s + 4096) {
    cx0.fill(0)
    cx1.fill(0)
    cy0.fill(0)
    cy1.fill(0)
  }
  const counts = new Int32Array(side * side + 1)
  for (let i = 0; i < s; i++)
    for (let gy = cy0[i]!; gy <= cy1[i]!; gy++)
      for (let gx = cx0[i]!; gx <= cx1[i]!; gx++) counts[gy * side + gx + 1]!++
  for (let c = 0; c < side * side; c++) counts[c + 1]! += counts[c]!
  const members = new Int32Array(counts[side * side]!)
  const fill = counts.slice(0, side * side)
  for (let i = 0; i < s; i++)
    for (let gy = cy0[i]!; gy <= cy1[i]!; gy++)
      for (let gx = cx0[i]!; gx <= cx1[i]!; gx++) members[fill[gy * side + gx]!++] = i

  const orient = (ax: number, ay: number, bx: number, by: number, px: number, py: number) =>
    Math.sign((bx - ax) * (py - ay) - (by - ay) * (px - ax))
  let crossings = 0
  for (let gy = 0; gy < side; gy++) {
    for (let gx = 0; gx < side; gx++) {
      const c = gy * side + gx
      for (let p = counts[c]!; p < counts[c + 1]!; p++) {
        const i = members[p]!
        for (let q = p + 1; q < counts[c + 1]!; q++) {
          const j = members[q]!
          if (owner[i] === owner[j]) continue
          // Count the pair only in the first cell both bounding boxes share.
          if (Math.max(cx0[i]!, cx0[j]!) !== gx || Math.max(cy0[i]!, cy0[j]!) !== gy) continue
          const o1 = orient(x1[i]!, y1[i]!, x2[i]!, y2[i]!, x1[j]!, y1[j]!)
          const o2 = orient(x1[i]!, y1[i]!, x2[i]!, y2[i]!, x2[j]!, y2[j]!)
          if (o1 * o2 >= 0) continue
          const o3 = orient(x1[j]!, y1[j]!, x2[j]!, y2[j]!, x1[i]!, y1[i]!)
          const o4 = orient(x1[j]!, y1[j]!, x2[j]!, y2[j]!, x2[i]!, y2[i]!)
          if (o3 * o4 < 0) crossings++
        }
      }
    }
  }
  return crossings
}
