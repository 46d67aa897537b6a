import { computed, ref, toRaw, type Ref } from 'vue'
import type { Roadmap, Status } from '@/domain/schema'
import type { GraphModel } from './useGraphModel'

/** The toolbar's search and filters: which cards the filters hide, which ones match. */
export function useGraphSearch(active: Ref<Roadmap | null>, model: GraphModel) {
  const query = ref('')
  const matchIndex = ref(-1)
  const trackFilter = ref('')
  const statusFilter = ref<Status | ''>('')

  /** Cards the filters leave out. */
  const hidden = computed<ReadonlySet<string>>(() => {
    const out = new Set<string>()
    if (!trackFilter.value && !statusFilter.value) return out
    for (const m of active.value?.milestones ?? [])
      if (
        (trackFilter.value && m.track !== trackFilter.value) ||
        (statusFilter.value && m.status !== statusFilter.value)
      )
        out.add(m.id)
    return out
  })

  /** Search matches, left to right then top to bottom, so Enter walks through them in order. */
  const matches = computed<string[]>(() => {
    const q = query.value.trim().toLocaleLowerCase()
    if (!q || !active.value) return []
    void model.version.value
    return active.value.milestones
      .filter((m) => !hidden.value.has(m.id))
      .filter((m) => `${m.title.ko}\n${m.title.en}`.toLocaleLowerCase().includes(q))
      .map((m) => m.id)
      .sort((a, b) => {
        // Untracked reads: a drag must not re-run the search on every step.
        const pa = toRaw(model.cards.get(a)!)
        const pb = toRaw(model.cards.get(b)!)
        return pa.x - pb.x || pa.y - pb.y
      })
  })
  /** The match Enter last moved to; -1 before the first Enter. */
  const currentMatch = computed(() =>
    matches.value.length && matchIndex.value >= 0
      ? matches.value[matchIndex.value % matches.value.length]!
      : null,
  )

  /** The cards on the graph now (the filters' survivors), where they are. */
  const shownCards = () =>
    [...model.cards.values()].map(toRaw).filter((c) => !hidden.value.has(c.id))

  return {
    query,
    matchIndex,
    trackFilter,
    statusFilter,
    hidden,
    matches,
    currentMatch,
    shownCards,
  }
}
