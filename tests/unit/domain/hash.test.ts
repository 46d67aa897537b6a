import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { hashText } from '@/domain/hash'

describe('hashText', () => {
  it('is eleven base-36 digits, the same for the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const h = hashText(text)
        expect(h).toMatch(/^[0-9a-z]{11}$/)
        expect(hashText(text)).toBe(h)
      }),
    )
  })

  it('tells apart texts that differ by one character, their order or a seed', () => {
    const base = 'best|a,b,c|a>b,b>c'
    const others = ['best|a,b,c|a>b,b>d', 'best|a,c,b|a>b,b>c', 'fast|a,b,c|a>b,b>c', '']
    const seen = new Set([base, ...others].map((t) => hashText(t)))
    expect(seen.size).toBe(others.length + 1)
    expect(hashText(base, 1)).not.toBe(hashText(base))
  })

  it('has no collision among 20,000 distinct short texts', () => {
    const hashes = new Set<string>()
    for (let i = 0; i < 20000; i++) hashes.add(hashText(`m-${i}>m-${i + 1}`))
    expect(hashes.size).toBe(20000)
  })
})
