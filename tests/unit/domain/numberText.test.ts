import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatNumber, quickNumber } from '@/domain/numberText'

const LOCALES = ['en', 'en-US', 'ko', 'ko-KR'] as const
const intl = (value: number, locale: string, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options).format(value)

/** Numbers of every size the app shows, and the doubles that round awkwardly. */
const numbers = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 8),
  fc.integer({ min: 0, max: 1000 }).map((n) => n + 0.005),
  fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 9.995, 999.95, 0.0005, 1e21, 1e-7, 123.456),
)
const options = fc.record(
  {
    style: fc.constantFrom('decimal' as const, 'percent' as const),
    minimumFractionDigits: fc.integer({ min: 0, max: 4 }),
    maximumFractionDigits: fc.integer({ min: 0, max: 6 }),
  },
  { requiredKeys: [] },
)

describe('quickNumber: what Intl.NumberFormat writes, without creating one', () => {
  it('writes what Intl writes, for every number, English and Korean locale tag and option', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...LOCALES), options, (value, locale, opts) => {
        let expected: string
        try {
          expected = intl(value, locale, opts)
        } catch {
          // Options Intl refuses (minimum over maximum) are left to it, and it throws again.
          expect(quickNumber(value, locale, opts)).toBeNull()
          return
        }
        expect(quickNumber(value, locale, opts)).toBe(expected)
      }),
      { numRuns: 5000 },
    )
  })

  it('rounds as ICU does: the shortest decimal text, half away from zero', () => {
    expect(quickNumber(1.005, 'en', { maximumFractionDigits: 2 })).toBe('1.01')
    expect(quickNumber(2.5, 'ko', { maximumFractionDigits: 0 })).toBe('3')
    expect(quickNumber(-2.5, 'en', { maximumFractionDigits: 0 })).toBe('-3')
    expect(quickNumber(9.96, 'en', { maximumFractionDigits: 1 })).toBe('10')
    expect(quickNumber(0.455, 'ko-KR', { style: 'percent', maximumFractionDigits: 0 })).toBe('46%')
    expect(quickNumber(-0.01, 'en', { maximumFractionDigits: 1 })).toBe('-0')
    expect(quickNumber(1234567.891, 'ko')).toBe('1,234,567.891')
  })

  it('leaves other locales, options and values to Intl', () => {
    expect(quickNumber(1.5, 'de')).toBeNull()
    expect(quickNumber(1.5, 'en', { signDisplay: 'exceptZero' })).toBeNull()
    expect(quickNumber(1.5, 'en', { style: 'currency', currency: 'KRW' })).toBeNull()
    expect(quickNumber(Number.NaN, 'en')).toBeNull()
    expect(quickNumber(Number.POSITIVE_INFINITY, 'ko')).toBeNull()
    expect(formatNumber(1234.5, 'de')).toBe(intl(1234.5, 'de'))
    expect(formatNumber(0.25, 'en', { signDisplay: 'exceptZero', style: 'percent' })).toBe('+25%')
    expect(formatNumber(Number.NaN, 'ko')).toBe(intl(Number.NaN, 'ko'))
  })
})
