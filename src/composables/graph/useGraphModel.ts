import { markRaw, ref, shallowReactive, shallowRef, watch, type Ref } from 'vue'
import type { Point } from '@/domain/graphGeometry'
import { layoutRoadmap, resolvePositions } from '@/domain/graphLayout'
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
 * The graph's geometry for the view, kept outside deep reactivity: a plain map of card
 * states, the id list and edges as shallow refs, a version number that ticks when positions
 * change (for the minimap and culling).
 */
export function useGraphModel(roadmap: Ref<Roadmap | null>) {
  const cards = markRaw(new Map<string, CardState>())
  const ids = shallowRef<readonly string[]>([])
  const edges = shallowRef<readonly Edge[]>([])
  const version = ref(0)
  /** The last automatic layout, handed back as `previous` when arranging again. */
  let lastLayout: LayoutResult | null = null
  let layoutKey = ''

  function layoutOnce(r: Roadmap): LayoutResult {
    const key = `${r.milestones.map((m) => m.id).join(',')}|${r.edges.map((e) => `${e.from}>${e.to}`).join(',')}`
    if (!lastLayout || key !== layoutKey) {
      lastLayout = markRaw(layoutRoadmap(r))
      layoutKey = key
    }
    return lastLayout
  }

  function sync(r: Roadmap | null) {
    if (!r) {
      cards.clear()
      ids.value = []
      edges.value = []
      return
    }
    const positions = resolvePositions(r, () => layoutOnce(r))
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

  function rememberLayout(result: LayoutResult) {
    lastLayout = markRaw(result)
  }

  return {
    cards,
    ids,
    edges,
    version,
    positions,
    unstored,
    previousLayout: () => lastLayout,
    rememberLayout,
    touch: () => version.value++,
  }
}

export type GraphModel = ReturnType<typeof useGraphModel>
