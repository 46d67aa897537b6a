import { LayerCrossings, sortedPositions } from './crossings'
import type { Layered } from './proper'

/**
 * Crossing reduction: the order of the vertices inside each layer.
 *
 * - From scratch: a depth-first initial order, then alternating down/up layer sweeps that
 *   sort each layer by barycentre of its fixed neighbours, keeping the best order seen
 *   (counted exactly with the accumulator tree) — in `best` quality twice from the same
 *   start, the second time with barycentres blended with medians, keeping the better;
 *   then sifting; then moving long edges, with the milestones that continue them, as a
 *   whole (`moveChains`), and sifting again if that saved crossings.
 * - Sifting (Matuszewski, Schönfeld, Molitor 1999, one-layer form): every vertex in turn is
 *   tried in every slot of its layer and moved to the one with fewest crossings against
 *   both neighbouring layers, computed from pairwise crossing numbers in O(k · deg). It
 *   only moves a vertex for a strict gain, so an order that is already locally best is
 *   left exactly as it is — which is what keeps a previous layout stable. A vertex whose
 *   edges cross nothing is skipped (no slot can beat it). After a round that moved
 *   something, only the vertices that moved or had a neighbour move are sifted again; a
 *   round of those that gains nothing is followed by a whole round, so sifting that runs
 *   until no gain still ends where no single vertex move helps.
 */

function fillLayers(g: Layered, seq: Int32Array): void {
  const at = g.layerStart.slice(0, g.layers)
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i]!
    const p = at[g.layer[v]!]!++
    g.order[p] = v
    g.pos[v] = p - g.layerStart[g.layer[v]!]!
  }
}

/** Depth-first order from the real vertices by layer, then input order. */
export function initialOrder(g: Layered): void {
  const { n, count, layer, downStart, down } = g
  const byLayer = new Int32Array(n)
  const bucket = new Int32Array(g.layers + 1)
  for (let v = 0; v < n; v++) bucket[layer[v]! + 1]!++
  for (let l = 0; l < g.layers; l++) bucket[l + 1]! += bucket[l]!
  for (let v = 0; v < n; v++) byLayer[bucket[layer[v]!]!++] = v
  const seen = new Uint8Array(count)
  const seq = new Int32Array(count)
  const stack = new Int32Array(Math.max(1, g.down.length + n))
  let len = 0
  for (let k = 0; k < n; k++) {
    let sp = 0
    stack[sp++] = byLayer[k]!
    while (sp > 0) {
      const v = stack[--sp]!
      if (seen[v]) continue
      seen[v] = 1
      seq[len++] = v
      for (let i = downStart[v + 1]! - 1; i >= downStart[v]!; i--)
        if (!seen[down[i]!]) stack[sp++] = down[i]!
    }
  }
  fillLayers(g, seq)
}

/**
 * Order from keys (in-layer coordinates of an earlier drawing); vertices without a key take
 * the mean key of their neighbours above, else below, else go to the right end.
 */
export function orderFromKeys(g: Layered, key: Float64Array): void {
  const { count, upStart, up, downStart, down, layer } = g
  const byLayer = new Int32Array(count)
  const at = g.layerStart.slice(0, g.layers)
  for (let v = 0; v < count; v++) byLayer[at[layer[v]!]!++] = v
  const mean = (v: number, start: Int32Array, adj: Int32Array): number => {
    let sum = 0
    let k = 0
    for (let i = start[v]!; i < start[v + 1]!; i++) {
      const x = key[adj[i]!]!
      if (Number.isNaN(x)) continue
      sum += x
      k++
    }
    return k > 0 ? sum / k : NaN
  }
  for (let i = 0; i < count; i++) {
    const v = byLayer[i]!
    if (Number.isNaN(key[v]!)) key[v] = mean(v, upStart, up)
  }
  let right = -Infinity
  for (let v = 0; v < count; v++) if (!Number.isNaN(key[v]!)) right = Math.max(right, key[v]!)
  for (let i = count - 1; i >= 0; i--) {
    const v = byLayer[i]!
    if (Number.isNaN(key[v]!)) key[v] = mean(v, downStart, down)
  }
  if (!Number.isFinite(right)) right = 0
  for (let v = 0; v < count; v++) if (Number.isNaN(key[v]!)) key[v] = right + 1 + v
  const all = Array.from({ length: count }, (_, v) => v)
  all.sort((a, b) => layer[a]! - layer[b]! || key[a]! - key[b]! || a - b)
  fillLayers(g, Int32Array.from(all))
}

/**
 * Sifting costs about k · (k + Σ degree) per layer of k vertices and round; past this much
 * work no further layer is sifted. Roadmaps never get near it; dense graphs with hundreds of
 * dummies per layer stop after a round or two instead of taking seconds.
 */
const SIFT_BUDGET = 1e7

/**
 * Moving long edges costs about (segments + slots) per layer an edge spans; past this much
 * work per round no further edge is moved (dense graphs with long edges across hundreds of
 * dummies per layer; the bench's graphs of 1,000 nodes need under a fifth of it).
 */
const CHAIN_BUDGET = 3e6

