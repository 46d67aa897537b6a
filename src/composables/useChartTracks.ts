import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import { localize } from '@/domain/locale'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTrackColor } from './useTrackColor'

export interface ChartTrack {
  id: string
  label: string
  color: string
  ml: boolean
}

/** Grey for time logged on a track that is no longer in the roadmap. */
const REMOVED_COLOR = '#8a919e'

/**
 * The active roadmap's tracks as the charts show them: AI/ML tracks first (so the ML part of
 * a stacked bar is one contiguous block), each side in roadmap order, localized titles.
 */
export function useChartTracks() {
  const { t, locale } = useI18n()
  const { active } = storeToRefs(useRoadmapStore())
  const { trackColor } = useTrackColor()

  const tracks = computed<ChartTrack[]>(() => {
    const list = active.value?.tracks ?? []
    return [...list.filter((tr) => tr.kind === 'ml'), ...list.filter((tr) => tr.kind !== 'ml')].map(
      (tr) => ({
        id: tr.id,
        label: localize(tr.title, locale.value),
        color: trackColor.value(tr.color),
        ml: tr.kind === 'ml',
      }),
    )
  })
  const byId = computed(() => new Map(tracks.value.map((tr) => [tr.id, tr])))

  function trackOf(id: string): ChartTrack {
    return (
      byId.value.get(id) ?? { id, label: t('chart.removedTrack'), color: REMOVED_COLOR, ml: false }
    )
  }

  /** The roadmap's tracks in chart order, then any other track ids found in the data. */
  function ordered(ids: Iterable<string> = []): ChartTrack[] {
    const extra = [...new Set(ids)].filter((id) => !byId.value.has(id)).map(trackOf)
    return [...tracks.value, ...extra]
  }

  return { tracks, trackOf, ordered }
}
