import dagre from '@dagrejs/dagre'
import {
  coordGreedy,
  decrossDfs,
  decrossTwoLayer,
  graphStratify,
  sugiyama,
  type Decross,
} from 'd3-dag'
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js'
import { layoutLayered, type LayoutInput, type LayoutResult } from '../src/domain/layout'

/**
 * Every engine takes the same input and options and returns a LayoutResult with node
 * centres and edge polylines, so one `countCrossings` measures all of them. Time spent
 * building an engine's own graph object counts (it is part of using that library); the
 * conversion back into a LayoutResult is kept apart and not timed.
 */
export interface Spacing {
  nodeGap: number
  layerGap: number
}

export interface Engine {
  name: string
  /** Runs the layout; returns a function that converts the raw output (not timed). */
  run(input: LayoutInput, spacing: Spacing): Promise<() => LayoutResult> | (() => LayoutResult)
}

/** Layer = rank of distinct centre y; order = rank of x inside it (TB drawings). */
export function withLayers(result: LayoutResult): LayoutResult {
  const ys = [...new Set(result.nodes.map((n) => Math.round(n.y * 1000) / 1000))].sort(
    (a, b) => a - b,
  )
  const layerOf = new Map(ys.map((y, i) => [y, i]))
  const nodes = result.nodes.map((n) => ({
    ...n,
    layer: layerOf.get(Math.round(n.y * 1000) / 1000)!,
  }))
  const byLayer = new Map<number, typeof nodes>()
  for (const n of nodes) byLayer.set(n.layer, [...(byLayer.get(n.layer) ?? []), n])
  for (const list of byLayer.values()) {
    list.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))
    list.forEach((n, i) => (n.order = i))
  }
  return { ...result, nodes }
}

export function ours(quality: 'fast' | 'best'): Engine {
  return {
    name: quality === 'best' ? 'ours' : 'ours-fast',
    run(input, spacing) {
      const result = layoutLayered(input, { ...spacing, quality })
      return () => result
    },
  }
}

function d3dag(name: string, decross: () => Decross<unknown, unknown>): Engine {
  return {
    name,
    run(input, spacing) {
      const parents = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]))
      for (const e of input.edges) parents.get(e.target)?.push(e.source)
      const data = input.nodes.map((n) => ({ id: n.id, parentIds: parents.get(n.id)! }))
      const graph = graphStratify()(data)
      const size = input.nodes[0]
      const layout = sugiyama()
        .nodeSize([size?.width ?? 1, size?.height ?? 1] as const)
        .gap([spacing.nodeGap, spacing.layerGap])
        .decross(decross())
        .coord(coordGreedy())
      const { width, height } = layout(graph)
      return () => ({
        nodes: [...graph.nodes()].map((n) => ({
          id: n.data.id,
          x: n.x,
          y: n.y,
          layer: 0,
          order: 0,
        })),
        edges: [...graph.links()].map((l) => ({
          source: l.source.data.id,
          target: l.target.data.id,
          points: l.points.map(([x, y]) => ({ x, y })),
        })),
        width,
        height,
      })
    },
  }
}

export const d3dagQuality = d3dag('d3-dag-quality', () => decrossTwoLayer())
export const d3dagFast = d3dag('d3-dag-fast', () => decrossDfs())

export const dagreEngine: Engine = {
  name: 'dagre',
  run(input, spacing) {
    const g = new dagre.graphlib.Graph()
    g.setGraph({
      rankdir: 'TB',
      nodesep: spacing.nodeGap,
      edgesep: spacing.nodeGap / 2,
      ranksep: spacing.layerGap,
    })
    g.setDefaultEdgeLabel(() => ({}))
    for (const n of input.nodes) g.setNode(n.id, { width: n.width, height: n.height })
    for (const e of input.edges) g.setEdge(e.source, e.target)
    dagre.layout(g)
    return () => {
      const graph = g.graph()
      return {
        nodes: g.nodes().map((id) => {
          const n = g.node(id)
          return { id, x: n.x ?? 0, y: n.y ?? 0, layer: 0, order: 0 }
        }),
        edges: g.edges().map((e) => ({
          source: e.v,
          target: e.w,
          points: (g.edge(e).points ?? []).map((p: { x: number; y: number }) => ({
            x: p.x,
            y: p.y,
          })),
        })),
        width: graph.width ?? 0,
        height: graph.height ?? 0,
      }
    }
  },
}

const elk = new ELK()

export const elkEngine: Engine = {
  name: 'elkjs',
  async run(input, spacing) {
    const graph: ElkNode & { edges: ElkExtendedEdge[] } = {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.edgeRouting': 'POLYLINE',
        'elk.spacing.nodeNode': String(spacing.nodeGap),
        'elk.spacing.edgeNode': String(spacing.nodeGap / 2),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(spacing.layerGap),
      },
      children: input.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
      edges: input.edges.map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
    }
    const out: ElkNode & { edges?: ElkExtendedEdge[] } = await elk.layout(graph)
    return () => ({
      nodes: (out.children ?? []).map((n) => ({
        id: n.id,
        x: (n.x ?? 0) + (n.width ?? 0) / 2,
        y: (n.y ?? 0) + (n.height ?? 0) / 2,
        layer: 0,
        order: 0,
      })),
      edges: (out.edges ?? []).map((e) => {
        const s = e.sections?.[0]
        return {
          source: e.sources[0]!,
          target: e.targets[0]!,
          points: s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [],
        }
      }),
      width: out.width ?? 0,
      height: out.height ?? 0,
    })
  },
}

export const engines: Engine[] = [
  ours('best'),
  ours('fast'),
  d3dagQuality,
  d3dagFast,
  dagreEngine,
  elkEngine,
]
