import { linkHorizontal } from 'd3-shape'
import { describe, expect, it } from 'vitest'
import { cardText } from '@/domain/cardGeometry'
import { prng } from '../../../bench/graphs'
import {
  boundsOf,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardAt,
  cardsIn,
  edgePath,
  fitTransform,
  lodFor,
  nearestInDirection,
  TEXT_MIN_SCALE,
  viewRect,
  wrapText,
} from '@/domain/graphGeometry'
import { textWidth } from '@/domain/textWidth'

const grid = [
  { id: 'c', x: 0, y: 0 },
  { id: 'r', x: 300, y: 10 },
  { id: 'far-r', x: 600, y: 0 },
  { id: 'l', x: -300, y: 0 },
  { id: 'u', x: 20, y: -120 },
  { id: 'd', x: -10, y: 120 },
  { id: 'diag', x: 200, y: 200 },
]

describe('graph geometry', () => {
  it('finds the nearest card in each direction, straight ahead before off to the side', () => {
    expect(nearestInDirection(grid[0]!, grid, 'right', 'c')).toBe('r')
    expect(nearestInDirection(grid[0]!, grid, 'left', 'c')).toBe('l')
    expect(nearestInDirection(grid[0]!, grid, 'up', 'c')).toBe('u')
    expect(nearestInDirection(grid[0]!, grid, 'down', 'c')).toBe('d')
    expect(nearestInDirection({ x: 600, y: 0 }, grid, 'right', 'far-r')).toBeNull()
  })

  it('knows what a viewport shows and which cards are in it', () => {
    const r = viewRect({ x: 100, y: 50, k: 2 }, 800, 600)
    expect(r).toEqual({ x0: -50, y0: -25, x1: 350, y1: 275 })
    expect([...cardsIn(grid, r)].sort()).toEqual(['c', 'd', 'diag', 'r'])
    expect(viewRect({ x: 0, y: 0, k: 1 }, 100, 100, 0.5)).toEqual({
      x0: -50,
      y0: -50,
      x1: 150,
      y1: 150,
    })
  })

  it('hits the card under a point', () => {
    expect(cardAt(grid, { x: 300 + CARD_WIDTH / 2 - 1, y: 10 })).toBe('r')
    expect(cardAt(grid, { x: 150, y: 0 })).toBeNull()
  })

  it('fits bounds into a viewport, centred and never above the max scale', () => {
    const b = boundsOf(grid)!
    const t = fitTransform(b, 1000, 500, 0)
    const w = (b.x1 - b.x0) * t.k
    const h = (b.y1 - b.y0) * t.k
    expect(Math.min(1000 - w, 500 - h)).toBeCloseTo(0)
    expect(t.x + ((b.x0 + b.x1) / 2) * t.k).toBeCloseTo(500)
    expect(fitTransform(boundsOf([{ x: 0, y: 0 }]), 2000, 2000).k).toBe(1)
  })

  it('drops text below the threshold scale', () => {
    expect(lodFor(1)).toBe('full')
    expect(lodFor(TEXT_MIN_SCALE)).toBe('full')
    expect(lodFor(TEXT_MIN_SCALE - 0.01)).toBe('box')
  })

  it('draws edges from the right side to the left side, or vertically when stacked', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 400, y: 0 })).toMatch(new RegExp(`^M${CARD_WIDTH / 2},0C`))
    expect(edgePath({ x: 0, y: 0 }, { x: 0, y: 300 })).toMatch(
      new RegExp(`^M0,${CARD_HEIGHT / 2}C`),
    )
  })

  it('wraps titles into two lines and cuts the rest with an ellipsis', () => {
    const lines = wrapText(
      'Reproduce a peer-reviewed paper to its reported numbers and release it',
      140,
      13,
    )
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/…$/)
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(140)
    expect(wrapText('Math for ML', 140, 13)).toEqual(['Math for ML'])
    const ko = wrapText('논문을 읽고 재현하고 오픈소스로 공개하기까지 전부 해 보기', 140, 13)
    expect(ko.length).toBeLessThanOrEqual(2)
    for (const l of ko) expect(textWidth(l, 13)).toBeLessThanOrEqual(140)
  })
})

describe('edgePath to the right', () => {
  it('draws exactly what d3-shape linkHorizontal draws', () => {
    const link = linkHorizontal<
      { source: [number, number]; target: [number, number] },
      [number, number]
    >()
    const rand = prng(8)
    for (let i = 0; i < 2000; i++) {
      const s = { x: rand() * 6000 - 3000, y: rand() * 6000 - 3000 }
      const t = { x: s.x + CARD_WIDTH + rand() * 4000, y: rand() * 6000 - 3000 }
      const expected = link({
        source: [s.x + CARD_WIDTH / 2, s.y],
        target: [t.x - CARD_WIDTH / 2 - 2, t.y],
      })
      expect(edgePath(s, t)).toBe(expected)
    }
  })
})

describe('cardText', () => {
  it('says when a title is cut, and measures with the measure it is given', () => {
    expect(cardText('Math for ML', '50 h').cut).toBe(false)
    const long = cardText(
      'Reproduce a peer-reviewed paper to its reported numbers and release it',
      '',
    )
    expect(long.cut).toBe(true)
    expect(long.lines).toHaveLength(2)
    // A wider font (by the browser's measure) breaks sooner.
    const wide = cardText('Math for ML', '', (s, size) => s.length * size * 1.5)
    expect(wide.lines.length).toBe(2)
    expect(wide.first).toBeLessThan(cardText('Math for ML', '').first)
  })
})
