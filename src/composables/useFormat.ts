import { useI18n } from 'vue-i18n'

/*
 * Creating an Intl formatter costs far more than using one, and vue-i18n's `n()` with inline
 * options creates one per call: with years of entries that alone blew the frame budget. Keep them.
 */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined
  if (!format) {
    format = make()
    formats.set(key, format)
  }
  return format
}
const dayFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(
    `d|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }),
  )
const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options))

/** Locale-aware formatting of durations, shares and days, shared by the time views. */
export function useFormat() {
  const { t, locale } = useI18n()
  const n = (value: number, options?: Intl.NumberFormatOptions) =>
    numberFormat(locale.value, options).format(value)

  /** 95 → "1 h 35 min" / "1시간 35분". */
  function duration(minutes: number): string {
    const total = Math.round(minutes)
    const h = Math.floor(total / 60)
    const m = total % 60
    if (h === 0) return t('time.m', { m: n(m) })
    if (m === 0) return t('time.h', { h: n(h) })
    return t('time.hm', { h: n(h), m: n(m) })
  }

  /** Hours with at most one decimal: 95 → "1.6". */
  function hours(minutes: number): string {
    return n(minutes / 60, { maximumFractionDigits: 1 })
  }

  function percent(share: number): string {
    return n(share, { style: 'percent', maximumFractionDigits: 0 })
  }

  /** An ISO day as a short local date, computed in UTC so the calendar day never shifts. */
  function day(
    iso: string,
    options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' },
  ): string {
    return dayFormat(locale.value, options).format(new Date(`${iso}T00:00:00Z`))
  }

  return { duration, hours, percent, day, number: n }
}
