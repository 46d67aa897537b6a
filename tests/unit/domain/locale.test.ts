import { describe, expect, it } from 'vitest'
import { localize, pickLocale } from '@/domain/locale'

describe('pickLocale', () => {
  it('is Korean for any ko* browser language, else English', () => {
    expect(pickLocale(['ko-KR', 'en'])).toBe('ko')
    expect(pickLocale(['ko'])).toBe('ko')
    expect(pickLocale(['KO-kr'])).toBe('ko')
    expect(pickLocale(['en-US', 'ko'])).toBe('en')
    expect(pickLocale(['ja'])).toBe('en')
    expect(pickLocale(['kok'])).toBe('en') // Konkani is not Korean
    expect(pickLocale([])).toBe('en')
  })
})

describe('localize', () => {
  it('falls back to the other language when one side is empty', () => {
    expect(localize({ ko: '논문', en: 'Papers' }, 'en')).toBe('Papers')
    expect(localize({ ko: '논문', en: '' }, 'en')).toBe('논문')
    expect(localize(undefined, 'ko')).toBe('')
  })
})
