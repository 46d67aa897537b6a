import { assignCoordinates } from './coordinates'
import { breakCycles } from './cycles'
import { prepare } from './graph'
import { networkSimplex, stableLayers } from './layering'
import { initialOrder, orderFromKeys, Orderer, type OrderingOptions } from './ordering'
import { buildLayered } from './proper'
import type { LayoutInput, LayoutOptions, LayoutPoint, LayoutResult } from './types'

export { countCrossings } from './crossings'
export type {
  LayoutEdge,
  LayoutEdgeInput,
  LayoutInput,
  LayoutNode,
  LayoutNodeInput,
  LayoutOptions,
  LayoutPoint,
  LayoutResult,
} from './types'

/**
 * Sweep budgets, tuned on the bench's graph families (roadmap, fans, lanes): barycentre
 * sweeps stop after `patience` sweeps without a better count; sifting stops at a round
 * that saves under `minGain` of what is left; see `OrderingOptions` for the rest.
 */
const QUALITY: Record<'fast' | 'best', OrderingOptions> = {
  fast: { sweeps: 24, patience: 6, siftRounds: 2 },
  best: {
    sweeps: 64,
    patience: 16,
    medianSweeps: 24,
    medianPatience: 8,
    siftRounds: 2,
    minGain: 0.005,
    medianToo: true,
    chains: 1,
    chainSiftRounds: 1,
  },
}
/** With a previous layout only local moves: sifting keeps the old order unless it gains. */
const STABLE: OrderingOptions = { sweeps: 0, patience: 0, siftRounds: 16 }

function gapOf(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback
}

/**
 * Layered (Sugiyama) drawing of a directed graph: cycles broken by greedy feedback arc
 * set inside strongly connected parts, layers by network simplex, long edges split into
 * dummy vertices (one bend per layer crossed), crossings reduced by barycentre sweeps,
 * sifting and moving long edges as a whole (counted with an accumulator tree; see
 * `ordering.ts`), coordinates by Brandes–Köpf. Pure and deterministic: the same input
 * gives the same result.
 *
 * Input rules: the first node with a given id wins; self-loops, repeated edges and edges
 * to unknown ids are left out of the result; non-finite or negative sizes count as 0.
 * Nodes come back in input order, edges in input order of their first occurrence; an
 * edge reversed to break a cycle still runs from its source to its target.
 *
 * With `previous`, nodes found in it keep their layer (ranked among the layers still in
 * use) unless an edge forces a move, and their relative order unless sifting strictly
 * reduces crossings; new nodes slot in next to their neighbours. Edges that ran upwards
 * in `previous` stay reversed. `previous` should come from the same `direction`.
 */
