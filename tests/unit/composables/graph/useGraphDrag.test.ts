import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref, toRaw } from 'vue'
import {
  useGraphDrag,
  useGraphOverlays,
  type GraphOverlays,
} from '@/composables/graph/useGraphDrag'
import { injectGraphViewport } from '@/composables/graph/useGraphCamera'
import { injectGraphEditor, type GraphEditor } from '@/composables/graph/useGraphEditor'
import { CARD_WIDTH } from '@/domain/graphGeometry'
import { useRoadmapStore } from '@/stores/roadmap'
import { chain } from '../../helpers'
import { mountInEditor } from '../../components/graph/harness'
import { clickReaches, pointer, press } from '../pointers'

let overlays!: GraphOverlays

/**
 * The graph's layers as RoadmapGraph draws them: cards with a body and a handle. happy-dom
 * lays nothing out and the viewport (whose `toGraph` the drags use) is not panned, so client
 * pixels are graph units here.
 */
const Probe = defineComponent({
  setup() {
    const svg = ref<SVGSVGElement | null>(null)
    const cards = ref<SVGGElement | null>(null)
    const editor = injectGraphEditor()
    overlays = useGraphOverlays()
    const store = useRoadmapStore()
    useGraphDrag(svg, cards, injectGraphViewport(), editor, overlays, () => store.active)
    return () =>
      h('svg', { ref: svg }, [
        h('g', [
          h(
            'g',
            { ref: cards },
            editor.model.ids.value.map((id) =>
              h('g', { 'data-id': id }, [
                h('rect', { class: 'bg' }),
                h('g', { 'data-handle': '' }, [h('circle', { class: 'dot' })]),
              ]),
            ),
          ),
        ]),
      ])
  },
})

let unmount: (() => void) | null = null
afterEach(async () => {
  unmount?.()
  unmount = null
  await new Promise((r) => setTimeout(r, 0))
})

function setup() {
  const mounted = mountInEditor(chain(), Probe)
  unmount = () => mounted.wrapper.unmount()
  const el = mounted.wrapper.element as SVGSVGElement
  const body = (id: string) => el.querySelector(`[data-id="${id}"] .bg`)!
  const handle = (id: string) => el.querySelector(`[data-id="${id}"] .dot`)!
  return { ...mounted, svg: el, body, handle }
}

const at = (editor: GraphEditor, id: string) => {
  const c = toRaw(editor.model.cards.get(id)!)
  return [c.x, c.y] as const
}
const plus = ([x, y]: readonly [number, number], dx: number, dy: number) =>
  [x + dx, y + dy] as const

