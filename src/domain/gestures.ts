/**
 * The maths of the graph's gestures, in screen pixels relative to the `<svg>` and the zoom
 * transform of `graphGeometry.ts` (screen = graph × k + (x, y)): zoom about a point within
 * the scale extent, pan, pinch, wheel steps, the drag threshold and the tween of programmatic
 * zooms. Pure: the composables feed it pointer positions and write the result on the page.
 *
 * The smooth zoom is d3-interpolate's `interpolateZoom`, written out here on purpose: that
 * package is one bundled module, so importing even one function from it puts the half of it
 * the charts use (with d3-color) into a chunk the graph would share — 5.4 KB gzip of the first
 * view for 25 lines of maths (issue #8's budget; see CONTRIBUTING.md).
 */
import { clamp, MAX_SCALE, MIN_SCALE, type Point, type ViewTransform } from './graphGeometry'

export type ScaleExtent = readonly [min: number, max: number]
export const SCALE_EXTENT: ScaleExtent = [MIN_SCALE, MAX_SCALE]

/**
 * A press that moves this many pixels (or more) from where it went down is a drag, and the
 * click it would end with is not a click. Less is a click: hands shake a little.
 */
export const DRAG_THRESHOLD = 3

/** The graph point under screen point `p` (pixels relative to the `<svg>`). */
export const toGraph = (t: ViewTransform, p: Point): Point => ({
  x: (p.x - t.x) / t.k,
  y: (p.y - t.y) / t.k,
})

/** The SVG `transform` attribute of a view, written as d3-zoom's `ZoomTransform` writes it. */
export const transformAttribute = (t: ViewTransform): string =>
  `translate(${t.x},${t.y}) scale(${t.k})`

/** Scale `k` (clamped to the extent), keeping the graph point under screen point `p` there. */
export function zoomAt(
  t: ViewTransform,
  p: Point,
  k: number,
  extent: ScaleExtent = SCALE_EXTENT,
): ViewTransform {
  const k1 = clamp(k, extent[0], extent[1])
  const g = toGraph(t, p)
  return { k: k1, x: p.x - g.x * k1, y: p.y - g.y * k1 }
}

export const panBy = (t: ViewTransform, dx: number, dy: number): ViewTransform => ({
  k: t.k,
  x: t.x + dx,
  y: t.y + dy,
})

export interface WheelStep {
  deltaY: number
  /** 0: pixels, 1: lines, 2: pages (`WheelEvent.deltaMode`). */
  deltaMode: number
  /** Set by trackpad pinches too, whose deltas are small: they zoom ten times faster. */
  ctrlKey: boolean
}

/** The power of two one wheel step scales by, as d3-zoom counts it. */
export const wheelDelta = (e: WheelStep): number =>
  -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1)

/** One wheel step at screen point `p`. */
export const wheelZoom = (
  t: ViewTransform,
  p: Point,
  e: WheelStep,
  extent: ScaleExtent = SCALE_EXTENT,
): ViewTransform => zoomAt(t, p, t.k * 2 ** wheelDelta(e), extent)

export type PointerPair = readonly [Point, Point]

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y)
const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })

/**
 * Two fingers that went down at `from` (when the view was `start`) and are now at `to`: the
 * view scales by how far they spread (the ratio of the distances, clamped to the extent) and
 * the graph point that was midway between them stays midway between them. Moving both the
 * same way pans.
 */
export function pinch(
  start: ViewTransform,
  from: PointerPair,
  to: PointerPair,
  extent: ScaleExtent = SCALE_EXTENT,
): ViewTransform {
  const before = distance(from[0], from[1])
  const after = distance(to[0], to[1])
  const k = clamp(before > 0 ? (start.k * after) / before : start.k, extent[0], extent[1])
  const g = toGraph(start, midpoint(from[0], from[1]))
  const m = midpoint(to[0], to[1])
  return { k, x: m.x - g.x * k, y: m.y - g.y * k }
}

/** Whether a press that went down at `from` and is now at `to` has become a drag. */
export const isDrag = (from: Point, to: Point, threshold = DRAG_THRESHOLD): boolean =>
  distance(from, to) >= threshold

/** d3-transition's default ease, used by every animated move of the graph. */
export const easeCubicInOut = (u: number): number =>
  u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2

/** A view for the smooth zoom: the graph point at the centre, and the graph width shown. */
type ZoomView = readonly [cx: number, cy: number, width: number]

/**
 * van Wijk and Nuij's smooth zoom between two views ("Smooth and efficient zooming and
 * panning", 2003) with ρ = √2: zoom out, travel, zoom in. The same curve as d3-interpolate's
 * `interpolateZoom`, which d3-zoom's transitions used.
 */
export function smoothZoom(a: ZoomView, b: ZoomView): (u: number) => ZoomView {
  const [ax, ay, aw] = a
  const [bx, by, bw] = b
  const dx = bx - ax
  const dy = by - ay
  const d2 = dx * dx + dy * dy
  // The same centre: only the width changes, geometrically.
  if (d2 < 1e-12) return (u) => [ax + u * dx, ay + u * dy, aw * Math.exp(u * Math.log(bw / aw))]
  const d = Math.sqrt(d2)
  const b0 = (bw * bw - aw * aw + 4 * d2) / (4 * aw * d)
  const b1 = (bw * bw - aw * aw - 4 * d2) / (4 * bw * d)
  const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0)
  const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1)
  return (u) => {
    const r = r0 + u * (r1 - r0)
    const s = (aw / (2 * d)) * (Math.cosh(r0) * Math.tanh(r) - Math.sinh(r0))
    return [ax + s * dx, ay + s * dy, (aw * Math.cosh(r0)) / Math.cosh(r)]
  }
}

/**
 * The smooth zoom from `a` to `b` in a viewport of `width` × `height`, about its centre, as
 * d3-zoom animated it: `u` from 0 to 1.
 */
export function zoomTween(
  a: ViewTransform,
  b: ViewTransform,
  width: number,
  height: number,
): (u: number) => ViewTransform {
  const c = { x: width / 2, y: height / 2 }
  const w = Math.max(width, height, 1)
  const view = (t: ViewTransform): ZoomView => {
    const g = toGraph(t, c)
    return [g.x, g.y, w / t.k]
  }
  const i = smoothZoom(view(a), view(b))
  return (u) => {
    if (u <= 0) return a
    if (u >= 1) return b
    const [gx, gy, gw] = i(u)
    const k = w / gw
    return { k, x: c.x - gx * k, y: c.y - gy * k }
  }
}
