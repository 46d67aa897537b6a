import { describe, expect, it } from 'vitest'
import { deepFreeze, isDeepFrozen } from '@/domain/frozen'

describe('deepFreeze', () => {
  it('freezes the value and everything in it, so no part can change afterwards', () => {
    const value = { a: { b: [1, { c: 'x' }] }, d: null }
    expect(deepFreeze(value)).toBe(value)
    expect(isDeepFrozen(value)).toBe(true)
    expect(isDeepFrozen(value.a.b)).toBe(true)
    expect(() => {
      ;(value.a.b[1] as { c: string }).c = 'y'
    }).toThrow(TypeError)
    expect(() => (value.a.b as unknown[]).push(2)).toThrow(TypeError)
    expect(value).toEqual({ a: { b: [1, { c: 'x' }] }, d: null })
  })

  it('does not count an object frozen only at its top as deeply frozen', () => {
    const shallow = Object.freeze({ inner: { n: 1 } })
    expect(isDeepFrozen(shallow)).toBe(false)
    deepFreeze(shallow)
    expect(isDeepFrozen(shallow.inner)).toBe(true)
  })
})
