import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { exportReminderDue } from '@/domain/reminder'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { useSettingsStore } from '@/stores/settings'

/**
 * Days since the last export (or since the oldest roadmap) when the reminder to keep a copy is
 * due and saving is not paused; null otherwise. The app asks it to decide whether to download
 * the reminder at all; the reminder asks it for its words.
 */
export function useExportReminderDue() {
  const { roadmaps } = storeToRefs(useRoadmapStore())
  const { lastExportAt } = storeToRefs(useSettingsStore())
  const { status } = storeToRefs(usePersistenceStore())
  return computed(() => {
    if (status.value === 'paused') return null
    const oldest = roadmaps.value.reduce<string | null>(
      (min, r) => (!min || r.createdAt < min ? r.createdAt : min),
      null,
    )
    return exportReminderDue(lastExportAt.value, oldest, new Date())
  })
}
