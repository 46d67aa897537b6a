import { markRaw, ref, shallowReactive, shallowRef, watch, type Ref } from 'vue'
import type { Point } from '@/domain/graphGeometry'
import { layoutInput, layoutRoadmap, resolvePositions } from '@/domain/graphLayout'
import type { LayoutResult } from '@/domain/layout'
import type { Edge, Roadmap } from '@/domain/schema'

/**
 * One card's live position. Each is its own small reactive object, so moving a card
 * re-renders that card and its edges only, never the whole graph.
 */
export interface CardState {
  readonly id: string
  x: number
  y: number
}

/**
 * Where the automatic layout of an input was kept between sessions (the persistence store, over
 * `storage/layoutCache.ts`): read before laying out, written after.
 */
export interface KeptLayouts {
  read(input: string, cards: number): Point[] | null
  write(input: string, centres: readonly Point[]): void
}

/**
 * The graph's geometry for the view, kept outside deep reactivity: a plain map of card
 * states, the id list and edges as shallow refs, a version number that ticks when positions
 * change (for the minimap and culling).
 */
export function useGraphModel(roadmap: Ref<Roadmap | null>, kept?: KeptLayouts) {
  const cards = markRaw(new Map<string, CardState>())
  const ids = shallowRef<readonly string[]>([])
  const edges = shallowRef<readonly Edge[]>([])
  const version = ref(0)
  /**
   * The last automatic layout: the input it is for, its cards' centres and the full result,
   * handed back as `previous` when arranging again. A layout kept from the last session has
   * centres only: the layout itself runs when arranging first asks for it, for the roadmap it
   * stands for, so arranging ends as it would have without the kept one.
   */
  let last: {
    input: string
    roadmap: Roadmap | null
    nodes: readonly { id: string; x: number; y: number }[]
    result: LayoutResult | null
  } | null = null

  function automatic(r: Roadmap) {
    const input = layoutInput(r)
    if (last?.input === input) return last
    const centres = kept?.read(input, r.milestones.length)
    if (centres) {
      const nodes = r.milestones.map((m, i) => ({ id: m.id, ...centres[i]! }))
      last = { input, roadmap: r, nodes, result: null }
    } else {
      const result = markRaw(layoutRoadmap(r))
      last = { input, roadmap: r, nodes: result.nodes, result }
      if (kept) {
        const at = new Map(result.nodes.map((n) => [n.id, n]))
        kept.write(
          input,
          r.milestones.map((m) => ({ x: at.get(m.id)?.x ?? 0, y: at.get(m.id)?.y ?? 0 })),
        )
      }
    }
    return last
  }

  function sync(r: Roadmap | null) {
    if (!r) {
      cards.clear()
      ids.value = []
      edges.value = []
      return
    }
    const positions = resolvePositions(r, () => automatic(r))
    let moved = false
    const seen = new Set<string>()
    for (const m of r.milestones) {
      const p = positions.get(m.id)!
      seen.add(m.id)
      const card = cards.get(m.id)
      if (!card) {
        cards.set(m.id, shallowReactive({ id: m.id, x: p.x, y: p.y }))
        moved = true
      } else if (card.x !== p.x || card.y !== p.y) {
        card.x = p.x
        card.y = p.y
        moved = true
      }
    }
    for (const id of cards.keys())
      if (!seen.has(id)) {
        cards.delete(id)
        moved = true
      }
    const next = r.milestones.map((m) => m.id)
    const prev = ids.value
    if (next.length !== prev.length || next.some((id, i) => id !== prev[i])) ids.value = next
    if (edges.value !== r.edges) edges.value = r.edges
    if (moved) version.value++
  }

  watch(roadmap, sync, { immediate: true })

  /** Where every card is now. */
  function positions(): Map<string, Point> {
    return new Map([...cards].map(([id, c]) => [id, { x: c.x, y: c.y }]))
  }

  /** Cards whose position is not stored yet: moving any card stores them all, in one step. */
  function unstored(): string[] {
    return roadmap.value?.milestones.filter((m) => !m.position).map((m) => m.id) ?? []
  }

  function previousLayout(): LayoutResult | null {
    if (!last) return null
    if (!last.result && last.roadmap) last.result = markRaw(layoutRoadmap(last.roadmap))
    return last.result
  }

  function rememberLayout(result: LayoutResult) {
    const raw = markRaw(result)
    last = { input: last?.input ?? '', roadmap: null, nodes: raw.nodes, result: raw }
  }

  return {
    cards,
    ids,
    edges,
    version,
    positions,
    unstored,
    previousLayout,
    rememberLayout,
    touch: () => version.value++,
  }
}

export type GraphModel = ReturnType<typeof useGraphModel>