export interface OrderingOptions {
  /** Barycentre sweeps (0 for none). */
  sweeps: number
  /** Stop sweeping after this many sweeps without a better count. */
  patience: number
  /** Rounds of sifting over all layers (each stops early at no gain). */
  siftRounds: number
  /**
   * Sifting stops after a round that saved less than this share of the crossings left
   * (0: only at no gain). The last rounds on wide layers cost as much as the first and
   * save a fraction of a percent.
   */
  minGain?: number
  /**
   * Sweep a second time from the same start with barycentres blended with medians (for
   * vertices with 3 or more fixed neighbours) and sift the better of the two. Medians
   * ignore the odd far neighbour, which is what a capstone with prerequisites in several
   * branches has; plain barycentres do better on roadmaps. Keeps whichever counts fewer.
   */
  medianToo?: boolean
  /**
   * Budget of the blended sweeps, when it differs from the plain ones' (`sweeps`,
   * `patience`): the plain sweeps that win on roadmaps find their best order after long
   * plateaus, the blended ones that win on fans early.
   */
  medianSweeps?: number
  medianPatience?: number
  /**
   * At the end, up to this many rounds that move long edges and the paths of milestones
   * continuing them as a whole (0: none), then sifting again if they saved anything. See
   * `moveChains`.
   */
  chains?: number
  /**
   * Rounds of that sifting again (default `siftRounds`). The long-edge moves touch most
   * layers, so it costs about two thirds of the first sifting for a few crossings; its
   * later rounds saved even fewer.
   */
  chainSiftRounds?: number
}

/** Layers up to this many movable vertices are sorted by insertion sort alone. */
const SMALL_SORT = 24

/**
 * Stable sort of `list[0 … k − 1]` by `key`, all keys in [0, max] (barycentres are
 * positions); `tmp`, `count` and `which` are scratch of k, k + 1 and k entries:
 * a stable bucket pass on the key scaled to k buckets (the scaling is monotone, so the
 * buckets are in key order), then insertion sort, which only meets inversions inside a
 * bucket. O(k + inversions within buckets), where insertion sort alone met every
 * inversion of the layer — many, when a sweep reorders a wide layer. Up to `SMALL_SORT`
 * entries insertion sort alone, in place: there the bucket pass cost more than it saved.
 */
export function stableSort(
  list: Int32Array,
  k: number,
  key: Float64Array,
  max: number,
  tmp: Int32Array,
  count: Int32Array,
  which: Int32Array,
): void {
  if (k > SMALL_SORT) {
    const scale = k / (max + 1)
    count.fill(0, 0, k + 1)
    for (let i = 0; i < k; i++) count[(which[i] = Math.floor(key[list[i]!]! * scale)) + 1]!++
  }
  sortBuckets(list, k, key, k, tmp, count, which)
}

/**
 * `stableSort` with the bucket pass's first half done by the caller (when k >
 * `SMALL_SORT`): `which[i]` is the bucket of `list[i]`, of `buckets` in key order, and
 * `count[b + 1]` how many fall in bucket b (`count[0]` = 0).
 */
function sortBuckets(
  list: Int32Array,
  k: number,
  key: Float64Array,
  buckets: number,
  tmp: Int32Array,
  count: Int32Array,
  which: Int32Array,
): void {
  let from = list
  if (k > SMALL_SORT) {
    for (let b = 0; b < buckets; b++) count[b + 1]! += count[b]!
    for (let i = 0; i < k; i++) tmp[count[which[i]!]!++] = list[i]!
    from = tmp
  }
  // In place when `from` is `list`: entry i is read before anything is written there.
  for (let i = 0; i < k; i++) {
    const v = from[i]!
    const kv = key[v]!
    let j = i
    while (j > 0 && key[list[j - 1]!]! > kv) {
      list[j] = list[j - 1]!
      j--
    }
    list[j] = v
  }
}

/**
 * For the sorted positions `p[s … e)` of one vertex's neighbours in a layer of `width`
 * slots: `out[q]` = (how many lie before slot q) − (how many lie after it), q < width.
 */
export function rankDiff(
  p: Int32Array,
  s: number,
  e: number,
  width: number,
  out: Int32Array,
): void {
  let lt = s
  let le = s
  for (let q = 0; q < width; q++) {
    while (lt < e && p[lt]! < q) lt++
    while (le < e && p[le]! <= q) le++
    out[q] = lt - s - (e - le)
  }
}

/**
 * One side of c(w, v) − c(v, w) in sifting, for every other vertex w of the layer at once:
 * `p[0 … len)` are the neighbour positions of the layer's vertices in slot order; writes
 * `out[j]` = Σ over entries before j of (v's neighbours before q) − (v's neighbours after
 * q), q the entry — the sign of q − `single` when v has one neighbour there (d = 1), else
 * `table[q]` (see `rankDiff`); 0 when d = 0. One pass over contiguous arrays without a
 * branch on the data: reading each w's neighbours through the adjacency lists, with a
 * comparison per neighbour, cost about twice as much.
 */
function passing(
  p: Int32Array,
  len: number,
  d: number,
  single: number,
  table: Int32Array,
  out: Int32Array,
): void {
  let acc = 0
  out[0] = 0
  if (d === 1)
    for (let j = 0; j < len; j++) {
      const x = p[j]! - single
      out[j + 1] = acc += (x >> 31) | (-x >>> 31)
    }
  else if (d > 1) for (let j = 0; j < len; j++) out[j + 1] = acc += table[p[j]!]!
  else out.fill(0, 0, len + 1)
}

/** Vertices in the layer of `v`. */
function layerSize(g: Layered, v: number): number {
  return g.layerStart[g.layer[v]! + 1]! - g.layerStart[g.layer[v]!]!
}

