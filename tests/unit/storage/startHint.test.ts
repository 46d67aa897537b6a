import { afterEach, describe, expect, it, vi } from 'vitest'
import { START_HINT_KEY } from '@/storage/keys'
import { readStartHint, writeStartHint } from '@/storage/startHint'

afterEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
})

describe('start hint', () => {
  it('reads back what was written', () => {
    expect(readStartHint()).toBeNull()
    writeStartHint({ roadmap: true, locale: 'ko' })
    expect(readStartHint()).toEqual({ roadmap: true, locale: 'ko' })
    writeStartHint({ roadmap: false, locale: 'en' })
    expect(readStartHint()).toEqual({ roadmap: false, locale: 'en' })
  })

  it('writes only when the hint changed', () => {
    writeStartHint({ roadmap: true, locale: 'en' })
    const set = vi.spyOn(localStorage, 'setItem')
    writeStartHint({ roadmap: true, locale: 'en' })
    expect(set).not.toHaveBeenCalled()
    writeStartHint({ roadmap: true, locale: 'ko' })
    expect(set).toHaveBeenCalledOnce()
  })

  it('is no hint at all when the stored text is not one', () => {
    for (const text of [
      'not json',
      'null',
      '[]',
      '{"roadmap":"yes","locale":"en"}',
      '{"roadmap":true,"locale":"fr"}',
      '{"roadmap":true}',
    ]) {
      localStorage.setItem(START_HINT_KEY, text)
      expect(readStartHint()).toBeNull()
    }
  })

  it('never throws where localStorage refuses (quota, private modes)', () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    vi.spyOn(localStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(() => writeStartHint({ roadmap: true, locale: 'en' })).not.toThrow()
    expect(readStartHint()).toBeNull()
  })
})
