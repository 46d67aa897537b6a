import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DRAG_THRESHOLD,
  easeCubicInOut,
  isDrag,
  panBy,
  pinch,
  SCALE_EXTENT,
  smoothZoom,
  toGraph,
  transformAttribute,
  wheelDelta,
  wheelZoom,
  zoomAt,
  zoomTween,
  type ScaleExtent,
} from '@/domain/gestures'
import { MAX_SCALE, MIN_SCALE, type Point, type ViewTransform } from '@/domain/graphGeometry'

const coord = fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true })
const point = fc.record({ x: coord, y: coord })
const scale = fc.double({ min: MIN_SCALE, max: MAX_SCALE, noNaN: true })
const view = fc.record({ x: coord, y: coord, k: scale })
/** Any positive scale, in or far outside the extent. */
const anyScale = fc.double({ min: 1e-4, max: 100, noNaN: true })

const close = (a: number, b: number, eps = 1e-6) =>
  Math.abs(a - b) <= eps * Math.max(1, Math.abs(a), Math.abs(b))
const samePoint = (a: Point, b: Point) => close(a.x, b.x) && close(a.y, b.y)
const sameView = (a: ViewTransform, b: ViewTransform) => samePoint(a, b) && close(a.k, b.k)
const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })

describe('gesture maths', () => {
  it('maps screen points to graph points', () => {
    expect(toGraph({ x: 10, y: 20, k: 2 }, { x: 16, y: 28 })).toEqual({ x: 3, y: 4 })
    // Panning by (dx, dy) moves what is under every point by as much.
    fc.assert(
      fc.property(view, point, point, (t, p, d) =>
        samePoint(toGraph(panBy(t, d.x, d.y), { x: p.x + d.x, y: p.y + d.y }), toGraph(t, p)),
      ),
    )
  })

  it('writes the transform attribute as d3-zoom did', () => {
    expect(transformAttribute({ x: 12.5, y: -3, k: 0.8 })).toBe('translate(12.5,-3) scale(0.8)')
  })

  it('zooming about a point keeps that point where it is', () => {
    fc.assert(
      fc.property(view, point, anyScale, (t, p, k) => {
        const next = zoomAt(t, p, k)
        return samePoint(toGraph(next, p), toGraph(t, p))
      }),
    )
  })

  it('clamps the scale to the extent and keeps any scale inside it', () => {
    fc.assert(
      fc.property(view, point, anyScale, (t, p, k) => {
        const next = zoomAt(t, p, k)
        expect(next.k).toBeGreaterThanOrEqual(MIN_SCALE)
        expect(next.k).toBeLessThanOrEqual(MAX_SCALE)
        if (k >= MIN_SCALE && k <= MAX_SCALE) expect(next.k).toBe(k)
      }),
    )
    expect(zoomAt({ x: 0, y: 0, k: 1 }, { x: 0, y: 0 }, 99).k).toBe(MAX_SCALE)
    expect(zoomAt({ x: 0, y: 0, k: 1 }, { x: 0, y: 0 }, 0).k).toBe(MIN_SCALE)
    const narrow: ScaleExtent = [0.5, 2]
    expect(zoomAt({ x: 0, y: 0, k: 1 }, { x: 0, y: 0 }, 3, narrow).k).toBe(2)
  })

  it('zooms compose: two zooms about a point are one, at the last scale', () => {
    fc.assert(
      fc.property(view, point, scale, scale, (t, p, k1, k2) =>
        sameView(zoomAt(zoomAt(t, p, k1), p, k2), zoomAt(t, p, k2)),
      ),
    )
  })

  it('pans add up and never change the scale', () => {
    fc.assert(
      fc.property(view, coord, coord, coord, coord, (t, a, b, c, d) => {
        const twice = panBy(panBy(t, a, b), c, d)
        return sameView(twice, panBy(t, a + c, b + d)) && twice.k === t.k
      }),
    )
  })

  it('counts wheel steps as d3-zoom does: pixels, lines, pages, and ten times with ctrl', () => {
    expect(wheelDelta({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(-0.2)
    expect(wheelDelta({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(0.15)
    expect(wheelDelta({ deltaY: 1, deltaMode: 2, ctrlKey: false })).toBeCloseTo(-1)
    expect(wheelDelta({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.2)
    // One notch down (100 px) zooms out by 2^-0.2 about the pointer.
    const t = wheelZoom(
      { x: 0, y: 0, k: 1 },
      { x: 100, y: 50 },
      {
        deltaY: 100,
        deltaMode: 0,
        ctrlKey: false,
      },
    )
    expect(t.k).toBeCloseTo(2 ** -0.2)
    expect(samePoint(toGraph(t, { x: 100, y: 50 }), { x: 100, y: 50 })).toBe(true)
  })

  it('a wheel up then down by as much comes back, away from the extent', () => {
    fc.assert(
      fc.property(
        fc.record({ x: coord, y: coord, k: fc.double({ min: 0.1, max: 1, noNaN: true }) }),
        point,
        fc.double({ min: -300, max: 300, noNaN: true }),
        (t, p, deltaY) => {
          const there = wheelZoom(t, p, { deltaY, deltaMode: 0, ctrlKey: false })
          const back = wheelZoom(there, p, { deltaY: -deltaY, deltaMode: 0, ctrlKey: false })
          return sameView(back, t)
        },
      ),
    )
  })

  it('a pinch keeps the graph point between the fingers between them, and scales by the spread', () => {
    fc.assert(
      fc.property(view, point, point, point, point, (t, a0, b0, a1, b1) => {
        fc.pre(Math.hypot(b0.x - a0.x, b0.y - a0.y) > 1)
        const next = pinch(t, [a0, b0], [a1, b1])
        const under = toGraph(t, mid(a0, b0))
        expect(samePoint(toGraph(next, mid(a1, b1)), under)).toBe(true)
        const ratio = Math.hypot(b1.x - a1.x, b1.y - a1.y) / Math.hypot(b0.x - a0.x, b0.y - a0.y)
        const k = t.k * ratio
        if (k >= MIN_SCALE && k <= MAX_SCALE) expect(close(next.k, k)).toBe(true)
        else expect(next.k).toBe(k < MIN_SCALE ? MIN_SCALE : MAX_SCALE)
      }),
    )
  })

  it('a pinch whose fingers have not moved changes nothing; moved together, it pans', () => {
    fc.assert(
      fc.property(view, point, point, coord, coord, (t, a, b, dx, dy) => {
        fc.pre(Math.hypot(b.x - a.x, b.y - a.y) > 1)
        expect(sameView(pinch(t, [a, b], [a, b]), t)).toBe(true)
        const moved = pinch(
          t,
          [a, b],
          [
            { x: a.x + dx, y: a.y + dy },
            { x: b.x + dx, y: b.y + dy },
          ],
        )
        expect(sameView(moved, panBy(t, dx, dy))).toBe(true)
      }),
    )
    // Two fingers on one spot cannot say how far they spread: the scale stays.
    const p = { x: 5, y: 5 }
    expect(pinch({ x: 0, y: 0, k: 1.5 }, [p, p], [p, { x: 50, y: 5 }]).k).toBe(1.5)
  })

  it('spreading the fingers from 60 to 180 px zooms in three times', () => {
    const t = pinch(
      { x: 0, y: 0, k: 0.5 },
      [
        { x: 70, y: 100 },
        { x: 130, y: 100 },
      ],
      [
        { x: 10, y: 100 },
        { x: 190, y: 100 },
      ],
    )
    expect(t.k).toBeCloseTo(1.5)
    expect(samePoint(toGraph(t, { x: 100, y: 100 }), { x: 200, y: 200 })).toBe(true)
  })

  it('a press is a drag from the threshold on', () => {
    const o = { x: 10, y: 10 }
    expect(DRAG_THRESHOLD).toBe(3)
    expect(isDrag(o, o)).toBe(false)
    expect(isDrag(o, { x: 12, y: 12 })).toBe(false) // 2.83 px
    expect(isDrag(o, { x: 13, y: 10 })).toBe(true)
    expect(isDrag(o, { x: 10, y: 6 })).toBe(true)
    fc.assert(fc.property(point, point, (a, b) => isDrag(a, b) === isDrag(b, a)))
  })

  it('tweens programmatic zooms from the one view to the other, smoothly', () => {
    fc.assert(
      fc.property(view, view, (a, b) => {
        const tween = zoomTween(a, b, 800, 600)
        expect(tween(0)).toEqual(a)
        expect(tween(1)).toEqual(b)
        const half = tween(0.5)
        return [half.x, half.y, half.k].every(Number.isFinite) && half.k > 0
      }),
    )
    // Zooming in about the centre keeps the centre fixed all the way.
    const tween = zoomTween(
      { x: 0, y: 0, k: 1 },
      zoomAt({ x: 0, y: 0, k: 1 }, { x: 400, y: 300 }, 2),
      800,
      600,
    )
    for (const u of [0.25, 0.5, 0.75])
      expect(samePoint(toGraph(tween(u), { x: 400, y: 300 }), { x: 400, y: 300 })).toBe(true)
  })

  it('zooms smoothly along the curve d3-interpolate draws (van Wijk and Nuij, ρ = √2)', () => {
    // Values of d3-interpolate 3's interpolateZoom([0, 0, 1000], [2000, 500, 400]).
    const d3 = [
      [481.4745079976391, 120.36862699940977, 1976.1297507379813],
      [1428.5714285714284, 357.1428571428571, 1967.0759403495433],
      [1903.4372219855031, 475.8593054963758, 990.8135076659647],
    ]
    const zoom = smoothZoom([0, 0, 1000], [2000, 500, 400])
    ;[0.25, 0.5, 0.75].forEach((u, i) =>
      zoom(u).forEach((v, j) => expect(v).toBeCloseTo(d3[i]![j]!, 6)),
    )
    // Far apart, it zooms out on the way (to twice the width here) and back in.
    expect(zoom(0.5)[2]).toBeGreaterThan(1900)
    // Same centre: the width changes geometrically, the centre stays.
    expect(smoothZoom([5, 5, 100], [5, 5, 400])(0.5)).toEqual([5, 5, 200])
  })

  it('eases in and out over the unit interval', () => {
    expect(easeCubicInOut(0)).toBe(0)
    expect(easeCubicInOut(0.5)).toBe(0.5)
    expect(easeCubicInOut(1)).toBe(1)
    expect(easeCubicInOut(0.1)).toBeLessThan(0.1)
    expect(easeCubicInOut(0.9)).toBeGreaterThan(0.9)
  })

  it('uses the graph scale extent by default', () => {
    expect(SCALE_EXTENT).toEqual([MIN_SCALE, MAX_SCALE])
  })
})
