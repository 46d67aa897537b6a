import { computed } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import type { Weekday } from '@/domain/time'

interface WeekInfo {
  firstDay?: number
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo }

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) weeks start on for a locale: always Monday for
 * Korean, otherwise what the runtime's locale data says (Monday when it says nothing).
 */
export function weekStartFor(locale: string): Weekday {
  if (/^ko\b/i.test(locale)) return 1
  try {
    const info = new Intl.Locale(locale) as LocaleWithWeekInfo
    const first = info.getWeekInfo?.()?.firstDay ?? info.weekInfo?.firstDay ?? 1
    return Number.isInteger(first) && first >= 1 && first <= 7 ? (first as Weekday) : 1
  } catch {
    return 1
  }
}

/** The week start for the current UI language, following language changes. */
export function useWeekStart() {
  const { locale } = useI18n()
  const weekStart = computed<Weekday>(() => weekStartFor(locale.value))
  return { weekStart }
}
