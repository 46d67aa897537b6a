/**
 * Numbers as text, as `Intl.NumberFormat` writes them, without creating one where the result is
 * known: plain and percent numbers in English and Korean, which group digits by three with "," and
 * write the decimal point "." alike. The first `Intl.NumberFormat` of a page makes the browser load
 * its locale data (20–40 ms of main thread in Chromium, issue #18), and the first view (the graph's
 * cards, hours and progress) needs no more than this. Anything else (another locale, other
 * options, NaN, infinities) is left to `Intl`, one formatter per locale and options, kept.
 */
import { numberFormat } from './intlFormats'

const QUICK_LOCALES = new Set(['en', 'en-US', 'ko', 'ko-KR'])
const QUICK_OPTIONS = new Set(['style', 'minimumFractionDigits', 'maximumFractionDigits'])

/** `x ≥ 0` as decimal digits without leading zeros and the place of the point: 0.d₁d₂… × 10^point. */
function decimalOf(x: number): { digits: string; point: number } {
  // The shortest text that reads back as `x`: what ICU rounds too (1.005 → "1.01" at 2 digits).
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(x.toString())
  if (!m) throw new Error(`not a finite non-negative number: ${x}`)
  const all = m[1]! + (m[2] ?? '')
  const lead = /^0*/.exec(all)![0].length
  return { digits: all.slice(lead), point: m[1]!.length + Number(m[3] ?? 0) - lead }
}

/** `digits` (no leading zeros) plus one unit in its last place; one digit longer on a carry. */
function increment(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return '1' + '0'.repeat(digits.length)
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1)
}

/** The fraction digits Intl uses for `options` (ECMA-402 SetNumberFormatDigitOptions), or null. */
function fractionDigits(options: Intl.NumberFormatOptions): { min: number; max: number } | null {
  const percent = options.style === 'percent'
  const min = options.minimumFractionDigits ?? 0
  const max = options.maximumFractionDigits ?? Math.max(min, percent ? 0 : 3)
  // Up to 20, where every engine agrees (ECMA-402 allows 100 since 2023; older ones throw).
  const ok = (n: number) => Number.isInteger(n) && n >= 0 && n <= 20
  return ok(min) && ok(max) && min <= max ? { min, max } : null
}

/**
 * `value` as `new Intl.NumberFormat(locale, options).format(value)` writes it, when this module
 * knows the result without `Intl` (see above); null otherwise.
 */
export function quickNumber(
  value: number,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string | null {
  if (!Number.isFinite(value) || !QUICK_LOCALES.has(locale)) return null
  for (const key of Object.keys(options))
    if (!QUICK_OPTIONS.has(key) || options[key as keyof Intl.NumberFormatOptions] === undefined)
      return null
  if (options.style !== undefined && options.style !== 'decimal' && options.style !== 'percent')
    return null
  const places = fractionDigits(options)
  if (!places) return null
  const negative = value < 0 || Object.is(value, -0)
  let { digits, point } = decimalOf(Math.abs(value))
  if (options.style === 'percent' && digits !== '') point += 2
  // Round half away from zero (Intl's default "halfExpand") to `max` fraction digits.
  const keep = point + places.max
  if (keep < digits.length) {
    const up = keep >= 0 && digits[keep]! >= '5'
    digits = keep > 0 ? digits.slice(0, keep) : ''
    if (up) {
      const next = digits === '' ? '1' : increment(digits)
      if (next.length > digits.length) point += 1
      digits = next
    }
  }
  const whole = point > 0 && digits !== '' ? digits.slice(0, point).padEnd(point, '0') : '0'
  let fraction = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits
  fraction = fraction.slice(0, places.max).replace(/0+$/, '').padEnd(places.min, '0')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}${options.style === 'percent' ? '%' : ''}`
}

/** `value` as `Intl.NumberFormat(locale, options)` writes it (see `quickNumber`). */
export function formatNumber(
  value: number,
  locale: string,
  options?: Intl.NumberFormatOptions,
): string {
  return quickNumber(value, locale, options) ?? numberFormat(locale, options).format(value)
}
