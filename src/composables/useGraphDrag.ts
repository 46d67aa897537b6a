import { drag, type D3DragEvent } from 'd3-drag'
import { select } from 'd3-selection'
import { onMounted, onUnmounted, shallowReactive, toRaw, type Ref } from 'vue'
import { checkConnect } from '@/domain/graph'
import { CARD_WIDTH, cardAt, cardsIn, type Point } from '@/domain/graphGeometry'
import type { Roadmap } from '@/domain/schema'
import type { GraphEditor } from './useGraphEditor'

interface Subject {
  id: string
  mode: 'move' | 'connect'
  x: number
  y: number
}

type Ev = D3DragEvent<Element, unknown, Subject>

/** The line drawn while connecting, and the selection box: tiny reactive objects of their own. */
export function useGraphOverlays() {
  return {
    connector: shallowReactive({
      active: false,
      x1: 0,
      y1: 0,
      x2: 0,
      y2: 0,
      /** null: not over a card; false: that connection would be refused. */
      valid: null as boolean | null,
    }),
    box: shallowReactive({ active: false, x0: 0, y0: 0, x1: 0, y1: 0 }),
  }
}
export type GraphOverlays = ReturnType<typeof useGraphOverlays>

/**
 * d3-drag on the graph, delegated: one behaviour on the cards layer moves cards (the whole
 * selection when the card is part of it) or, from a card's handle, draws a prerequisite
 * arrow; one on the `<svg>` draws a selection box on shift-drag. A drag is stored once, at
 * the end, as one undo step. Pointer positions come in graph coordinates (the container
 * is the transformed layer).
 */
export function useGraphDrag(
  svgRef: Ref<SVGSVGElement | null>,
  cardsRef: Ref<SVGGElement | null>,
  layerRef: Ref<SVGGElement | null>,
  editor: GraphEditor,
  overlays: GraphOverlays,
  roadmap: () => Roadmap | null,
) {
  const { model, selection } = editor
  let origin = new Map<string, Point>()
  let moved = false
  let over: string | null = null

  const placed = () =>
    [...model.cards.values()].map(toRaw).filter((c) => !editor.hidden.value.has(c.id))

  const cardDrag = drag<SVGGElement, unknown, Subject>()
    .container(() => layerRef.value!)
    .filter(
      (e: MouseEvent) => !e.button && !e.ctrlKey && !!(e.target as Element).closest('[data-id]'),
    )
    .subject((e: Ev) => {
      const target = (e.sourceEvent as Event).target as Element
      const id = target.closest('[data-id]')!.getAttribute('data-id')!
      const card = toRaw(model.cards.get(id)!)
      return {
        id,
        mode: target.closest('[data-handle]') ? 'connect' : 'move',
        x: card.x,
        y: card.y,
      }
    })
    .on('start', (e: Ev) => {
      const { id, mode } = e.subject
      moved = false
      if (mode === 'connect') {
        const card = toRaw(model.cards.get(id)!)
        Object.assign(overlays.connector, {
          active: true,
          x1: card.x + CARD_WIDTH / 2,
          y1: card.y,
          x2: e.x,
          y2: e.y,
          valid: null,
        })
        over = null
        return
      }
      const ids = selection.value.has(id) ? [...selection.value] : [id]
      origin = new Map(
        ids.map((i) => {
          const c = toRaw(model.cards.get(i)!)
          return [i, { x: c.x, y: c.y }]
        }),
      )
    })
    .on('drag', (e: Ev) => {
      const { id, mode } = e.subject
      if (mode === 'connect') {
        overlays.connector.x2 = e.x
        overlays.connector.y2 = e.y
        const target = cardAt(placed(), { x: e.x, y: e.y })
        if (target !== over) {
          over = target
          const r = roadmap()
          overlays.connector.valid =
            target === null || target === id || !r ? null : checkConnect(r, id, target) === null
        }
        return
      }
      if (!moved) {
        moved = true
        editor.dragging.value = new Set(origin.keys())
      }
      const dx = e.x - e.subject.x
      const dy = e.y - e.subject.y
      for (const [i, p] of origin) {
        const card = model.cards.get(i)
        if (!card) continue
        card.x = p.x + dx
        card.y = p.y + dy
      }
    })
    .on('end', (e: Ev) => {
      const { id, mode } = e.subject
      if (mode === 'connect') {
        overlays.connector.active = false
        const target = cardAt(placed(), { x: e.x, y: e.y })
        if (target && target !== id) editor.connect(id, target)
        return
      }
      if (!moved) return
      const positions = new Map<string, Point>()
      for (const i of origin.keys()) {
        const c = toRaw(model.cards.get(i))
        if (c) positions.set(i, { x: c.x, y: c.y })
      }
      editor.dragging.value = new Set()
      editor.place(positions)
    })

  const boxDrag = drag<SVGSVGElement, unknown>()
    .container(() => layerRef.value!)
    .filter(
      (e: MouseEvent) => e.shiftKey && !e.button && !(e.target as Element).closest('[data-id]'),
    )
    .subject((e: Ev) => ({ x: e.x, y: e.y }))
    .on('start', (e: Ev) => {
      Object.assign(overlays.box, { active: true, x0: e.x, y0: e.y, x1: e.x, y1: e.y })
    })
    .on('drag', (e: Ev) => {
      overlays.box.x1 = e.x
      overlays.box.y1 = e.y
    })
    .on('end', () => {
      const b = overlays.box
      b.active = false
      const rect = {
        x0: Math.min(b.x0, b.x1),
        y0: Math.min(b.y0, b.y1),
        x1: Math.max(b.x0, b.x1),
        y1: Math.max(b.y0, b.y1),
      }
      const inside = cardsIn(placed(), rect)
      selection.value = new Set([...selection.value, ...inside])
    })

  onMounted(() => {
    if (cardsRef.value) select(cardsRef.value).call(cardDrag)
    if (svgRef.value) select(svgRef.value).call(boxDrag)
  })
  onUnmounted(() => {
    if (cardsRef.value) select(cardsRef.value).on('.drag', null)
    if (svgRef.value) select(svgRef.value).on('.drag', null)
  })
}
