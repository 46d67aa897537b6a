import { describe, expect, it } from 'vitest'
import { clusters } from '@/domain/graphClusters'
import { CARD_HEIGHT, CARD_WIDTH } from '@/domain/graphGeometry'

const at = (id: string, group: string, col: number, row: number) => ({
  id,
  group,
  x: col * (CARD_WIDTH + 72),
  y: row * (CARD_HEIGHT + 22),
})

describe('clusters', () => {
  it('gathers cards of one track that lie together, a layer apart or stacked', () => {
    const out = clusters([
      at('a', 'ml', 0, 0),
      at('b', 'ml', 0, 1),
      at('c', 'ml', 1, 1),
      at('d', 'web', 1, 0),
      // Same track, but far away: a cluster of its own.
      at('e', 'ml', 5, 0),
    ])
    expect(out.map((c) => [c.group, [...c.ids].sort()])).toEqual([
      ['ml', ['a', 'b', 'c']],
      ['web', ['d']],
      ['ml', ['e']],
    ])
    const first = out[0]!.bounds
    expect(first.x0).toBe(-CARD_WIDTH / 2)
    expect(first.y1).toBe(CARD_HEIGHT + 22 + CARD_HEIGHT / 2)
  })

  it('never joins cards of different tracks, however close', () => {
    const out = clusters([at('a', 'ml', 0, 0), at('b', 'web', 0, 1)])
    expect(out).toHaveLength(2)
  })

  it('is empty for no cards', () => {
    expect(clusters([])).toEqual([])
  })
})
