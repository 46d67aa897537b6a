import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import {
  COMPOSITED_ZOOM_CARDS,
  useGraphViewport,
  type GraphViewport,
} from '@/composables/graph/useGraphViewport'
import { MAX_SCALE, type ViewTransform } from '@/domain/graphGeometry'
import { clickReaches, pointer, press } from '../pointers'

/** The `<svg>` sits at (100, 50) on the page, 800 × 600. */
const BOX = { left: 100, top: 50, width: 800, height: 600 }

let viewport!: GraphViewport
let seen: ViewTransform[] = []
/** Whether each of `seen` was heard while a gesture passed. */
let passing: boolean[] = []

const Probe = defineComponent({
  setup() {
    const svg = ref<SVGSVGElement | null>(null)
    const layer = ref<SVGGElement | null>(null)
    viewport = useGraphViewport(svg, layer, {
      onTransform: (t, p) => {
        seen.push(t)
        passing.push(p)
      },
    })
    // As the graph draws it: the <svg> in a pane (moved while the view moves) in a wrapper.
    return () =>
      h('div', [h('div', [h('svg', { ref: svg }, [h('g', { ref: layer }, [h('rect')])])])])
  },
})

/**
 * A browser's ResizeObserver reports the first size after the frame's layout; happy-dom's never
 * reports, so this one reports the box at once when asked to observe.
 */
class ReportingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    this.callback([], this as unknown as ResizeObserver)
  }
  unobserve() {}
  disconnect() {}
}

let unmount: (() => void) | null = null
beforeEach(() => {
  seen = []
  passing = []
  vi.stubGlobal('ResizeObserver', ReportingResizeObserver)
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    ...BOX,
    x: BOX.left,
    y: BOX.top,
    right: BOX.left + BOX.width,
    bottom: BOX.top + BOX.height,
    toJSON: () => BOX,
  })
})
afterEach(async () => {
  unmount?.()
  unmount = null
  vi.unstubAllGlobals()
  await new Promise((r) => setTimeout(r, 0))
})

function setup(start: ViewTransform = { x: 0, y: 0, k: 1 }) {
  const wrapper = mount(Probe, { attachTo: document.body })
  unmount = () => wrapper.unmount()
  const svg = wrapper.element.querySelector('svg')!
  const layer = svg.querySelector('g')!
  viewport.apply(start, false)
  return { wrapper, svg, pane: svg.parentElement!, layer, rect: svg.querySelector('rect')! }
}

function reducedMotion(on: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({ matches: on && query.includes('reduce'), media: query }) as MediaQueryList,
  )
}

/** A wheel notch at (x, y); happy-dom's WheelEvent lacks MouseEvent's fields, so add them. */
function wheel(x: number, y: number, deltaY: number, ctrlKey = false) {
  const e = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY })
  for (const [key, value] of Object.entries({ clientX: x, clientY: y, ctrlKey }))
    Object.defineProperty(e, key, { value })
  return e
}
const transformOf = (t: ViewTransform) => `translate(${t.x},${t.y}) scale(${t.k})`
const near = (a: ViewTransform, b: ViewTransform) => {
  expect(a.x).toBeCloseTo(b.x, 6)
  expect(a.y).toBeCloseTo(b.y, 6)
  expect(a.k).toBeCloseTo(b.k, 6)
}

