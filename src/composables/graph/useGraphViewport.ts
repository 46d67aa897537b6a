import { timer, type Timer } from 'd3-timer'
import { onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue'
import {
  easeCubicInOut,
  panBy,
  pinch,
  toGraph as graphPoint,
  transformAttribute,
  wheelZoom,
  zoomAt,
  zoomTween,
} from '@/domain/gestures'
import {
  centreOn,
  fitTransform,
  lodFor,
  READABLE_SCALE,
  viewRect,
  type Lod,
  type Point,
  type Rect,
  type ViewTransform,
} from '@/domain/graphGeometry'
import { usePointerGesture } from '@/composables/usePointerGesture'
import { prefersReducedMotion } from '@/composables/useReducedMotion'
import { afterNextPaint } from '@/utils/afterPaint'

/**
 * How much of a screen around the viewport is kept rendered, so panning rarely re-culls; the
 * first frame draws only what is on screen, the margin follows once it is drawn.
 */
const CULL_MARGIN = 0.5
/** Wheel events closer together than this are one gesture (d3-zoom's wheel delay). */
const WHEEL_GESTURE_MS = 150
/** How long programmatic moves take: fit, centre (`apply`), and the zoom buttons' steps. */
export const MOVE_MS = 250
export const ZOOM_STEP_MS = 200
/** Resizes this soon after the graph appears (bars settling) place the first view again. */
const FIRST_SIZE_MS = 2000
/**
 * Rendered cards up to which a zoom by the wheel or a pinch is composited too (see `drawn`); past
 * it, Chromium's layerisation of the scaled pane sometimes took 0.1-0.3 s a frame (2,000 cards).
 */
export const COMPOSITED_ZOOM_CARDS = 250
/** How far a composited zoom scales the drawn graph before it is drawn again at its scale. */
const COMPOSITED_ZOOM_DRIFT = 1.5
/** Room kept between a card brought into view and the edge of the graph, in pixels. */
export const REVEAL_PAD = 24

/**
 * The graph's `<svg>` sits in a pane, which a pan moves (an HTML box with a CSS
 * transform, on its own compositor layer while it moves), inside the wrapper that clips it and
 * stays put (the graph's box on the page, where the wheel is listened to).
 */
const paneOf = (svg: Element | null | undefined) => svg?.parentElement as HTMLElement | null
const surfaceOf = (svg: Element | null | undefined) => paneOf(svg)?.parentElement ?? null

/**
 * Zoom and pan on the graph's `<svg>` with Pointer Events and the wheel: one pointer pans, two
 * pinch, the wheel zooms about the pointer; ctrl-press, secondary buttons and shift (the
 * selection box) are left alone. The maths is `domain/gestures.ts`. The transform is written
 * straight onto one `<g>` (never through Vue), and only what the view needs is reactive: the
 * level of detail and the culling rectangle, which change rarely.
 */
export function useGraphViewport(
  svgRef: Ref<SVGSVGElement | null>,
  layerRef: Ref<SVGGElement | null>,
  listeners: {
    /**
     * Every new view; `passing` while a gesture or animation is under way (a wheel zoom, a pan,
     * a pinch, a programmatic move), and once more with `passing` false when it comes to rest.
     */
    onTransform?: (t: ViewTransform, passing: boolean) => void
    /** The size changed before the user moved the view: place the first view again. */
    onFirstSize?: () => void
  } = {},
) {
  const lod = ref<Lod>('full')
  /**
   * The graph area to render; replaced only when the viewport leaves it. Empty until the
   * first view is placed, so the first render draws only what will be on screen.
   */
  const cullRect = shallowRef<Rect>({ x0: 0, y0: 0, x1: 0, y1: 0 })
  const size = shallowRef({ width: 0, height: 0 })
  let current: ViewTransform = { x: 0, y: 0, k: 1 }
  let culledAtScale = 1
  let margin = 0
  let widening = false
  let frame = 0
  let observer: ResizeObserver | null = null
  let animation: Timer | null = null
  let wheelUntil = 0
  /** The wheel's rest: `WHEEL_GESTURE_MS` after its last zoom. */
  let wheelRest = 0

  function recull() {
    frame = 0
    const { width, height } = size.value
    cullRect.value = viewRect(current, width, height, margin)
    culledAtScale = current.k
  }

  function maybeRecull() {
    const { width, height } = size.value
    const now = viewRect(current, width, height, 0)
    const r = cullRect.value
    const inside = now.x0 >= r.x0 && now.y0 >= r.y0 && now.x1 <= r.x1 && now.y1 <= r.y1
    if ((!inside || current.k > culledAtScale * 2) && !frame) frame = requestAnimationFrame(recull)
  }

  /** Whether the user has zoomed or panned yet (until then resizes re-place the first view). */
  let touched = false

  /**
   * The view the layer's `transform` attribute draws. While a pointer pans the view, the
   * attribute stays at the view the pan started from and the `<svg>`'s pane is moved by a CSS
   * transform on its own compositor layer (`will-change`): a frame of the pan is composited, not
   * painted and rasterised again. When the gesture comes to rest, the attribute takes the view
   * and the layer goes. A zoom by the wheel or a pinch moves the pane too while few cards are
   * rendered (`COMPOSITED_ZOOM_CARDS`), and the attribute takes the view whenever the pane's
   * scale reaches `COMPOSITED_ZOOM_DRIFT` (text is drawn again at its scale); otherwise, and for
   * the buttons, the fit and other animations, a zoom writes the attribute on every frame:
   * composited scaling of the pane made Chromium's layerisation of a 2,000-card graph take
   * 0.1-0.3 s a frame in some runs (docs/PERFORMANCE.md, Render).
   */
  let drawn: ViewTransform = current
  let moving = false

  function draw() {
    const pane = paneOf(svgRef.value)
    const s = current.k / drawn.k
    if (moving && pane && s <= COMPOSITED_ZOOM_DRIFT && s >= 1 / COMPOSITED_ZOOM_DRIFT) {
      pane.style.transform = `translate(${current.x - drawn.x * s}px,${current.y - drawn.y * s}px) scale(${s})`
    } else {
      drawn = current
      layerRef.value?.setAttribute('transform', transformAttribute(current))
      if (moving) pane?.style.setProperty('transform', 'none')
    }
  }

  /** Whether a zoom moves the pane too: few cards are rendered. */
  const zoomComposited = () =>
    Number(svgRef.value?.dataset.cards ?? Infinity) <= COMPOSITED_ZOOM_CARDS

  /** A zoom: composited (`startMoving`) while few cards are rendered, else drawn at its scale. */
  function startZoom() {
    if (zoomComposited()) startMoving()
    else stopMoving()
  }

  /** A move starts (a pan, a composited zoom): frames from now on move the `<svg>`'s pane (`draw`). */
  function startMoving() {
    const svg = svgRef.value
    const pane = paneOf(svg)
    if (moving || !svg || !pane) return
    moving = true
    pane.style.willChange = 'transform'
    // The cards rendered around the view come into view as it moves (clipped at rest: drawing
    // past its box costs the first render about 0.1 s at 200 milestones).
    svg.style.overflow = 'visible'
  }

  /** The pane and `<svg>` of a move, back as they are at rest. */
  function rest(svg: SVGSVGElement | null) {
    const pane = paneOf(svg)
    pane?.style.removeProperty('transform')
    pane?.style.removeProperty('will-change')
    svg?.style.removeProperty('overflow')
  }

  /** The move is over: the layer's attribute takes the view, the pane goes back in place. */
  function stopMoving() {
    if (!moving) return
    moving = false
    rest(svgRef.value)
    draw()
  }

  function show(t: ViewTransform, byUser: boolean, passing = false) {
    if (byUser) touched = true
    current = t
    draw()
    lod.value = lodFor(t.k)
    maybeRecull()
    listeners.onTransform?.(current, passing)
  }

  /**
   * A gesture came to rest (the wheel, the last pointer): the layer's attribute takes the view,
   * the followers place what they follow.
   */
  function rested() {
    clearTimeout(wheelRest)
    if (gesture.pointers().length) return
    stopMoving()
    if (!animation) listeners.onTransform?.(current, false)
  }

  function stopAnimation() {
    animation?.stop()
    animation = null
  }

  /**
   * The graph's box in client pixels: its wrapper's, which no move transforms (the `<svg>`'s
   * own box moves with it while the view moves).
   */
  function box(): DOMRect | undefined {
    const svg = svgRef.value
    return (surfaceOf(svg) ?? svg)?.getBoundingClientRect()
  }

  /** A point in client pixels, relative to the graph. */
  function local(p: Point): Point {
    const b = box()
    return { x: p.x - (b?.left ?? 0), y: p.y - (b?.top ?? 0) }
  }

  /**
   * Where the gesture started from: the view and the pointers' places then. Taken again
   * whenever a pointer comes or goes, so a pinch that loses a finger carries on as a pan.
   */
  let anchor: { view: ViewTransform; points: Point[] } = { view: current, points: [] }
  const gesture = usePointerGesture(svgRef, {
    accept: (e) => e.button === 0 && !e.ctrlKey && !e.shiftKey,
    down: () => {
      stopAnimation()
      reanchor()
    },
    move: (p) => {
      const [a, b] = gesture.pointers()
      const [from0, from1] = anchor.points
      if (a && b && from0 && from1) {
        a.moved = b.moved = true
        // A zoom: see `drawn`, also after a pan.
        startZoom()
        show(pinch(anchor.view, [from0, from1], [local(a.at), local(b.at)]), true, true)
      } else if (!b && from0 && p.moved) {
        const to = local(p.at)
        startMoving()
        show(panBy(anchor.view, to.x - from0.x, to.y - from0.y), true, true)
      }
    },
    up: () => lifted(),
    cancel: () => lifted(),
  })

  /** A pointer went away: the others carry on from here; the last one ends the move. */
  function lifted() {
    reanchor()
    if (!gesture.pointers().length) rested()
  }

  function reanchor() {
    const followed = gesture.pointers().slice(0, 2)
    anchor = {
      view: current,
      // A lone pointer still under the drag threshold pans from where it went down, so the
      // view catches up with it in full once it becomes a drag.
      points: followed.map((p) => local(followed.length > 1 || p.moved ? p.at : p.start)),
    }
  }

  function onWheel(e: WheelEvent) {
    // The wrapper listens (a zoom out moves the `<svg>`'s box off part of it): the graph and
    // its background only, not the legend or minimap drawn over it.
    const on = e.target instanceof Node ? e.target : null
    if (on !== surface && !(on && element?.contains(on))) return
    const next = wheelZoom(current, local({ x: e.clientX, y: e.clientY }), e)
    const now = performance.now()
    // Only a wheel that zooms is kept from the page; one at the scale limit scrolls as usual,
    // unless it is part of a zoom gesture under way.
    if (next.k === current.k && now > wheelUntil) return
    e.preventDefault()
    wheelUntil = now + WHEEL_GESTURE_MS
    stopAnimation()
    if (next.k === current.k) return
    startZoom()
    show(next, true, true)
    clearTimeout(wheelRest)
    wheelRest = window.setTimeout(rested, WHEEL_GESTURE_MS)
    // A pan under way carries on from the zoomed view.
    if (gesture.pointers().length) reanchor()
  }

  /** The `<svg>` listened to (the ref is already empty when the component unmounts). */
  let element: SVGSVGElement | null = null
  /** Its wrapper, where the wheel is listened to. */
  let surface: Element | null = null
  let mountedAt = 0

  /**
   * Reads the `<svg>`'s size; a first size (or one that changed before the user moved the view)
   * places the first view. Then the cards near the view are rendered.
   */
  function measure() {
    if (!element) return
    if (!widening) {
      widening = true
      void afterNextPaint().then(() => {
        margin = CULL_MARGIN
        recull()
      })
    }
    const { width, height } = box() ?? element.getBoundingClientRect()
    const changed = width !== size.value.width || height !== size.value.height
    size.value = { width, height }
    if (
      changed &&
      !touched &&
      performance.now() - mountedAt < FIRST_SIZE_MS &&
      width > 0 &&
      height > 0
    )
      listeners.onFirstSize?.()
    recull()
  }

  function detach() {
    observer?.disconnect()
    observer = null
    surface?.removeEventListener('wheel', onWheel as EventListener)
    // A move under way ends with the <svg> it moved; a new one is drawn at rest.
    rest(element)
    moving = false
    element = surface = null
  }

  function attach(svg: SVGSVGElement | null) {
    detach()
    element = svg
    if (!svg) return
    mountedAt = performance.now()
    surface = surfaceOf(svg) ?? svg
    surface.addEventListener('wheel', onWheel as EventListener, { passive: false })
    // No measuring here: the view measures once its own size is set (`measure`, in the same
    // layout), and a ResizeObserver reports every later size, after the browser's own layout.
    observer = new ResizeObserver(measure)
    observer.observe(svg)
  }
  // Follows the <svg> itself, which a child component renders (the view provides this
  // viewport to its parts), and renders anew if the roadmap goes and comes back.
  watch(svgRef, attach, { flush: 'sync', immediate: true })

  onScopeDispose(() => {
    detach()
    stopAnimation()
    clearTimeout(wheelRest)
    if (frame) cancelAnimationFrame(frame)
  })

  /** Moves the view to `t`, smoothly over `duration` ms unless the user asked for less motion. */
  function moveTo(t: ViewTransform, duration: number) {
    stopAnimation()
    // Drawn by the layer's attribute (see `drawn`), unless a pointer still pans.
    if (!gesture.pointers().length) stopMoving()
    if (!duration || prefersReducedMotion()) return show(t, false)
    const { width, height } = size.value
    const tween = zoomTween(current, t, width, height)
    const run = timer((elapsed) => {
      const u = Math.min(1, elapsed / duration)
      show(tween(easeCubicInOut(u)), false, u < 1)
      if (u >= 1) {
        run.stop()
        if (animation === run) animation = null
      }
    })
    animation = run
  }

  function apply(t: ViewTransform, animate = true) {
    if (!svgRef.value) return
    moveTo(t, animate ? MOVE_MS : 0)
  }

  /** Zooms by `factor` about the centre of the view (within the scale extent). */
  function zoomBy(factor: number) {
    if (!svgRef.value) return
    touched = true
    const { width, height } = size.value
    moveTo(zoomAt(current, { x: width / 2, y: height / 2 }, current.k * factor), ZOOM_STEP_MS)
  }

  function fit(bounds: Rect | null, animate = true) {
    touched = true
    const { width, height } = size.value
    apply(fitTransform(bounds, width, height), animate)
  }

  /** Centres `p`, zooming in to where card titles are readable when the view is further out. */
  function centre(p: Point, k = Math.max(current.k, READABLE_SCALE), animate = true) {
    // A view asked for (a search, a new card, the minimap) is not replaced by a later resize.
    touched = true
    const { width, height } = size.value
    apply(centreOn(p, width, height, k), animate)
  }

  /** Pans (without zooming) just enough to bring a card fully into view. */
  function reveal(p: Point, halfW: number, halfH: number) {
    const { width, height } = size.value
    const sx = p.x * current.k + current.x
    const sy = p.y * current.k + current.y
    const hw = halfW * current.k + REVEAL_PAD
    const hh = halfH * current.k + REVEAL_PAD
    let dx = 0
    let dy = 0
    if (sx - hw < 0) dx = hw - sx
    else if (sx + hw > width) dx = width - hw - sx
    if (sy - hh < 0) dy = hh - sy
    else if (sy + hh > height) dy = height - hh - sy
    if (dx || dy) apply({ ...current, x: current.x + dx, y: current.y + dy }, false)
  }

  /**
   * Graph coordinates of a point in client (page) pixels: the one conversion, for the drags,
   * a double-click's new card and the centre of the view.
   */
  function toGraph(clientX: number, clientY: number): Point {
    return graphPoint(current, local({ x: clientX, y: clientY }))
  }

  return {
    lod,
    cullRect,
    size,
    measure,
    transform: () => current,
    apply,
    zoomBy,
    fit,
    centre,
    reveal,
    toGraph,
  }
}

export type GraphViewport = ReturnType<typeof useGraphViewport>
