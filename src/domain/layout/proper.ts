/**
 * The "proper" layered graph: every edge of span k becomes a chain through k − 1 dummy
 * vertices, so all segments join consecutive layers. Real vertices keep their indices
 * 0 … n − 1; the dummies of edge e are `dummyStart[e]` … `dummyStart[e + 1] − 1`, from
 * the upper end down.
 */
export interface Layered {
  /** Real vertices. */
  n: number
  /** All vertices, dummies included. */
  count: number
  layers: number
  layer: Int32Array
  upStart: Int32Array
  up: Int32Array
  downStart: Int32Array
  down: Int32Array
  /** Vertices grouped by layer (`layerStart[l]` … `layerStart[l + 1] − 1`), in order. */
  layerStart: Int32Array
  order: Int32Array
  /** Index of each vertex inside its layer. */
  pos: Int32Array
  dummyStart: Int32Array
}

function csr(count: number, a: Int32Array, b: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(count + 1)
  for (let i = 0; i < a.length; i++) start[a[i]! + 1]!++
  for (let v = 0; v < count; v++) start[v + 1]! += start[v]!
  const fill = start.slice(0, count)
  const adj = new Int32Array(a.length)
  for (let i = 0; i < a.length; i++) adj[fill[a[i]!]!++] = b[i]!
  return [start, adj]
}

/** `from[e] → to[e]` with `rank[from] < rank[to]` for every edge. */
export function buildLayered(
  n: number,
  rank: Int32Array,
  from: Int32Array,
  to: Int32Array,
): Layered {
  const m = from.length
  const dummyStart = new Int32Array(m + 1)
  let count = n
  let segments = 0
  let layers = 0
  for (let v = 0; v < n; v++) layers = Math.max(layers, rank[v]! + 1)
  for (let e = 0; e < m; e++) {
    const span = rank[to[e]!]! - rank[from[e]!]!
    dummyStart[e] = count
    count += span - 1
    segments += span
  }
  dummyStart[m] = count
  const layer = new Int32Array(count)
  layer.set(rank.subarray(0, n))
  const segA = new Int32Array(segments)
  const segB = new Int32Array(segments)
  let s = 0
  for (let e = 0; e < m; e++) {
    let prev = from[e]!
    let r = rank[prev]!
    for (let d = dummyStart[e]!; d < dummyStart[e + 1]!; d++) {
      layer[d] = ++r
      segA[s] = prev
      segB[s++] = d
      prev = d
    }
    segA[s] = prev
    segB[s++] = to[e]!
  }
  const [downStart, down] = csr(count, segA, segB)
  const [upStart, up] = csr(count, segB, segA)
  const layerStart = new Int32Array(layers + 1)
  for (let v = 0; v < count; v++) layerStart[layer[v]! + 1]!++
  for (let l = 0; l < layers; l++) layerStart[l + 1]! += layerStart[l]!
  return {
    n,
    count,
    layers,
    layer,
    upStart,
    up,
    downStart,
    down,
    layerStart,
    order: new Int32Array(count),
    pos: new Int32Array(count),
    dummyStart,
  }
}
