import { afterEach, describe, expect, it } from 'vitest'
import { LAYOUT_CACHE_KEY } from '@/storage/keys'
import { keepLayout, MAX_KEPT_CARDS, readKeptLayout } from '@/storage/layoutCache'

afterEach(() => {
  localStorage.clear()
})

const input = 'best|a,b,c|a>b,b>c'
const centres = [
  { x: 94, y: 32 },
  { x: 354.5, y: -17.25 },
  { x: 615, y: 1e-7 },
]

describe('kept layout', () => {
  it('reads back exactly the centres kept for the same input, card count and code version', () => {
    expect(readKeptLayout(input, 3, 'v1')).toBeNull()
    keepLayout(input, centres, 'v1')
    expect(readKeptLayout(input, 3, 'v1')).toEqual(centres)
  })

  it('is not used for another input, card count or version of the layout code', () => {
    keepLayout(input, centres, 'v1')
    expect(readKeptLayout('best|a,b,c|a>b', 3, 'v1')).toBeNull()
    expect(readKeptLayout(input, 2, 'v1')).toBeNull()
    expect(readKeptLayout(input, 3, 'v2')).toBeNull()
  })

  it('holds the last roadmap shown only', () => {
    keepLayout(input, centres, 'v1')
    keepLayout('best|x|', [{ x: 1, y: 2 }], 'v1')
    expect(readKeptLayout(input, 3, 'v1')).toBeNull()
    expect(readKeptLayout('best|x|', 1, 'v1')).toEqual([{ x: 1, y: 2 }])
  })

  it('is no layout at all when the stored text is damaged', () => {
    keepLayout(input, centres, 'v1')
    const good = JSON.parse(localStorage.getItem(LAYOUT_CACHE_KEY)!) as Record<string, unknown>
    for (const text of [
      'not json',
      'null',
      '[]',
      JSON.stringify({ ...good, p: [94, 32, 354.5, -17.25, 615, 'x'] }),
      JSON.stringify({ ...good, p: [94, 32, 354.5, -17.25, 615, null] }),
      JSON.stringify({ ...good, p: 'nope' }),
      JSON.stringify({ ...good, h: undefined }),
    ]) {
      localStorage.setItem(LAYOUT_CACHE_KEY, text)
      expect(readKeptLayout(input, 3, 'v1')).toBeNull()
    }
  })

  it('keeps nothing for a roadmap too large, and forgets the layout kept before', () => {
    keepLayout(input, centres, 'v1')
    const many = Array.from({ length: MAX_KEPT_CARDS + 1 }, (_, i) => ({ x: i, y: i }))
    keepLayout('best|many|', many, 'v1')
    expect(localStorage.getItem(LAYOUT_CACHE_KEY)).toBeNull()
  })

  it('never throws when localStorage refuses (quota, private modes)', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    expect(() => keepLayout(input, centres, 'v1', refusing)).not.toThrow()
    expect(readKeptLayout(input, 3, 'v1', refusing)).toBeNull()
    // No localStorage at all.
    keepLayout(input, centres, 'v1', null)
    expect(readKeptLayout(input, 3, 'v1', null)).toBeNull()
  })

  it("is keyed by this build's layout code by default", () => {
    expect(__LAYOUT_VERSION__).toMatch(/^[0-9a-f]{16}$/)
    keepLayout(input, centres)
    expect(readKeptLayout(input, 3)).toEqual(centres)
    expect(readKeptLayout(input, 3, 'another build')).toBeNull()
  })
})
