import { select } from 'd3-selection'
// Adds `selection.transition()` (d3-zoom imports it too; this makes the dependency explicit).
import 'd3-transition'
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom'
import { onMounted, onUnmounted, ref, shallowRef, type Ref } from 'vue'
import {
  centreOn,
  fitTransform,
  lodFor,
  MAX_SCALE,
  MIN_SCALE,
  viewRect,
  type Lod,
  type Point,
  type Rect,
  type ViewTransform,
} from '@/domain/graphGeometry'
import { prefersReducedMotion } from './useReducedMotion'

/** How much of a screen around the viewport is kept rendered, so panning rarely re-culls. */
const CULL_MARGIN = 0.5

/**
 * d3-zoom on the graph's `<svg>`: wheel, drag-to-pan and pinch. The transform is written
 * straight onto one `<g>` (never through Vue), and only what the view needs is reactive:
 * the level of detail and the culling rectangle, which change rarely.
 */
export function useGraphViewport(
  svgRef: Ref<SVGSVGElement | null>,
  layerRef: Ref<SVGGElement | null>,
  listeners: {
    onTransform?: (t: ViewTransform) => void
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
  let frame = 0
  let behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null
  let observer: ResizeObserver | null = null

  function recull() {
    frame = 0
    const { width, height } = size.value
    cullRect.value = viewRect(current, width, height, CULL_MARGIN)
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

  function onZoom(event: D3ZoomEvent<SVGSVGElement, unknown>) {
    if (event.sourceEvent) touched = true
    const t = event.transform
    current = { x: t.x, y: t.y, k: t.k }
    layerRef.value?.setAttribute('transform', t.toString())
    lod.value = lodFor(t.k)
    maybeRecull()
    listeners.onTransform?.(current)
  }

  onMounted(() => {
    const svg = svgRef.value
    if (!svg) return
    const mountedAt = performance.now()
    behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      // Shift-drag on the background draws a selection box instead of panning.
      .filter(
        (e: MouseEvent) =>
          (!e.ctrlKey || e.type === 'wheel') && !e.button && !(e.shiftKey && e.type !== 'wheel'),
      )
      .on('zoom', onZoom)
    select(svg).call(behaviour).on('dblclick.zoom', null)
    const measure = () => {
      const box = svg.getBoundingClientRect()
      const changed = box.width !== size.value.width || box.height !== size.value.height
      size.value = { width: box.width, height: box.height }
      if (
        changed &&
        !touched &&
        performance.now() - mountedAt < 2000 &&
        box.width > 0 &&
        box.height > 0
      )
        listeners.onFirstSize?.()
      recull()
    }
    measure()
    observer = new ResizeObserver(measure)
    observer.observe(svg)
  })

  onUnmounted(() => {
    observer?.disconnect()
    if (frame) cancelAnimationFrame(frame)
    if (svgRef.value) select(svgRef.value).on('.zoom', null)
  })

  function apply(t: ViewTransform, animate = true) {
    const svg = svgRef.value
    if (!svg || !behaviour) return
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k)
    if (animate && !prefersReducedMotion())
      select(svg).transition().duration(250).call(behaviour.transform, target)
    else select(svg).call(behaviour.transform, target)
  }

  function zoomBy(factor: number) {
    const svg = svgRef.value
    if (!svg || !behaviour) return
    if (prefersReducedMotion()) select(svg).call(behaviour.scaleBy, factor)
    else select(svg).transition().duration(200).call(behaviour.scaleBy, factor)
  }

  function fit(bounds: Rect | null, animate = true) {
    const { width, height } = size.value
    apply(fitTransform(bounds, width, height), animate)
  }

  function centre(p: Point, k = Math.max(current.k, 0.8), animate = true) {
    const { width, height } = size.value
    apply(centreOn(p, width, height, k), animate)
  }

  /** Pans (without zooming) just enough to bring a card fully into view. */
  function reveal(p: Point, halfW: number, halfH: number) {
    const { width, height } = size.value
    const pad = 24
    const sx = p.x * current.k + current.x
    const sy = p.y * current.k + current.y
    const hw = halfW * current.k + pad
    const hh = halfH * current.k + pad
    let dx = 0
    let dy = 0
    if (sx - hw < 0) dx = hw - sx
    else if (sx + hw > width) dx = width - hw - sx
    if (sy - hh < 0) dy = hh - sy
    else if (sy + hh > height) dy = height - hh - sy
    if (dx || dy) apply({ ...current, x: current.x + dx, y: current.y + dy }, false)
  }

  /** Graph coordinates of a point in client (page) pixels. */
  function toGraph(clientX: number, clientY: number): Point {
    const box = svgRef.value?.getBoundingClientRect()
    const x = clientX - (box?.left ?? 0)
    const y = clientY - (box?.top ?? 0)
    return { x: (x - current.x) / current.k, y: (y - current.y) / current.k }
  }

  return {
    lod,
    cullRect,
    size,
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