/** Paths moved as a whole: path p is `vertices[start[p] … start[p + 1] − 1]`, top down. */
export interface Paths {
  start: Int32Array
  vertices: Int32Array
}

/**
 * The paths `Orderer.moveChains` moves: maximal runs of 2 or more vertices, each with
 * exactly one neighbour above and one below (so in consecutive layers) — the dummies of a
 * long edge, joined with the milestones of one prerequisite and one successor that
 * continue it, and runs of such milestones alone. Every vertex is in at most one path.
 */
export function chainPaths(g: Layered): Paths {
  const { count, upStart, up, downStart, down } = g
  const inner = (v: number): boolean =>
    upStart[v + 1]! - upStart[v]! === 1 && downStart[v + 1]! - downStart[v]! === 1
  const start: number[] = [0]
  const vertices: number[] = []
  for (let v = 0; v < count; v++) {
    // A path starts where the vertex above is not on one.
    if (!inner(v) || inner(up[upStart[v]!]!)) continue
    const at = vertices.length
    for (let w = v; inner(w); w = down[downStart[w]!]!) vertices.push(w)
    if (vertices.length - at < 2) vertices.length = at
    else start.push(vertices.length)
  }
  return { start: Int32Array.from(start), vertices: Int32Array.from(vertices) }
}

/** Scratch arrays of `Orderer.moveChain`, sized once for the layered graph. */
class ChainScratch {
  /** Slots per layer at most (the widest layer): the stride of `f` and `arg`. */
  readonly stride: number
  /** Per layer of an edge and slot: fewest crossings up to there, and the slot before. */
  readonly f: Float64Array
  readonly arg: Int32Array
  /** Per layer of an edge: the slot chosen. */
  readonly slot: Int32Array
  /** Per slot of a layer: two counts, bucket ends, the candidate list (next, previous,
   * union–find, difference to the next). Named fields, not a list: destructuring a list
   * in `moveChain` allocated an iterator per call. */
  readonly cntA: Int32Array
  readonly cntB: Int32Array
  readonly bucketStart: Int32Array
  readonly next: Int32Array
  readonly prev: Int32Array
  readonly left: Int32Array
  readonly diff: Int32Array
  /** Per segment between two layers: upper ends by bucket, upper and lower ends. */
  readonly bucket: Int32Array
  readonly segUp: Int32Array
  readonly segDown: Int32Array
  /** Segments from each layer down to the next. */
  readonly below: Int32Array

  constructor(g: Layered, paths: Paths) {
    let longest = 0
    for (let p = 0; p + 1 < paths.start.length; p++)
      longest = Math.max(longest, paths.start[p + 1]! - paths.start[p]!)
    let widest = 1
    let segments = 1
    this.below = new Int32Array(g.layers)
    for (let l = 0; l < g.layers; l++) {
      widest = Math.max(widest, g.layerStart[l + 1]! - g.layerStart[l]!)
      let s = 0
      for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++)
        s += g.downStart[g.order[i]! + 1]! - g.downStart[g.order[i]!]!
      this.below[l] = s
      segments = Math.max(segments, s)
    }
    this.stride = widest
    this.f = new Float64Array(longest * widest)
    this.arg = new Int32Array(longest * widest)
    this.slot = new Int32Array(longest)
    const row = (): Int32Array => new Int32Array(widest + 1)
    this.cntA = row()
    this.cntB = row()
    this.bucketStart = row()
    this.next = row()
    this.prev = row()
    this.left = row()
    this.diff = row()
    this.bucket = new Int32Array(segments)
    this.segUp = new Int32Array(segments)
    this.segDown = new Int32Array(segments)
  }
}

/** Neighbour positions of one layer's vertices in slot order, per side (see `passing`). */
interface SlotLists {
  up: Int32Array
  /** Where each slot's entries start in `up` (one more entry than slots). */
  upStart: Int32Array
  /** `passing`'s sums over `up`. */
  upSum: Int32Array
  down: Int32Array
  downStart: Int32Array
  downSum: Int32Array
}

export class Orderer {
  private counter: LayerCrossings
  private key: Float64Array
  private slot: Int32Array
  private scratch: Int32Array
  private buckets: Int32Array
  private which: Int32Array
  /** The sort's scratch: the slot (index into `order`) of each movable vertex. */
  private movableAt: Int32Array
  /** Sifting: `rankDiff` tables of the vertex being sifted, over each neighbouring layer. */
  private diffUp: Int32Array
  private diffDown: Int32Array
  /** Sifting: the layer's up / down neighbour positions in slot order (see `passing`). */
  private flat: SlotLists
  private upPos: Int32Array
  private downPos: Int32Array
  /** Vertices of the layer being sifted whose edges cross some other edge. */
  private crossed: Uint8Array
  /**
   * Sifting after a round that moved something: only the vertices marked here (those that
   * moved since their last sift, or one of whose neighbours did) are sifted again.
   */
  private near: Uint8Array
  private onlyNear = false
  private medianTmp: Int32Array
  /** Work spent by the current `sift` or `moveChains` call (see the budgets). */
  private work = 0
  /** Barycentres blended with medians (the second sweeps with `medianToo`). */
  private median = false

