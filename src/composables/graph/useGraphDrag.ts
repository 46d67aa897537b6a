import { shallowReactive, toRaw, type Ref } from 'vue'
import { checkConnect } from '@/domain/graph'
import { CARD_WIDTH, cardAt, cardsIn, type Point } from '@/domain/graphGeometry'
import type { Roadmap } from '@/domain/schema'
import type { GraphCamera } from './useGraphCamera'
import type { GraphEditor } from './useGraphEditor'
import { usePointerGesture } from '@/composables/usePointerGesture'

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
 * Dragging on the graph with Pointer Events (mouse, touch, pen), delegated: presses on the
 * cards layer move cards (the whole selection when the card is part of it) or, from a card's
 * handle, draw a prerequisite arrow; shift-presses on the `<svg>` background draw a selection
 * box. A press becomes a drag past `DRAG_THRESHOLD` (its click is then swallowed); a drag is
 * stored once, at the end, as one undo step; a cancelled one puts everything back. One drag
 * at a time: other pointers meanwhile are left to the viewport (a second finger pans).
 * Positions are in graph coordinates (the viewport's `toGraph`).
 */
export function useGraphDrag(
  svgRef: Ref<SVGSVGElement | null>,
  cardsRef: Ref<SVGGElement | null>,
  viewport: Pick<GraphCamera, 'toGraph'>,
  editor: Pick<
    GraphEditor,
    'model' | 'selection' | 'shownCards' | 'targets' | 'dragging' | 'connect' | 'place'
  >,
  overlays: GraphOverlays,
  roadmap: () => Roadmap | null,
) {
  const { model, selection } = editor
  const placed = editor.shownCards

  /** A point in client pixels, in graph coordinates. */
  const graphPoint = (p: Point): Point => viewport.toGraph(p.x, p.y)

  /** The card drag under way: which card, how, where the press started, where cards were. */
  let drag: {
    id: string
    mode: 'move' | 'connect'
    from: Point
    origin: Map<string, Point>
    over: string | null
  } | null = null

  usePointerGesture(
    cardsRef,
    {
      accept: (e) =>
        !drag &&
        e.isPrimary &&
        e.button === 0 &&
        !e.ctrlKey &&
        !!(e.target as Element).closest('[data-id]'),
      down: (p, e) => {
        const target = e.target as Element
        const id = target.closest('[data-id]')!.getAttribute('data-id')!
        const mode = target.closest('[data-handle]') ? 'connect' : 'move'
        const ids = mode === 'move' ? editor.targets(id) : [id]
        const origin = new Map<string, Point>()
        for (const i of ids) {
          const c = toRaw(model.cards.get(i))
          if (c) origin.set(i, { x: c.x, y: c.y })
        }
        drag = { id, mode, from: graphPoint(p.start), origin, over: null }
      },
      move: (p) => {
        if (!drag || !p.moved) return
        const at = graphPoint(p.at)
        if (drag.mode === 'connect') return connectTo(drag, at)
        if (!editor.dragging.value.size) editor.dragging.value = new Set(drag.origin.keys())
        moveBy(drag.origin, at.x - drag.from.x, at.y - drag.from.y)
      },
      up: (p) => {
        const d = drag
        drag = null
        if (!d || !p.moved) return
        if (d.mode === 'connect') {
          overlays.connector.active = false
          const target = cardAt(placed(), graphPoint(p.at))
          if (target && target !== d.id) editor.connect(d.id, target)
          return
        }
        const positions = new Map<string, Point>()
        for (const i of d.origin.keys()) {
          const c = toRaw(model.cards.get(i))
          if (c) positions.set(i, { x: c.x, y: c.y })
        }
        editor.dragging.value = new Set()
        editor.place(positions)
      },
      cancel: () => {
        const d = drag
        drag = null
        if (!d) return
        overlays.connector.active = false
        if (d.mode === 'move' && editor.dragging.value.size) {
          moveBy(d.origin, 0, 0)
          editor.dragging.value = new Set()
        }
      },
    },
    'pressed',
  )

  function moveBy(origin: ReadonlyMap<string, Point>, dx: number, dy: number) {
    for (const [i, o] of origin) {
      const card = model.cards.get(i)
      if (!card) continue
      card.x = o.x + dx
      card.y = o.y + dy
    }
  }

  function connectTo(d: NonNullable<typeof drag>, at: Point) {
    const c = overlays.connector
    if (!c.active) {
      const card = toRaw(model.cards.get(d.id)!)
      Object.assign(c, { active: true, x1: card.x + CARD_WIDTH / 2, y1: card.y, valid: null })
    }
    c.x2 = at.x
    c.y2 = at.y
    const target = cardAt(placed(), at)
    if (target === d.over) return
    d.over = target
    const r = roadmap()
    c.valid =
      target === null || target === d.id || !r ? null : checkConnect(r, d.id, target) === null
  }

  const box = overlays.box
  usePointerGesture(svgRef, {
    accept: (e) => e.shiftKey && e.button === 0 && !(e.target as Element).closest('[data-id]'),
    down: (p) => {
      const at = graphPoint(p.start)
      Object.assign(box, { active: false, x0: at.x, y0: at.y, x1: at.x, y1: at.y })
    },
    move: (p) => {
      if (!p.moved) return
      const at = graphPoint(p.at)
      Object.assign(box, { active: true, x1: at.x, y1: at.y })
    },
    up: (p) => {
      box.active = false
      if (!p.moved) return
      const at = graphPoint(p.at)
      const rect = {
        x0: Math.min(box.x0, at.x),
        y0: Math.min(box.y0, at.y),
        x1: Math.max(box.x0, at.x),
        y1: Math.max(box.y0, at.y),
      }
      selection.value = new Set([...selection.value, ...cardsIn(placed(), rect)])
    },
    cancel: () => {
      box.active = false
    },
  })
}