describe('dragging on the graph', () => {
  it('moves a card by as much as the pointer, stored as one step, and swallows its click', () => {
    const { editor, store, body } = setup()
    const a = at(editor, 'a')
    press(body('a'), a, plus(a, 50, 20))
    expect(at(editor, 'a')).toEqual(plus(a, 50, 20))
    expect(store.milestoneById.get('a')!.position).toEqual({ x: a[0] + 50, y: a[1] + 20 })
    expect(editor.dragging.value.size).toBe(0)
    expect(clickReaches(body('a'))).toBe(false)
    store.undo()
    expect(store.milestoneById.get('a')!.position).toBeUndefined()
    expect(store.canUndo).toBe(false)
  })

  it('a press that moves under 3 px is a click: nothing moves, nothing is stored', () => {
    const { editor, store, body } = setup()
    const a = at(editor, 'a')
    press(body('a'), a, plus(a, 2, 1))
    expect(at(editor, 'a')).toEqual(a)
    expect(store.canUndo).toBe(false)
    expect(clickReaches(body('a'))).toBe(true)
  })

  it('moves the whole selection when the card is part of it', () => {
    const { editor, store, body } = setup()
    editor.selection.value = new Set(['a', 'c'])
    const [a, b, c] = [at(editor, 'a'), at(editor, 'b'), at(editor, 'c')]
    press(body('c'), c, plus(c, -30, 40), { type: 'pen' })
    expect(at(editor, 'a')).toEqual(plus(a, -30, 40))
    expect(at(editor, 'c')).toEqual(plus(c, -30, 40))
    expect(at(editor, 'b')).toEqual(b)
    store.undo()
    expect(store.milestoneById.get('a')!.position).toBeUndefined()
    expect(store.milestoneById.get('c')!.position).toBeUndefined()
    expect(store.canUndo).toBe(false)
  })

  it('ignores secondary buttons and ctrl-presses', () => {
    const { editor, store, body } = setup()
    const a = at(editor, 'a')
    press(body('a'), a, plus(a, 50, 0), { button: 2 })
    press(body('a'), a, plus(a, 50, 0), { ctrl: true })
    expect(at(editor, 'a')).toEqual(a)
    expect(store.canUndo).toBe(false)
  })

  it('a second finger during a card drag leaves the drag to the first', () => {
    const { editor, store, body, svg } = setup()
    const a = at(editor, 'a')
    const d = at(editor, 'd')
    const one = { id: 1, type: 'touch' } as const
    const two = { id: 2, type: 'touch', primary: false } as const
    body('a').dispatchEvent(pointer('pointerdown', ...a, one))
    body('a').dispatchEvent(pointer('pointermove', ...plus(a, 10, 0), one))
    // The second finger lands on another card, moves and lifts: no card follows it.
    body('d').dispatchEvent(pointer('pointerdown', ...d, two))
    svg.dispatchEvent(pointer('pointermove', ...plus(d, 80, 80), two))
    svg.dispatchEvent(pointer('pointerup', ...plus(d, 80, 80), two))
    expect(at(editor, 'd')).toEqual(d)
    body('a').dispatchEvent(pointer('pointermove', ...plus(a, 20, 5), one))
    body('a').dispatchEvent(pointer('pointerup', ...plus(a, 20, 5), one))
    expect(at(editor, 'a')).toEqual(plus(a, 20, 5))
    expect(editor.dragging.value.size).toBe(0)
    // And the next drag works as usual.
    press(body('d'), d, plus(d, 0, 30), one)
    expect(at(editor, 'd')).toEqual(plus(d, 0, 30))
    // A second finger alone on a card (the first is pinching the view) moves no card.
    press(body('b'), at(editor, 'b'), plus(at(editor, 'b'), 40, 0), two)
    // Two steps: the second finger stored nothing, the first finger's drags one step each.
    store.undo()
    expect(store.milestoneById.get('d')!.position).toEqual({ x: d[0], y: d[1] })
    expect(store.milestoneById.get('a')!.position).toEqual({ x: a[0] + 20, y: a[1] + 5 })
    store.undo()
    expect(store.milestoneById.get('a')!.position).toBeUndefined()
    expect(store.canUndo).toBe(false)
  })

  it('pointercancel puts the cards back and stores nothing', () => {
    const { editor, store, body } = setup()
    editor.selection.value = new Set(['a', 'b'])
    const [a, b] = [at(editor, 'a'), at(editor, 'b')]
    body('a').dispatchEvent(pointer('pointerdown', ...a))
    body('a').dispatchEvent(pointer('pointermove', ...plus(a, 60, 60)))
    expect(editor.dragging.value).toEqual(new Set(['a', 'b']))
    body('a').dispatchEvent(pointer('pointercancel', ...plus(a, 60, 60)))
    expect([at(editor, 'a'), at(editor, 'b')]).toEqual([a, b])
    expect(editor.dragging.value.size).toBe(0)
    expect(store.canUndo).toBe(false)
  })

  it('a drag whose capture is lost ends there, stored', () => {
    const { editor, store, body } = setup()
    const a = at(editor, 'a')
    body('a').dispatchEvent(pointer('pointerdown', ...a))
    body('a').dispatchEvent(pointer('pointermove', ...plus(a, 0, 45)))
    document.dispatchEvent(pointer('lostpointercapture', ...plus(a, 0, 45)))
    expect(store.milestoneById.get('a')!.position).toEqual({ x: a[0], y: a[1] + 45 })
    expect(editor.dragging.value.size).toBe(0)
    body('a').dispatchEvent(pointer('pointermove', ...plus(a, 100, 100)))
    expect(at(editor, 'a')).toEqual(plus(a, 0, 45))
  })

  it('from a handle, draws an arrow and connects on release over another card', () => {
    const { editor, store, handle } = setup()
    const a = at(editor, 'a')
    const d = at(editor, 'd')
    const from = plus(a, CARD_WIDTH / 2, 0)
    handle('a').dispatchEvent(pointer('pointerdown', ...from))
    expect(overlays.connector.active).toBe(false)
    handle('a').dispatchEvent(pointer('pointermove', ...d))
    expect(overlays.connector).toMatchObject({ active: true, x1: from[0], y1: a[1], valid: true })
    handle('a').dispatchEvent(pointer('pointerup', ...d))
    expect(overlays.connector.active).toBe(false)
    expect(store.active!.edges).toContainEqual({ from: 'a', to: 'd' })
    expect(at(editor, 'a')).toEqual(a)
  })

  it('an arrow that would close a loop shows as refused and connects nothing', () => {
    const { editor, store, handle } = setup()
    const c = at(editor, 'c')
    const a = at(editor, 'a')
    handle('c').dispatchEvent(pointer('pointerdown', ...plus(c, CARD_WIDTH / 2, 0)))
    handle('c').dispatchEvent(pointer('pointermove', ...a))
    expect(overlays.connector.valid).toBe(false)
    handle('c').dispatchEvent(pointer('pointercancel', ...a))
    expect(overlays.connector.active).toBe(false)
    expect(store.active!.edges).toHaveLength(2)
  })

  it('shift-drag on the background adds the cards in the box to the selection', () => {
    const { editor, svg } = setup()
    editor.selection.value = new Set(['c'])
    const a = at(editor, 'a')
    const b = at(editor, 'b')
    const from = plus(a, -10, -10)
    svg.dispatchEvent(pointer('pointerdown', ...from, { shift: true }))
    svg.dispatchEvent(pointer('pointermove', ...b, { shift: true }))
    expect(overlays.box).toMatchObject({ active: true, x0: from[0], y0: from[1], x1: b[0] })
    svg.dispatchEvent(pointer('pointerup', ...b, { shift: true }))
    expect(overlays.box.active).toBe(false)
    expect(editor.selection.value).toEqual(new Set(['a', 'b', 'c']))
    // A shift-click (no drag) selects nothing more; without shift the background is the view's.
    editor.selection.value = new Set()
    press(svg, a, plus(a, 1, 1), { shift: true })
    press(svg, from, b)
    expect(editor.selection.value.size).toBe(0)
  })
})
