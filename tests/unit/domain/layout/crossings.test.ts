import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countCrossings, layoutLayered, type LayoutResult } from '@/domain/layout'

type Pt = [number, number]

function drawing(...polylines: Pt[][]): LayoutResult {
  return {
    nodes: [],
    edges: polylines.map((points, i) => ({
      source: `s${i}`,
      target: `t${i}`,
      points: points.map(([x, y]) => ({ x, y })),
    })),
    width: 0,
    height: 0,
  }
}

/** O(S²) reference: proper crossings between segments of different edges. */
function bruteForce(result: LayoutResult): number {
  const segs: { e: number; a: Pt; b: Pt }[] = []
  result.edges.forEach((edge, e) => {
    for (let i = 0; i + 1 < edge.points.length; i++) {
      const p = edge.points[i]!
      const q = edge.points[i + 1]!
      if (p.x === q.x && p.y === q.y) continue
      segs.push({ e, a: [p.x, p.y], b: [q.x, q.y] })
    }
  })
  const o = (a: Pt, b: Pt, c: Pt): number =>
    Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
  let count = 0
  for (let i = 0; i < segs.length; i++)
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[i]!
      const t = segs[j]!
      if (s.e === t.e) continue
      if (o(s.a, s.b, t.a) * o(s.a, s.b, t.b) < 0 && o(t.a, t.b, s.a) * o(t.a, t.b, s.b) < 0)
        count++
    }
  return count
}

describe('countCrossings', () => {
  it('counts an X once', () => {
    expect(
      countCrossings(
        drawing(
          [
            [0, 0],
            [10, 10],
          ],
          [
            [10, 0],
            [0, 10],
          ],
        ),
      ),
    ).toBe(1)
  })

  it('does not count parallel edges, a shared end, a touch or a collinear overlap', () => {
    expect(
      countCrossings(
        drawing(
          [
            [0, 0],
            [0, 10],
          ],
          [
            [5, 0],
            [5, 10],
          ],
        ),
      ),
    ).toBe(0)
    expect(
      countCrossings(
        drawing(
          [
            [0, 0],
            [-5, 10],
          ],
          [
            [0, 0],
            [5, 10],
          ],
        ),
      ),
    ).toBe(0)
    expect(
      countCrossings(
        drawing(
          [
            [0, 0],
            [10, 0],
          ],
          [
            [5, 0],
            [5, 10],
          ],
        ),
      ),
    ).toBe(0)
    expect(
      countCrossings(
        drawing(
          [
            [0, 0],
            [10, 0],
          ],
          [
            [5, 0],
            [15, 0],
          ],
        ),
      ),
    ).toBe(0)
  })

  it('counts every crossing of two zigzag polylines, and none of an edge with itself', () => {
    const zig: Pt[] = [
      [0, 0],
      [10, 10],
      [0, 20],
      [10, 30],
    ]
    const zag: Pt[] = [
      [10, 0],
      [0, 10],
      [10, 20],
      [0, 30],
    ]
    expect(countCrossings(drawing(zig, zag))).toBe(3)
    const loop: Pt[] = [
      [0, 0],
      [10, 10],
      [10, 0],
      [0, 10],
    ]
    expect(countCrossings(drawing(loop))).toBe(0)
  })

  it('ignores edges with fewer than two points, repeated points and non-finite ones', () => {
    expect(countCrossings(drawing([], [[1, 1]]))).toBe(0)
    expect(
      countCrossings(
        drawing(
          [
            [0, 0],
            [0, 0],
            [10, 10],
          ],
          [
            [10, 0],
            [0, 10],
          ],
          [
            [Number.NaN, 0],
            [5, 5],
          ],
        ),
      ),
    ).toBe(1)
  })

  it('counts the forced crossings of a complete bipartite graph K3,3 drawn in two layers', () => {
    const top = ['a', 'b', 'c']
    const bottom = ['x', 'y', 'z']
    const r = layoutLayered({
      nodes: [...top, ...bottom].map((id) => ({ id, width: 40, height: 20 })),
      edges: top.flatMap((s) => bottom.map((t) => ({ source: s, target: t }))),
    })
    expect(countCrossings(r)).toBe(9)
  })

  it('agrees with the brute-force count on arbitrary polylines', () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }))
    const polyline = fc.array(point, { minLength: 0, maxLength: 5 })
    fc.assert(
      fc.property(fc.array(polyline, { maxLength: 12 }), (lines) => {
        const d = drawing(...lines)
        expect(countCrossings(d)).toBe(bruteForce(d))
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with the brute-force count on layouts of random graphs', () => {
    const graph = fc.integer({ min: 2, max: 20 }).chain((n) =>
      fc.record({
        nodes: fc.constant(
          Array.from({ length: n }, (_, i) => ({ id: `${i}`, width: 30, height: 10 })),
        ),
        edges: fc.array(
          fc.record({
            source: fc.integer({ min: 0, max: n - 1 }).map(String),
            target: fc.integer({ min: 0, max: n - 1 }).map(String),
          }),
          { maxLength: 3 * n },
        ),
      }),
    )
    fc.assert(
      fc.property(graph, (input) => {
        const r = layoutLayered(input, { quality: 'fast' })
        expect(countCrossings(r)).toBe(bruteForce(r))
      }),
      { numRuns: 60 },
    )
  })
})