export function layoutLayered(input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
  const tb = options.direction !== 'LR'
  const nodeGap = gapOf(options.nodeGap, 30)
  const layerGap = gapOf(options.layerGap, 60)
  const g = prepare(input)
  const { n, ids, src, dst } = g
  if (n === 0) return { nodes: [], edges: [], width: 0, height: 0 }
  const along = tb ? g.widths : g.heights
  const across = tb ? g.heights : g.widths
  const m = src.length

  // Previous layout: old layers and in-layer coordinates.
  const previous = options.previous
  const prevLayer = new Int32Array(n).fill(-1)
  const prevKey = new Float64Array(n).fill(NaN)
  let known = 0
  if (previous) {
    const index = new Map<string, number>()
    ids.forEach((id, v) => index.set(id, v))
    const raw = new Float64Array(n).fill(NaN)
    for (const node of previous.nodes) {
      const v = index.get(node.id)
      if (v === undefined || !Number.isNaN(raw[v]!) || !Number.isFinite(node.layer)) continue
      raw[v] = node.layer
      const key = tb ? node.x : node.y
      prevKey[v] = Number.isFinite(key) ? key : NaN
      known++
    }
    // Old layers by rank among the layers still in use: no gaps, nothing out of range.
    const used = [...new Set(raw.filter((x) => !Number.isNaN(x)))].sort((x, y) => x - y)
    const dense = new Map(used.map((x, i) => [x, i]))
    for (let v = 0; v < n; v++) if (!Number.isNaN(raw[v]!)) prevLayer[v] = dense.get(raw[v]!)!
  }

  // Cycles: edges that went upwards before are reversed again, then greedy FAS.
  let forced: Uint8Array | undefined
  if (known > 0) {
    forced = new Uint8Array(m)
    for (let e = 0; e < m; e++) {
      const a = prevLayer[src[e]!]!
      const b = prevLayer[dst[e]!]!
      if (a >= 0 && b >= 0 && a > b) forced[e] = 1
    }
  }
  const reversed = breakCycles(n, src, dst, forced)
  const from = new Int32Array(m)
  const to = new Int32Array(m)
  for (let e = 0; e < m; e++) {
    from[e] = reversed[e] ? dst[e]! : src[e]!
    to[e] = reversed[e] ? src[e]! : dst[e]!
  }

  const rank = known > 0 ? stableLayers(n, from, to, prevLayer) : networkSimplex(n, from, to)
  const layered = buildLayered(n, rank, from, to)
  const { count, layers, layerStart, order, layer, dummyStart } = layered

  const orderer = new Orderer(layered)
  if (known > 0 && previous) {
    const key = new Float64Array(count).fill(NaN)
    key.set(prevKey)
    const bends = new Map<string, LayoutPoint[]>()
    for (const edge of previous.edges) bends.set(`${edge.source}\u0000${edge.target}`, edge.points)
    for (let e = 0; e < m; e++) {
      const dummies = dummyStart[e + 1]! - dummyStart[e]!
      if (dummies === 0) continue
      const points = bends.get(`${ids[src[e]!]}\u0000${ids[dst[e]!]}`)
      if (!points || points.length - 2 !== dummies) continue
      // Bends run source → target; dummies run from the upper end (`from`) down.
      for (let k = 0; k < dummies; k++) {
        const p = points[reversed[e] ? dummies - k : 1 + k]!
        key[dummyStart[e]! + k] = tb ? p.x : p.y
      }
    }
    orderFromKeys(layered, key)
    orderer.run(STABLE)
  } else {
    initialOrder(layered)
    orderer.run(QUALITY[options.quality ?? 'best'])
  }

  // Coordinates along the layers (Brandes–Köpf) and across them (stacked bands).
  const size = new Float64Array(count)
  size.set(along)
  const a = assignCoordinates(layered, size, nodeGap)
  const thick = new Float64Array(layers)
  for (let v = 0; v < n; v++) thick[layer[v]!] = Math.max(thick[layer[v]!]!, across[v]!)
  const c = new Float64Array(layers)
  for (let l = 0; l < layers; l++)
    c[l] = l === 0 ? thick[0]! / 2 : c[l - 1]! + thick[l - 1]! / 2 + layerGap + thick[l]! / 2
  let lo = Infinity
  let hi = -Infinity
  for (let v = 0; v < count; v++) {
    lo = Math.min(lo, a[v]! - size[v]! / 2)
    hi = Math.max(hi, a[v]! + size[v]! / 2)
  }
  for (let v = 0; v < count; v++) a[v]! -= lo
  const extentAlong = hi - lo
  const extentAcross = c[layers - 1]! + thick[layers - 1]! / 2

  const point = (along: number, acrossAt: number): LayoutPoint =>
    tb ? { x: along, y: acrossAt } : { x: acrossAt, y: along }

  const rankInLayer = new Int32Array(n)
  for (let l = 0; l < layers; l++) {
    let k = 0
    for (let i = layerStart[l]!; i < layerStart[l + 1]!; i++)
      if (order[i]! < n) rankInLayer[order[i]!] = k++
  }
  const nodes = ids.map((id, v) => {
    const p = point(a[v]!, c[layer[v]!]!)
    return { id, x: p.x, y: p.y, layer: layer[v]!, order: rankInLayer[v]! }
  })
  const edges = Array.from({ length: m }, (_, e) => {
    const u = from[e]!
    const w = to[e]!
    const points: LayoutPoint[] = [point(a[u]!, c[layer[u]!]! + across[u]! / 2)]
    for (let d = dummyStart[e]!; d < dummyStart[e + 1]!; d++)
      points.push(point(a[d]!, c[layer[d]!]!))
    points.push(point(a[w]!, c[layer[w]!]! - across[w]! / 2))
    if (reversed[e]) points.reverse()
    return { source: ids[src[e]!]!, target: ids[dst[e]!]!, points }
  })
  return {
    nodes,
    edges,
    width: tb ? extentAlong : extentAcross,
    height: tb ? extentAcross : extentAlong,
  }
}
