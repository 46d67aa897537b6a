import { ref } from 'vue'
import { timer } from 'd3-timer'
import { easeCubicInOut } from '@/domain/gestures'
import type { Point } from '@/domain/graphGeometry'
import { layoutFromPositions, layoutRoadmap } from '@/domain/graphLayout'
import type { Roadmap } from '@/domain/schema'
import { prefersReducedMotion } from '@/composables/useReducedMotion'
import type { GraphModel } from './useGraphModel'

/** How long the cards glide to their arranged places. */
export const ARRANGE_MS = 450

/**
 * "Arrange": runs the layered layout again (keeping layers and order), glides the cards there
 * (at once when the user prefers less motion), then stores them as one step (`place`) and
 * shows the whole graph (`fit`).
 */
export function useGraphArrange(
  active: () => Roadmap | null,
  model: GraphModel,
  place: (moved: ReadonlyMap<string, Point>) => void,
  fit: () => void,
) {
  const arranging = ref(false)

  function arrange() {
    const roadmap = active()
    if (!roadmap || arranging.value) return
    const previous = model.previousLayout() ?? layoutFromPositions(roadmap, model.positions())
    const result = layoutRoadmap(roadmap, previous)
    model.rememberLayout(result)
    const target = new Map(result.nodes.map((n) => [n.id, { x: n.x, y: n.y }]))
    const finish = () => {
      arranging.value = false
      place(target)
      fit()
    }
    if (prefersReducedMotion()) return finish()
    arranging.value = true
    const paths = [...target].flatMap(([id, to]) => {
      const card = model.cards.get(id)
      return card ? [{ card, from: { x: card.x, y: card.y }, to }] : []
    })
    const run = timer((elapsed) => {
      const u = Math.min(1, elapsed / ARRANGE_MS)
      const e = easeCubicInOut(u)
      for (const { card, from, to } of paths) {
        card.x = from.x + (to.x - from.x) * e
        card.y = from.y + (to.y - from.y) * e
      }
      if (u >= 1) {
        run.stop()
        finish()
      }
    })
  }

  return { arranging, arrange }
}
