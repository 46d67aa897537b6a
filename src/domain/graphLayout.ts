/**
 * Where each card of a roadmap goes: its stored position, or the layered layout's when it has
 * none. Auto-arrange runs the layout again with the previous result, so cards keep their
 * layer and order wherever that costs no crossing.
 */
import { layoutLayered, type LayoutResult } from './layout'
import { CARD_HEIGHT, CARD_WIDTH, type Point } from './graphGeometry'
import { predecessors, successors, topologicalOrder } from './graph'
import type { Roadmap } from './schema'

/** Left to right reads best for ~50 wide, short cards: prerequisites on the left. */
export const LAYOUT = { direction: 'LR', nodeGap: 22, layerGap: 72 } as const

/** The layout's settings for a roadmap of this many cards: large ones are laid out faster. */
const qualityFor = (cards: number): 'fast' | 'best' => (cards > 400 ? 'fast' : 'best')

export function layoutRoadmap(
  roadmap: Roadmap,
  previous?: LayoutResult,
  quality: 'fast' | 'best' = qualityFor(roadmap.milestones.length),
): LayoutResult {
  return layoutLayered(
    {
      nodes: roadmap.milestones.map((m) => ({ id: m.id, width: CARD_WIDTH, height: CARD_HEIGHT })),
      edges: roadmap.edges.map((e) => ({ source: e.from, target: e.to })),
    },
    { ...LAYOUT, quality, ...(previous ? { previous } : {}) },
  )
}

/**
 * All that `layoutRoadmap(roadmap)` depends on, as text: the settings, the cards in order and the
 * prerequisites. Two roadmaps with the same text are laid out alike (the code being the same).
 */
export function layoutInput(roadmap: Roadmap): string {
  const ids = roadmap.milestones.map((m) => m.id).join(',')
  const edges = roadmap.edges.map((e) => `${e.from}>${e.to}`).join(',')
  return `${qualityFor(roadmap.milestones.length)}|${ids}|${edges}`
}

/**
 * A stand-in "previous layout" built from where the cards are now, for auto-arrange after a
 * reload: the layer is the longest prerequisite chain, the order within it is top to bottom.
 */
export function layoutFromPositions(
  roadmap: Roadmap,
  positions: ReadonlyMap<string, Point>,
): LayoutResult {
  const ids = roadmap.milestones.map((m) => m.id)
  const prereqs = predecessors(roadmap.edges)
  const layer = new Map<string, number>()
  for (const id of topologicalOrder(ids, roadmap.edges))
    layer.set(id, Math.max(-1, ...(prereqs.get(id) ?? []).map((p) => layer.get(p) ?? -1)) + 1)
  const nodes = ids
    .filter((id) => positions.has(id))
    .map((id) => ({ id, ...positions.get(id)!, layer: layer.get(id) ?? 0, order: 0 }))
  const byLayer = new Map<number, typeof nodes>()
  for (const n of nodes) byLayer.set(n.layer, [...(byLayer.get(n.layer) ?? []), n])
  for (const list of byLayer.values())
    list.sort((a, b) => a.y - b.y).forEach((n, i) => (n.order = i))
  return { nodes, edges: [], width: 0, height: 0 }
}

/** Every card's centre: stored positions win; the rest come from `layout()`, run only if needed. */
export function resolvePositions(
  roadmap: Roadmap,
  layout: () => { nodes: readonly { id: string; x: number; y: number }[] },
): Map<string, Point> {
  const out = new Map<string, Point>()
  let computed: Map<string, Point> | null = null
  for (const m of roadmap.milestones) {
    if (m.position) {
      out.set(m.id, m.position)
      continue
    }
    computed ??= new Map(layout().nodes.map((n) => [n.id, { x: n.x, y: n.y }]))
    out.set(m.id, computed.get(m.id) ?? { x: 0, y: 0 })
  }
  return out
}

/** A free spot for a new card near `p`: moved down until it overlaps no card. */
export function freeSpot(p: Point, taken: Iterable<Point>): Point {
  const list = [...taken]
  const spot = { ...p }
  for (let i = 0; i < 200; i++) {
    const clash = list.some(
      (q) => Math.abs(q.x - spot.x) < CARD_WIDTH + 8 && Math.abs(q.y - spot.y) < CARD_HEIGHT + 8,
    )
    if (!clash) return spot
    spot.y += CARD_HEIGHT + 16
  }
  return spot
}

/**
 * Positions for the cards that have none, in a roadmap whose other cards are placed (a template
 * update adds cards to a roadmap the user arranged): each goes where the layered layout puts it
 * relative to a placed neighbour (a prerequisite first, else a dependent, else all placed cards
 * on average), then down until it overlaps no card. Empty when no card, or every card, is placed.
 */
export function placeUnplaced(roadmap: Roadmap): Map<string, Point> {
  const placed = new Map<string, Point>()
  for (const m of roadmap.milestones) if (m.position) placed.set(m.id, m.position)
  const out = new Map<string, Point>()
  if (placed.size === 0 || placed.size === roadmap.milestones.length) return out
  const layout = new Map(
    layoutRoadmap(roadmap, layoutFromPositions(roadmap, placed)).nodes.map((n) => [n.id, n]),
  )
  let dx = 0
  let dy = 0
  for (const [id, p] of placed) {
    const l = layout.get(id)
    dx += p.x - (l?.x ?? p.x)
    dy += p.y - (l?.y ?? p.y)
  }
  dx /= placed.size
  dy /= placed.size
  const prereqs = predecessors(roadmap.edges)
  const dependents = successors(roadmap.edges)
  const ids = roadmap.milestones.map((m) => m.id)
  for (const id of topologicalOrder(ids, roadmap.edges)) {
    const l = layout.get(id)
    if (placed.has(id) || !l) continue
    const anchor = [...(prereqs.get(id) ?? []), ...(dependents.get(id) ?? [])].find((n) =>
      placed.has(n),
    )
    const a = anchor === undefined ? undefined : layout.get(anchor)
    const base =
      anchor !== undefined && a
        ? { x: placed.get(anchor)!.x + l.x - a.x, y: placed.get(anchor)!.y + l.y - a.y }
        : { x: l.x + dx, y: l.y + dy }
    const spot = freeSpot(base, placed.values())
    placed.set(id, spot)
    out.set(id, spot)
  }
  return out
}
