import { dateTimeFormat } from '@/domain/intlFormats'
import { useI18n } from '@/i18n/useI18n'

/** Locale-aware formatting of durations, shares and days, shared by the time views. */
export function useFormat() {
  // `n` and `day` use cached Intl formatters (`domain/intlFormats.ts`; most numbers need none).
  const { t, n, locale } = useI18n()

  /** 95 → "1 h 35 min" / "1시간 35분". */
  function duration(minutes: number): string {
    const total = Math.round(minutes)
    const h = Math.floor(total / 60)
    const m = total % 60
    if (h === 0) return t('duration.m', { m: n(m) })
    if (m === 0) return t('duration.h', { h: n(h) })
    return t('duration.hm', { h: n(h), m: n(m) })
  }

  /**
   * Hours with at most one decimal (95 → "1.6"), except whole quarter hours, which are exact
   * (135 → "2.25"): weekly targets are quarter hours and read the same as in their field.
   */
  function hours(minutes: number): string {
    return n(minutes / 60, { maximumFractionDigits: minutes % 15 === 0 ? 2 : 1 })
  }

  function percent(share: number): string {
    return n(share, { style: 'percent', maximumFractionDigits: 0 })
  }

  /** An ISO day as a short local date, computed in UTC so the calendar day never shifts. */
  function day(
    iso: string,
    options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' },
  ): string {
    return dateTimeFormat(locale.value, { ...options, timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    )
  }

  return { duration, hours, percent, day, number: n }
}
