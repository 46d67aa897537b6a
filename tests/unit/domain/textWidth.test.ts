import { describe, expect, it } from 'vitest'
import { textWidth } from '@/domain/textWidth'

describe('textWidth (the one estimate, graph and charts)', () => {
  it('counts Korean and full-width characters as square, Latin narrower', () => {
    expect(textWidth('로드맵', 10)).toBe(30)
    expect(textWidth('ab', 10)).toBe(12)
    expect(textWidth('il', 10)).toBeLessThan(textWidth('mw', 10))
  })

  it('measures at the charts’ 12 px unless told', () => {
    expect(textWidth('로드맵')).toBe(textWidth('로드맵', 12))
  })
})