  constructor(private g: Layered) {
    this.counter = new LayerCrossings(g)
    this.key = new Float64Array(g.count)
    this.slot = new Int32Array(g.count)
    this.scratch = new Int32Array(g.count)
    this.buckets = new Int32Array(g.count + 1)
    this.which = new Int32Array(g.count)
    this.movableAt = new Int32Array(g.count)
    let widest = 1
    for (let l = 0; l < g.layers; l++)
      widest = Math.max(widest, g.layerStart[l + 1]! - g.layerStart[l]!)
    this.diffUp = new Int32Array(widest)
    this.diffDown = new Int32Array(widest)
    this.flat = {
      up: new Int32Array(g.up.length),
      upStart: new Int32Array(widest + 1),
      upSum: new Int32Array(g.up.length + 1),
      down: new Int32Array(g.down.length),
      downStart: new Int32Array(widest + 1),
      downSum: new Int32Array(g.down.length + 1),
    }
    this.upPos = new Int32Array(g.up.length)
    this.downPos = new Int32Array(g.down.length)
    this.crossed = new Uint8Array(g.count)
    this.near = new Uint8Array(g.count)
    this.chainMoved = new Uint8Array(g.layers)
    let maxDegree = 1
    for (let v = 0; v < g.count; v++)
      maxDegree = Math.max(
        maxDegree,
        g.upStart[v + 1]! - g.upStart[v]!,
        g.downStart[v + 1]! - g.downStart[v]!,
      )
    this.medianTmp = new Int32Array(maxDegree)
  }

  crossings(): number {
    return this.counter.total()
  }

  /**
   * Sorts layer `l` by barycentre of its neighbours in the adjacent fixed layer; vertices
   * with no such neighbour keep their slot. Ties keep the current order, or reverse it
   * when `biasRight` (alternating the bias lets tied groups find their better side).
   * Returns whether the order changed.
   */
  private sortLayer(l: number, fromAbove: boolean, biasRight: boolean): boolean {
    const g = this.g
    const start = fromAbove ? g.upStart : g.downStart
    const adj = fromAbove ? g.up : g.down
    const { order, pos, layerStart } = g
    const key = this.key
    const a = layerStart[l]!
    const b = layerStart[l + 1]!
    const list = this.slot
    const at = this.movableAt
    const median = this.median
    // The bucket of each key for the sort, counted on the way: keys are positions in the
    // fixed layer, so b − a buckets over its width keep them in key order.
    const fixed = fromAbove ? a - layerStart[l - 1]! : layerStart[l + 2]! - b
    const buckets = b - a
    const scale = buckets / fixed
    const { buckets: count, which } = this
    count.fill(0, 0, buckets + 1)
    let k = 0
    let sorted = true
    let tied = false
    let last = -1
    // Movable vertices in current order (and their slots); a stable sort keeps ties in
    // that order, and biased right each run of ties is reversed after it (the same as
    // sorting the reversed list, without insertion sort's worst case on a reversed layer).
    for (let i = a; i < b; i++) {
      const v = order[i]!
      const s = start[v]!
      const e = start[v + 1]!
      if (s === e) continue
      let sum = 0
      for (let j = s; j < e; j++) sum += pos[adj[j]!]!
      const d = e - s
      let bary = sum / d
      if (median && d > 2) {
        const t = this.medianTmp
        sortedPositions(pos, adj, s, d, t)
        const mid = d % 2 ? t[d >> 1]! : (t[(d >> 1) - 1]! + t[d >> 1]!) / 2
        bary = (bary + mid) / 2
      }
      key[v] = bary
      count[(which[k] = Math.floor(bary * scale)) + 1]!++
      at[k] = i
      list[k++] = v
      if (bary < last) sorted = false
      else if (bary === last) tied = true
      last = bary
    }
    // Already in order, and no ties to reverse: nothing to do.
    if (k < 2 || (sorted && !(biasRight && tied))) return false
    if (!sorted) sortBuckets(list, k, key, buckets, this.scratch, count, which)
    if (biasRight && (tied || !sorted)) {
      for (let i = 0; i < k;) {
        const ki = key[list[i]!]!
        let j = i + 1
        while (j < k && key[list[j]!] === ki) j++
        for (let x = i, y = j - 1; x < y; x++, y--) {
          const t = list[x]!
          list[x] = list[y]!
          list[y] = t
        }
        i = j
      }
    }
    let changed = false
    for (let j = 0; j < k; j++) {
      const i = at[j]!
      const w = list[j]!
      if (order[i] !== w) {
        order[i] = w
        pos[w] = i - a
        changed = true
      }
    }
    return changed
  }

  /**
   * Alternating barycentre sweeps (down, then up), keeping the best order seen. Orders
   * are compared after each down-and-up pair; crossings between two layers are recounted
   * only when one of them changed during the pair. `patience` counts sweeps.
   */
  private sweeps(count: number, patience: number): number {
    const g = this.g
    const layers = g.layers
    const pair = new Float64Array(Math.max(1, layers - 1))
    const changed = new Uint8Array(layers)
    let best = 0
    for (let l = 0; l + 1 < layers; l++) best += pair[l] = this.counter.between(l)
    const bestOrder = g.order.slice()
    let stale = 0
    for (let it = 0; it + 1 < count && best > 0 && stale < patience; it += 2) {
      const biasRight = it % 4 >= 2
      changed.fill(0)
      for (let l = 1; l < layers; l++) changed[l] = +this.sortLayer(l, true, biasRight)
      for (let l = layers - 2; l >= 0; l--) changed[l]! |= +this.sortLayer(l, false, biasRight)
      let c = 0
      for (let l = 0; l + 1 < layers; l++) {
        if (changed[l] || changed[l + 1]) pair[l] = this.counter.between(l)
        c += pair[l]!
      }
      if (c < best) {
        best = c
        bestOrder.set(g.order)
        stale = 0
      } else stale += 2
    }
    this.restore(bestOrder)
    return best
  }

