import { describe, expect, it } from 'vitest'
import { MAX_SHARE_CHARS, useShareLink } from '@/composables/useShareLink'
import { milestone, roadmap } from '../helpers'

describe('useShareLink', () => {
  const { encode, decode } = useShareLink()
  const sample = roadmap([milestone('a'), milestone('b')], [{ from: 'a', to: 'b' }], {
    name: '<img src=x onerror=alert(1)>',
  })

  it('round-trips a roadmap through a URL-safe hash, without a time log', async () => {
    const encoded = await encode(sample)
    expect(encoded.ok).toBe(true)
    if (!encoded.ok) return
    expect(encoded.hash).toMatch(/^[A-Za-z0-9_-]+$/)
    const file = await decode(`#${encoded.hash}`)
    expect(file?.roadmap).toEqual(sample)
    expect(file?.timeLog).toBeNull()
  })

  it('returns null for broken, tampered or oversized links', async () => {
    const encoded = await encode(sample)
    if (!encoded.ok) throw new Error('encode')
    expect(await decode('')).toBeNull()
    expect(await decode('#not*base64')).toBeNull()
    expect(await decode(`#${encoded.hash.slice(0, -12)}`)).toBeNull()
    expect(await decode(`#AAAA${encoded.hash}`)).toBeNull()
    expect(await decode(`#${'A'.repeat(MAX_SHARE_CHARS + 1)}`)).toBeNull()
  })

  it('refuses to make a link over the cap', async () => {
    // Random text does not compress: about 1.4 characters of link per character of notes.
    const noise = Array.from({ length: 90 }, (_, i) =>
      milestone(`m${i}`, {
        notes: Array.from({ length: 1500 }, () => Math.random().toString(36)[2]).join(''),
      }),
    )
    const result = await encode(roadmap(noise))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.size).toBeGreaterThan(MAX_SHARE_CHARS)
  })
})
