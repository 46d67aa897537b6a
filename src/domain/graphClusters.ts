/**
 * Clusters of cards for the zoomed-out graph: cards of one track that lie together, named by
 * one label. Its own module, so the graph's first download does not carry it.
 */
import { CARD_HEIGHT, CARD_WIDTH, cardRect, type Placed, type Rect } from './graphGeometry'

/** A group of cards of one track that lie together, named by one label in the overview. */
export interface Cluster {
  group: string
  ids: string[]
  bounds: Rect
}

/**
 * Cards of the same group (a track) gathered into clusters: two cards belong together when
 * the gap between them is at most `gapX` sideways and `gapY` up or down (a layer apart in the
 * left-to-right layout, or stacked). Largest clusters first, then top to bottom, left to right.
 */
export function clusters(
  cards: readonly (Placed & { group: string })[],
  gapX = 80,
  gapY = 30,
): Cluster[] {
  const sorted = [...cards].sort((a, b) => a.x - b.x)
  const parent = sorted.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!
      if (b.x - a.x - CARD_WIDTH > gapX) break
      if (a.group === b.group && Math.abs(b.y - a.y) - CARD_HEIGHT <= gapY)
        parent[root(j)] = root(i)
    }
  }
  const byRoot = new Map<number, Cluster>()
  sorted.forEach((c, i) => {
    const r = root(i)
    const cluster = byRoot.get(r)
    const rect = cardRect(c)
    if (!cluster) return void byRoot.set(r, { group: c.group, ids: [c.id], bounds: rect })
    cluster.ids.push(c.id)
    const b = cluster.bounds
    cluster.bounds = {
      x0: Math.min(b.x0, rect.x0),
      y0: Math.min(b.y0, rect.y0),
      x1: Math.max(b.x1, rect.x1),
      y1: Math.max(b.y1, rect.y1),
    }
  })
  return [...byRoot.values()].sort(
    (a, b) => b.ids.length - a.ids.length || a.bounds.y0 - b.bounds.y0 || a.bounds.x0 - b.bounds.x0,
  )
}