  private restore(order: Int32Array): void {
    const g = this.g
    g.order.set(order)
    for (let l = 0; l < g.layers; l++)
      for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++)
        g.pos[g.order[i]!] = i - g.layerStart[l]!
  }

  /** Sorted neighbour positions of every vertex of layer `l` (its neighbours are fixed). */
  private prepareLayer(l: number): void {
    const g = this.g
    const fill = (v: number, start: Int32Array, adj: Int32Array, out: Int32Array): void => {
      const s = start[v]!
      const e = start[v + 1]!
      for (let j = s; j < e; j++) {
        const p = g.pos[adj[j]!]!
        let k = j
        while (k > s && out[k - 1]! > p) {
          out[k] = out[k - 1]!
          k--
        }
        out[k] = p
      }
    }
    for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++) {
      const v = g.order[i]!
      fill(v, g.upStart, g.up, this.upPos)
      fill(v, g.downStart, g.down, this.downPos)
    }
  }

  /**
   * Marks the vertices of the layer starting at `a` (k of them, in current order) that
   * have an edge crossed by another edge to a neighbouring layer: a vertex whose edges
   * cross nothing is already in its best slot. One pass each way per side: a segment
   * (v, p) is crossed by one of a vertex before v iff that vertex reaches beyond p.
   */
  private markCrossed(a: number, k: number): void {
    const { order, upStart, downStart } = this.g
    const flag = this.crossed
    for (let i = a; i < a + k; i++) flag[order[i]!] = 0
    for (let side = 0; side < 2; side++) {
      const start = side === 0 ? upStart : downStart
      const p = side === 0 ? this.upPos : this.downPos
      let max = -1
      for (let i = a; i < a + k; i++) {
        const v = order[i]!
        const s = start[v]!
        const e = start[v + 1]!
        if (s === e) continue
        if (max > p[s]!) flag[v] = 1
        if (p[e - 1]! > max) max = p[e - 1]!
      }
      let min = 1 << 30
      for (let i = a + k - 1; i >= a; i--) {
        const v = order[i]!
        const s = start[v]!
        const e = start[v + 1]!
        if (s === e) continue
        if (min < p[e - 1]!) flag[v] = 1
        if (p[s]! < min) min = p[s]!
      }
    }
  }

  /** The vertices of layer `l` with a crossed edge, as sifting sees them (1 = crossed). */
  crossedIn(l: number): Uint8Array {
    const a = this.g.layerStart[l]!
    this.prepareLayer(l)
    this.markCrossed(a, this.g.layerStart[l + 1]! - a)
    return this.crossed
  }

  /**
   * Copies the neighbour positions of slots `lo … hi` of the layer starting at `a` into
   * `flat`, slot `lo`'s entries starting where they start now.
   */
  private fillSlots(a: number, lo: number, hi: number): void {
    const { order, upStart, downStart } = this.g
    const { upPos, downPos } = this
    const f = this.flat
    let u = f.upStart[lo]!
    let d = f.downStart[lo]!
    for (let slot = lo; slot <= hi; slot++) {
      const v = order[a + slot]!
      f.upStart[slot] = u
      f.downStart[slot] = d
      for (let j = upStart[v]!; j < upStart[v + 1]!; j++) f.up[u++] = upPos[j]!
      for (let j = downStart[v]!; j < downStart[v + 1]!; j++) f.down[d++] = downPos[j]!
    }
    f.upStart[hi + 1] = u
    f.downStart[hi + 1] = d
  }

  /** Sifts every vertex of layer `l` once; returns the crossings saved. */
  private siftLayer(l: number): number {
    const g = this.g
    const a = g.layerStart[l]!
    const k = g.layerStart[l + 1]! - a
    if (k < 2) return 0
    const near = this.near
    if (this.onlyNear) {
      let any = 0
      for (let i = a; i < a + k; i++) any |= near[g.order[i]!]!
      if (!any) return 0
    }
    this.prepareLayer(l)
    const { order, pos, upStart, downStart } = g
    const { upPos, downPos, diffUp, diffDown, flat } = this
    const kUp = l > 0 ? a - g.layerStart[l - 1]! : 0
    const kDown = l + 1 < g.layers ? g.layerStart[l + 2]! - g.layerStart[l + 1]! : 0
    const snapshot = order.slice(a, a + k)
    flat.upStart[0] = 0
    flat.downStart[0] = 0
    this.fillSlots(a, 0, k - 1)
    const upLen = flat.upStart[k]!
    const downLen = flat.downStart[k]!
    this.work += k * (k + 2 * (upLen + downLen))
    this.markCrossed(a, k)
    let gain = 0
    let stale = false
    for (let t = 0; t < k; t++) {
      const v = snapshot[t]!
      if (this.onlyNear && !near[v]) continue
      // No crossing on v's edges: no other slot can have fewer. Marks go stale after a
      // move, so an unmarked vertex is checked again then (a marked one is sifted anyway).
      if (!this.crossed[v]) {
        if (!stale) continue
        this.markCrossed(a, k)
        stale = false
        if (!this.crossed[v]) continue
      }
      near[v] = 0
      const cur = pos[v]!
      const vu0 = upStart[v]!
      const vu1 = upStart[v + 1]!
      const vd0 = downStart[v]!
      const vd1 = downStart[v + 1]!
      // Slot s = v placed before the s-th other vertex. Moving v from slot s to s + 1 passes
      // w and changes the crossings by c(w, v) − c(v, w) = Σ over w's neighbours q of
      // (v's neighbours before q) − (v's neighbours after q), on each side: the sign of
      // q − p for one neighbour p, else a table over the neighbouring layer (`rankDiff`).
      const dUp = vu1 - vu0
      const dDown = vd1 - vd0
      if (dUp > 1) rankDiff(upPos, vu0, vu1, kUp, diffUp)
      if (dDown > 1) rankDiff(downPos, vd0, vd1, kDown, diffDown)
      passing(flat.up, upLen, dUp, dUp === 1 ? upPos[vu0]! : -1, diffUp, flat.upSum)
      passing(flat.down, downLen, dDown, dDown === 1 ? downPos[vd0]! : -1, diffDown, flat.downSum)
      // Crossings of slot s + 1 less those of slot 0: the sums up to the end of the s-th
      // other vertex's entries; past slot cur, less v's own entries.
      const { upStart: us, upSum: uSum, downStart: ds, downSum: dSum } = flat
      let minVal = 0
      let minSlot = 0
      for (let i = 0; i < cur; i++) {
        const val = uSum[us[i + 1]!]! + dSum[ds[i + 1]!]!
        if (val < minVal) {
          minVal = val
          minSlot = i + 1
        }
      }
      const curVal = uSum[us[cur]!]! + dSum[ds[cur]!]!
      const own = uSum[us[cur + 1]!]! + dSum[ds[cur + 1]!]! - curVal
      for (let i = cur + 1; i < k; i++) {
        const val = uSum[us[i + 1]!]! + dSum[ds[i + 1]!]! - own
        if (val < minVal) {
          minVal = val
          minSlot = i
        }
      }
      // The first slot with the fewest crossings, if it beats the current one.
      if (minVal >= curVal) continue
      gain += curVal - minVal
      if (minSlot < cur) order.copyWithin(a + minSlot + 1, a + minSlot, a + cur)
      else order.copyWithin(a + cur, a + cur + 1, a + minSlot + 1)
      order[a + minSlot] = v
      const lo = Math.min(cur, minSlot)
      const hi = Math.max(cur, minSlot)
      for (let p = lo; p <= hi; p++) pos[order[a + p]!] = p
      this.fillSlots(a, lo, hi)
      stale = true
      // What may now have a better slot: v's neighbours, and v.
      near[v] = 1
      for (let j = upStart[v]!; j < upStart[v + 1]!; j++) near[g.up[j]!] = 1
      for (let j = downStart[v]!; j < downStart[v + 1]!; j++) near[g.down[j]!] = 1
    }
    return gain
  }

  /**
   * Sift rounds alternating direction; a layer is sifted again only when it or a
   * neighbouring layer changed since its last pass (at first: every layer, or with `only`
   * the layers flagged there and their neighbours), and after a round with a gain only its
   * vertices that moved or had a neighbour move (`near`); a round of those without gain is
   * followed by a whole one. Returns the crossings saved.
   */
  sift(rounds: number, minGain = 0, only?: Uint8Array): number {
    const g = this.g
    const dirty = new Uint8Array(g.layers)
    if (!only) dirty.fill(1)
    else
      for (let l = 0; l < g.layers; l++)
        if (only[l]) {
          dirty[l] = 1
          if (l > 0) dirty[l - 1] = 1
          if (l + 1 < g.layers) dirty[l + 1] = 1
        }
    let total = 0
    this.work = 0
    const initial = minGain > 0 ? this.crossings() : 0
    for (let r = 0; r < rounds && this.work < SIFT_BUDGET; r++) {
      let gain = 0
      if (!this.onlyNear) this.near.fill(1)
      for (let t = 0; t < g.layers; t++) {
        const l = r % 2 === 0 ? t : g.layers - 1 - t
        if (!dirty[l] || this.work >= SIFT_BUDGET) continue
        // Only a whole pass settles a layer (a near-only one may have left vertices out).
        if (!this.onlyNear) dirty[l] = 0
        const saved = this.siftLayer(l)
        if (saved > 0) {
          gain += saved
          dirty[l] = 1
          if (l > 0) dirty[l - 1] = 1
          if (l + 1 < g.layers) dirty[l + 1] = 1
        }
      }
      total += gain
      if (gain < minGain * (initial - total)) break
      if (gain === 0) {
        // A near-only round without gain: a whole one decides whether sifting is done.
        if (!this.onlyNear) break
        this.onlyNear = false
      } else this.onlyNear = true
    }
    this.onlyNear = false
    return total
  }

  /**
   * Moves whole long edges (a restricted form of global sifting, Bachmaier, Brandenburg,
   * Brunner, Hübner 2011): the vertices of one path (`chainPaths`: the dummies of a long
   * edge, with the milestones of one prerequisite and one successor that continue it) are
   * placed together, each at any slot of its layer, where the path's segments cross the
   * fewest other segments — exactly, the other vertices staying where they are, so the
   * rest of the count does not change. One-vertex sifting cannot do this: moving one dummy
   * of a long edge alone bends it and costs more than it saves. (Paths through milestones:
   * fans' chains of milestones with one successor each move like long edges; crossings at
   * 1,000 nodes −1 to −3 %.)
   *
   * Dynamic programming over the edge's layers: with its dummy at slot x in one layer and
   * y in the next, the segment crosses c(x, y) = R(x) + C(y) − 2 P(x, y) others (R: others
   * with upper end left of x, C: lower end left of y, P: both), so the best cost up to
   * slot y is C(y) + min over x of (f(x) + R(x) − 2 P(x, y)); sweeping y upwards, P grows
   * by one on a suffix of x for each segment passed, kept as a candidate list (see below):
   * O((E + k) α) per layer. Moves only for a strict gain; returns the crossings saved.
   */
  moveChains(): number {
    let saved = 0
    this.work = 0
    const paths = this.paths().start.length - 1
    for (let p = 0; p < paths && this.work < CHAIN_BUDGET; p++) saved += this.moveChain(p)
    return saved
  }

  /** Moves the vertices of path `p` as one (see `moveChains`); returns the crossings saved. */
  moveChain(p: number): number {
    const g = this.g
    const { order, pos, layer, layerStart, upStart, up, downStart, down } = g
    const { start, vertices: path } = this.paths()
    const scratch = (this.chain ??= new ChainScratch(g, this.paths()))
    const { f, arg, stride } = scratch
    const { cntA, cntB, bucketStart, next, prev, left, diff, bucket, segUp, segDown } = scratch
    const p0 = start[p]!
    const first = path[p0]!
    const t = start[p + 1]! - p0
    if (t < 2) return 0
    const top = up[upStart[first]!]!
    const bottom = down[downStart[path[p0 + t - 1]!]!]!
    for (let l = layer[top]!; l < layer[bottom]!; l++)
      this.work += layerStart[l + 2]! - layerStart[l]! + 2 * scratch.below[l]!
    // The edge's crossings where it lies now, counted from the same segments: its dummy
    // at slot pos[d] of the others is right of a segment iff that one's end is before it.
    let current = 0
    // f[0][y]: crossings of the segment top → first dummy at slot y.
    {
      const pu = pos[top]!
      const ny = layerSize(g, first)
      cntA.fill(0, 0, ny + 1)
      cntB.fill(0, 0, ny + 1)
      const count = this.segmentsBelow(layer[top]!, top, -1, first)
      const at = pos[first]!
      for (let i = 0; i < count; i++) {
        // Left of top: crosses when its lower end is right of the slot (b ≥ y).
        if (segUp[i]! < pu) cntA[segDown[i]!]!++
        else cntB[segDown[i]!]!++
        if (segUp[i]! < pu !== segDown[i]! < at) current++
      }
      let right = 0
      for (let y = ny - 1; y >= 0; y--) f[y] = right += cntA[y]!
      let left = 0
      for (let y = 0; y < ny; y++) {
        f[y]! += left
        left += cntB[y]!
      }
    }
    for (let j = 0; j + 1 < t; j++) {
      const d = path[p0 + j]!
      const d2 = path[p0 + j + 1]!
      const l = layer[d]!
      const nx = layerSize(g, d)
      const ny = layerSize(g, d2)
      // R(x) via counts of upper ranks; the segments' upper ranks by lower rank, read in
      // the lower layer's order (its vertices' up lists), so already grouped.
      cntA.fill(0, 0, nx + 1)
      const px = pos[d]!
      const py = pos[d2]!
      const below = layerStart[l + 1]!
      let count = 0
      for (let i = 0; i < ny; i++) {
        const w = order[below + i]!
        if (w === d2) continue
        const y = i > py ? i - 1 : i
        for (let q = upStart[w]!; q < upStart[w + 1]!; q++) {
          const u = pos[up[q]!]!
          const x = u > px ? u - 1 : u
          bucket[count++] = x
          cntA[x + 1]!++
          if (u < px !== i < py) current++
        }
        bucketStart[y] = count
      }
      for (let x = 1; x <= nx; x++) cntA[x]! += cntA[x - 1]!
      // bucketStart[b] is now the end of bucket b (its start is the end of b − 1).
      const from = j * stride
      const to = from + stride
      // Candidates: x is dropped for good once a later x' is strictly better (later
      // slots only ever gain more), so the live ones have non-decreasing values and the
      // first is the leftmost minimum. Kept as a list with differences to the next one;
      // `left` finds the last live slot ≤ a (union–find over dropped slots).
      left[0] = 0
      let min = Infinity
      let after = -1
      for (let x = nx - 1; x >= 0; x--) {
        const value = f[from + x]! + cntA[x]!
        if (value <= min) {
          next[x] = after
          if (after >= 0) {
            prev[after] = x
            diff[x] = min - value
          }
          after = x
          min = value
          left[x + 1] = x + 1
        } else left[x + 1] = x
      }
      let head = after
      prev[head] = -1
      let headValue = min
      let passed = 0
      for (let y = 0; y < ny; y++) {
        if (y > 0) {
          const end = bucketStart[y - 1]!
          for (; passed < end; passed++) {
            // Slots after a lose 2: the live slot at or before a falls behind its next.
            const a = bucket[passed]!
            let r = a + 1
            while (left[r] !== r) r = left[r] = left[left[r]!]!
            if (r === 0) {
              headValue -= 2
              continue
            }
            let x = r - 1
            if (next[x]! < 0) continue
            diff[x]! -= 2
            while (diff[x]! < 0) {
              const nx2 = next[x]!
              const p = prev[x]!
              left[x + 1] = x
              if (p < 0) {
                headValue += diff[x]!
                head = nx2
                prev[nx2] = -1
                break
              }
              diff[p]! += diff[x]!
              next[p] = nx2
              prev[nx2] = p
              x = p
            }
          }
        }
        f[to + y] = passed + headValue
        arg[to + y] = head
      }
    }
    // Last segment: last dummy at slot x → bottom.
    const last = (t - 1) * stride
    const dl = path[p0 + t - 1]!
    const nl = layerSize(g, dl)
    {
      const pw = pos[bottom]!
      cntA.fill(0, 0, nl + 1)
      cntB.fill(0, 0, nl + 1)
      const count = this.segmentsBelow(layer[dl]!, dl, dl, -1)
      const px = pos[dl]!
      for (let i = 0; i < count; i++) {
        // Lower end right of bottom: crosses when the slot is right of it (a < x).
        if (segDown[i]! > pw) {
          cntA[segUp[i]!]!++
          if (segUp[i]! < px) current++
        } else if (segDown[i]! < pw) {
          cntB[segUp[i]!]!++
          if (segUp[i]! >= px) current++
        }
      }
      let left = 0
      for (let x = 0; x < nl; x++) {
        f[last + x]! += left
        left += cntA[x]!
      }
      let right = 0
      for (let x = nl - 1; x >= 0; x--) f[last + x]! += right += cntB[x]!
    }
    let best = Infinity
    let at = 0
    for (let x = 0; x < nl; x++)
      if (f[last + x]! < best) {
        best = f[last + x]!
        at = x
      }
    if (best >= current) return 0
    // Backtrack the slots (arg of layer j + 1 points into layer j), then move.
    const slot = scratch.slot
    for (let j = t - 1; j >= 0; j--) {
      slot[j] = at
      if (j > 0) at = arg[j * stride + at]!
    }
    for (let j = 0; j < t; j++) this.moveTo(path[p0 + j]!, slot[j]!)
    return current - best
  }

  /**
   * The segments from layer `l` down to the next, but those of `skip`, into `segUp` /
   * `segDown`: each end as its position, or as its rank among the other vertices of its
   * layer when `upper` / `lower` (a vertex there; −1 for none) is left out. Returns how many.
   */
  private segmentsBelow(l: number, skip: number, upper: number, lower: number): number {
    const { pos, order, layerStart, downStart, down } = this.g
    const { segUp, segDown } = this.chain!
    const pu = upper < 0 ? Infinity : pos[upper]!
    const pl = lower < 0 ? Infinity : pos[lower]!
    let count = 0
    for (let i = layerStart[l]!; i < layerStart[l + 1]!; i++) {
      const v = order[i]!
      if (v === skip) continue
      const a = pos[v]! - (pos[v]! > pu ? 1 : 0)
      for (let q = downStart[v]!; q < downStart[v + 1]!; q++) {
        const b = pos[down[q]!]!
        segUp[count] = a
        segDown[count++] = b - (b > pl ? 1 : 0)
      }
    }
    return count
  }

  /** Moves `v` to index `to` of its layer (the others keep their order). */
  private moveTo(v: number, to: number): void {
    const g = this.g
    const a = g.layerStart[g.layer[v]!]!
    const cur = g.pos[v]!
    if (to === cur) return
    const { order, pos } = g
    if (to < cur) order.copyWithin(a + to + 1, a + to, a + cur)
    else order.copyWithin(a + cur, a + cur + 1, a + to + 1)
    order[a + to] = v
    for (let p = Math.min(cur, to); p <= Math.max(cur, to); p++) pos[order[a + p]!] = p
    this.chainMoved[g.layer[v]!] = 1
  }

  /** The paths `moveChains` moves (see `chainPaths`), found once. */
  paths(): Paths {
    return (this.pathList ??= chainPaths(this.g))
  }

  private pathList?: Paths

  /** Layers where `moveChains` moved something (sifted again afterwards). */
  private chainMoved: Uint8Array
  private chain?: ChainScratch

  run(options: OrderingOptions): void {
    const { sweeps, patience, siftRounds, minGain = 0, chains = 0 } = options
    if (sweeps > 0 && options.medianToo) {
      const start = this.g.order.slice()
      const plain = this.sweeps(sweeps, patience)
      const first = this.g.order.slice()
      this.restore(start)
      this.median = true
      const blended = this.sweeps(
        options.medianSweeps ?? sweeps,
        options.medianPatience ?? patience,
      )
      this.median = false
      if (plain <= blended) this.restore(first)
    } else if (sweeps > 0) this.sweeps(sweeps, patience)
    if (siftRounds > 0) this.sift(siftRounds, minGain)
    this.chainMoved.fill(0)
    let moved = 0
    for (let r = 0; r < chains; r++) {
      const saved = this.moveChains()
      moved += saved
      if (saved === 0) break
    }
    if (moved > 0 && siftRounds > 0)
      this.sift(options.chainSiftRounds ?? siftRounds, minGain, this.chainMoved)
  }
}
