import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { reviewOfWeek, reviewReminderDue, weekOf } from '@/domain/review'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'
import { useWeekStart } from './useWeekStart'

/** The current review week (the user's week start) and whether its review is due or saved. */
export function useReviewWeek() {
  const { weekStart } = useWeekStart()
  const { active } = storeToRefs(useRoadmapStore())
  const { activeLog, today } = storeToRefs(useTimeStore())

  const week = computed(() => weekOf(today.value, weekStart.value))
  const saved = computed(() =>
    activeLog.value ? reviewOfWeek(activeLog.value.reviews, week.value.start) : null,
  )
  const reminderDue = computed(
    () =>
      !!active.value &&
      !!activeLog.value &&
      reviewReminderDue(active.value, activeLog.value, today.value, weekStart.value),
  )
  return { weekStart, week, saved, reminderDue }
}
