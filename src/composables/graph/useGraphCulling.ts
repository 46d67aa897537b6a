import { computed, toRaw, type Ref } from 'vue'
import { CARD_HEIGHT, CARD_WIDTH, cardRect, intersects, type Rect } from '@/domain/graphGeometry'
import type { Edge } from '@/domain/schema'
import type { GraphEditor } from './useGraphEditor'

type Editor = Pick<GraphEditor, 'model' | 'focusedId' | 'hidden' | 'panelId' | 'dragging'>

const same = <T>(a: readonly T[] | undefined, b: readonly T[]) =>
  !!a && a.length === b.length && a.every((x, i) => x === b[i])

/**
 * Which cards and edges the graph renders: those near the viewport (the culling rectangle),
 * plus the ones keyboard focus, the panel or a drag needs. Positions are read untracked, so a
 * drag does not re-run this; it re-runs when cards settle (the model's version), the
 * rectangle moves, or filters change. An unchanged result keeps its identity, so the graph
 * does not re-render for nothing.
 */
export function useGraphCulling(editor: Editor, cullRect: Ref<Rect>) {
  const { model, focusedId, hidden } = editor

  /** The card Tab lands on: the focused one, else the first in reading order. */
  const rovingId = computed(() => {
    const f = focusedId.value
    if (f && model.cards.has(f) && !hidden.value.has(f)) return f
    void model.version.value
    let best: string | null = null
    let bx = Infinity
    let by = Infinity
    for (const id of model.ids.value) {
      if (hidden.value.has(id)) continue
      const c = toRaw(model.cards.get(id)!)
      if (c.x < bx - 1 || (Math.abs(c.x - bx) <= 1 && c.y < by)) [best, bx, by] = [id, c.x, c.y]
    }
    return best
  })

  /** Culling: cards and edges near the viewport, plus the ones keyboard or drag need. */
  const visibleIds = computed<readonly string[]>((old) => {
    void model.version.value
    const rect = cullRect.value
    const forced = new Set([rovingId.value, editor.panelId.value, ...editor.dragging.value])
    const out: string[] = []
    for (const id of model.ids.value) {
      if (hidden.value.has(id)) continue
      if (forced.has(id) || intersects(cardRect(toRaw(model.cards.get(id)!)), rect)) out.push(id)
    }
    return same(old, out) ? old! : out
  })
  const visibleEdges = computed<readonly Edge[]>((old) => {
    void model.version.value
    const rect = cullRect.value
    const moving = editor.dragging.value
    const out: Edge[] = []
    for (const e of model.edges.value) {
      if (hidden.value.has(e.from) || hidden.value.has(e.to)) continue
      const a = toRaw(model.cards.get(e.from))
      const b = toRaw(model.cards.get(e.to))
      if (!a || !b) continue
      const box = {
        x0: Math.min(a.x, b.x) - CARD_WIDTH / 2,
        y0: Math.min(a.y, b.y) - CARD_HEIGHT / 2,
        x1: Math.max(a.x, b.x) + CARD_WIDTH / 2,
        y1: Math.max(a.y, b.y) + CARD_HEIGHT / 2,
      }
      if (moving.has(e.from) || moving.has(e.to) || intersects(box, rect)) out.push(e)
    }
    return same(old, out) ? old! : out
  })

  return { rovingId, visibleIds, visibleEdges }
}