describe('the graph viewport', () => {
  it('the wheel zooms about the pointer and writes the transform on the layer', () => {
    const { svg, pane, layer } = setup({ x: 10, y: 20, k: 1 })
    const e = wheel(300, 250, -100)
    svg.dispatchEvent(e)
    expect(e.defaultPrevented).toBe(true)
    const t = viewport.transform()
    expect(t.k).toBeCloseTo(2 ** 0.2)
    // The graph point under the pointer (200, 200 in the svg) stays under it.
    expect(viewport.toGraph(300, 250).x).toBeCloseTo(190)
    expect(viewport.toGraph(300, 250).y).toBeCloseTo(180)
    expect(layer.getAttribute('transform')).toBe(`translate(${t.x},${t.y}) scale(${t.k})`)
    expect(pane.style.transform).toBe('')
    expect(seen.at(-1)).toEqual(t)
  })

  it("a pan moves the <svg>'s pane by CSS while it lasts and leaves the view on the layer", () => {
    const { svg, pane, layer } = setup({ x: 10, y: 20, k: 0.5 })
    svg.dispatchEvent(pointer('pointerdown', 300, 300))
    svg.dispatchEvent(pointer('pointermove', 340, 330))
    expect(viewport.transform()).toEqual({ x: 50, y: 50, k: 0.5 })
    expect(layer.getAttribute('transform')).toBe('translate(10,20) scale(0.5)')
    expect(pane.style.transform).toBe('translate(40px,30px) scale(1)')
    expect(svg.style.overflow).toBe('visible')
    // Conversions use the view, not the moved <svg>'s box.
    expect(viewport.toGraph(200, 150)).toEqual({ x: 100, y: 100 })
    svg.dispatchEvent(pointer('pointerup', 340, 330))
    expect(layer.getAttribute('transform')).toBe('translate(50,50) scale(0.5)')
    expect(pane.style.transform).toBe('')
    expect(pane.style.willChange).toBe('')
    expect(svg.style.overflow).toBe('')
  })

  it('followers hear a gesture as passing, and its view once more when it comes to rest', async () => {
    const { svg } = setup()
    svg.dispatchEvent(pointer('pointerdown', 300, 300))
    svg.dispatchEvent(pointer('pointermove', 340, 300))
    expect(passing.at(-1)).toBe(true)
    svg.dispatchEvent(pointer('pointerup', 340, 300))
    expect(passing.at(-1)).toBe(false)
    expect(seen.at(-1)).toEqual({ x: 40, y: 0, k: 1 })

    svg.dispatchEvent(wheel(300, 250, -100))
    svg.dispatchEvent(wheel(300, 250, -100))
    const zoomed = viewport.transform()
    expect(passing.slice(-2)).toEqual([true, true])
    await new Promise((r) => setTimeout(r, 100))
    expect(passing.at(-1)).toBe(true)
    // The wheel rests 150 ms after its last notch.
    await vi.waitFor(() => expect(passing.at(-1)).toBe(false))
    expect(seen.at(-1)).toEqual(zoomed)
  })

  it('with few cards rendered, a wheel zoom scales the pane until the wheel rests', async () => {
    const { svg, pane, layer } = setup({ x: 10, y: 20, k: 1 })
    svg.dataset.cards = String(COMPOSITED_ZOOM_CARDS)
    svg.dispatchEvent(wheel(300, 250, -100))
    const t = viewport.transform()
    expect(layer.getAttribute('transform')).toBe('translate(10,20) scale(1)')
    expect(pane.style.transform).toBe(
      `translate(${t.x - 10 * t.k}px,${t.y - 20 * t.k}px) scale(${t.k})`,
    )
    expect(svg.style.overflow).toBe('visible')
    // Conversions use the view.
    expect(viewport.toGraph(300, 250).x).toBeCloseTo(190)
    // Past 1.5 times the drawn scale the graph is drawn again at its own.
    svg.dispatchEvent(wheel(300, 250, -100))
    expect(layer.getAttribute('transform')).toBe('translate(10,20) scale(1)')
    svg.dispatchEvent(wheel(300, 250, -200))
    const far = viewport.transform()
    expect(far.k).toBeCloseTo(2 ** 0.8)
    expect(layer.getAttribute('transform')).toBe(transformOf(far))
    expect(pane.style.transform).toBe('none')
    await vi.waitFor(() => expect(pane.style.transform).toBe(''))
    expect(layer.getAttribute('transform')).toBe(transformOf(far))
    expect(pane.style.willChange).toBe('')
    expect(svg.style.overflow).toBe('')

    // More cards: every frame is drawn at its scale.
    svg.dataset.cards = String(COMPOSITED_ZOOM_CARDS + 1)
    svg.dispatchEvent(wheel(300, 250, 100))
    expect(layer.getAttribute('transform')).toBe(transformOf(viewport.transform()))
    expect(pane.style.transform).toBe('')
  })

  it('a wheel that cannot zoom further is left to the page', () => {
    const { svg } = setup({ x: 0, y: 0, k: MAX_SCALE })
    const e = wheel(300, 250, -100)
    svg.dispatchEvent(e)
    expect(e.defaultPrevented).toBe(false)
    expect(viewport.transform().k).toBe(MAX_SCALE)
    // Zooming out from there is a zoom.
    const out = wheel(300, 250, 100)
    svg.dispatchEvent(out)
    expect(out.defaultPrevented).toBe(true)
    expect(viewport.transform().k).toBeLessThan(MAX_SCALE)
  })

  it('a drag pans by as much as the pointer moved, from 3 px on; its click is swallowed', () => {
    const { svg, rect } = setup({ x: 10, y: 20, k: 0.5 })
    press(rect, [300, 300], [301, 302])
    expect(viewport.transform()).toEqual({ x: 10, y: 20, k: 0.5 })
    expect(clickReaches(rect)).toBe(true)
    press(rect, [300, 300], [360, 270], { type: 'touch' })
    expect(viewport.transform()).toEqual({ x: 70, y: -10, k: 0.5 })
    expect(clickReaches(svg)).toBe(false)
  })

  it('a wheel during a pan zooms, and the pan carries on from the zoomed view', () => {
    const { svg } = setup()
    svg.dispatchEvent(pointer('pointerdown', 300, 300))
    svg.dispatchEvent(pointer('pointermove', 320, 300))
    expect(viewport.transform()).toEqual({ x: 20, y: 0, k: 1 })
    svg.dispatchEvent(wheel(320, 300, -500))
    const zoomed = viewport.transform()
    expect(zoomed.k).toBe(2)
    svg.dispatchEvent(pointer('pointermove', 330, 310))
    expect(viewport.transform()).toEqual({ ...zoomed, x: zoomed.x + 10, y: zoomed.y + 10 })
    svg.dispatchEvent(pointer('pointerup', 330, 310))
  })

  it('leaves ctrl-presses, secondary buttons and shift-drags (the selection box) alone', () => {
    const { svg } = setup()
    press(svg, [300, 300], [400, 400], { ctrl: true })
    press(svg, [300, 300], [400, 400], { button: 2 })
    press(svg, [300, 300], [400, 400], { shift: true })
    expect(viewport.transform()).toEqual({ x: 0, y: 0, k: 1 })
  })

  it('two fingers pinch about their midpoint; lifting one carries on as a pan', () => {
    const { svg } = setup({ x: 0, y: 0, k: 0.5 })
    const one = { id: 1, type: 'touch' } as const
    const two = { id: 2, type: 'touch', primary: false } as const
    // In the svg: fingers at (170, 250) and (230, 250), midpoint (200, 250).
    svg.dispatchEvent(pointer('pointerdown', 270, 300, one))
    svg.dispatchEvent(pointer('pointerdown', 330, 300, two))
    for (let i = 1; i <= 6; i++) {
      svg.dispatchEvent(pointer('pointermove', 270 - i * 10, 300, one))
      svg.dispatchEvent(pointer('pointermove', 330 + i * 10, 300, two))
    }
    const t = viewport.transform()
    expect(t.k).toBeCloseTo(1.5)
    near(t, { k: 1.5, x: 200 - 400 * 1.5, y: 250 - 500 * 1.5 })
    svg.dispatchEvent(pointer('pointerup', 390, 300, two))
    // The remaining finger pans from where it is: no jump, then it follows.
    svg.dispatchEvent(pointer('pointermove', 220, 310, one))
    near(viewport.transform(), { ...t, x: t.x + 10, y: t.y + 10 })
    svg.dispatchEvent(pointer('pointerup', 220, 310, one))
    expect(clickReaches(svg)).toBe(false)
  })

  it('a cancelled pan leaves the view where it was dragged to, and the next gesture works', () => {
    const { svg } = setup()
    svg.dispatchEvent(pointer('pointerdown', 300, 300))
    svg.dispatchEvent(pointer('pointermove', 350, 300))
    svg.dispatchEvent(pointer('pointercancel', 350, 300))
    expect(viewport.transform()).toEqual({ x: 50, y: 0, k: 1 })
    svg.dispatchEvent(pointer('pointermove', 500, 500))
    expect(viewport.transform()).toEqual({ x: 50, y: 0, k: 1 })
    press(svg, [300, 300], [300, 340])
    expect(viewport.transform()).toEqual({ x: 50, y: 40, k: 1 })
  })

  it('switches to boxes below scale 0.45', () => {
    setup()
    expect(viewport.lod.value).toBe('full')
    viewport.apply({ x: 0, y: 0, k: 0.3 }, false)
    expect(viewport.lod.value).toBe('box')
  })

  it('zooms by buttons about the centre, at once when the user asks for less motion', () => {
    reducedMotion(true)
    setup()
    viewport.zoomBy(2)
    // The centre of the svg (400, 300) stays put.
    expect(viewport.transform()).toEqual({ k: 2, x: -400, y: -300 })
    viewport.zoomBy(100)
    expect(viewport.transform().k).toBe(MAX_SCALE)
  })

  it('animates programmatic moves to their end; a press stops the animation', async () => {
    reducedMotion(false)
    const { svg } = setup()
    viewport.apply({ x: 200, y: -100, k: 2 })
    expect(viewport.transform()).toEqual({ x: 0, y: 0, k: 1 })
    await vi.waitFor(() => expect(viewport.transform()).toEqual({ x: 200, y: -100, k: 2 }))
    expect(seen.length).toBeGreaterThan(2)

    viewport.zoomBy(0.5)
    await vi.waitFor(() => expect(viewport.transform().k).not.toBe(2))
    svg.dispatchEvent(pointer('pointerdown', 300, 300))
    const stopped = viewport.transform()
    await new Promise((r) => setTimeout(r, 260))
    expect(viewport.transform()).toEqual(stopped)
    expect(stopped.k).toBeGreaterThan(1)
    svg.dispatchEvent(pointer('pointerup', 300, 300))
  })

  it('stops listening when unmounted', () => {
    const { svg } = setup()
    unmount!()
    unmount = null
    svg.dispatchEvent(wheel(300, 250, -100))
    press(svg, [300, 300], [400, 400])
    expect(viewport.transform()).toEqual({ x: 0, y: 0, k: 1 })
  })
})
