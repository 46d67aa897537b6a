import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { content } from '@/content'
import { generateRoadmap } from '@/domain/generate'
import {
  chooseOption,
  predecessors,
  setStatus,
  type GraphError,
  type GraphResult,
} from '@/domain/graph'
import {
  nextUp,
  plannedMlShare,
  progressByTrack,
  progressOf,
  type Progress,
} from '@/domain/progress'
import type { AppData, Answers, Milestone, Roadmap, Status } from '@/domain/schema'

function newId(): string {
  return globalThis.crypto.randomUUID()
}

export const useRoadmapStore = defineStore('roadmap', () => {
  /** Roadmaps are replaced, never mutated in place: shallow refs are enough and stay cheap. */
  const roadmaps = shallowRef<Roadmap[]>([])
  const activeRoadmapId = ref<string | null>(null)
  /** The last change the domain refused, with its reason, for the UI to show. */
  const lastError = ref<GraphError | null>(null)

  const active = computed(() => roadmaps.value.find((r) => r.id === activeRoadmapId.value) ?? null)
  const overall = computed(() => (active.value ? progressOf(active.value.milestones) : null))
  const byTrack = computed(() =>
    active.value ? progressByTrack(active.value) : new Map<string, Progress>(),
  )
  const milestoneById = computed(
    () => new Map<string, Milestone>(active.value?.milestones.map((m) => [m.id, m]) ?? []),
  )
  /** Prerequisite ids of each milestone. */
  const prerequisites = computed(() => predecessors(active.value?.edges ?? []))
  const upNext = computed(() => (active.value ? nextUp(active.value) : []))
  const mlShare = computed(() => (active.value ? plannedMlShare(active.value) : null))

  function replaceActive(next: Roadmap) {
    roadmaps.value = roadmaps.value.map((r) => (r.id === next.id ? next : r))
  }

  function apply(change: (r: Roadmap) => GraphResult): boolean {
    if (!active.value) return false
    const result = change(active.value)
    if (!result.ok) {
      lastError.value = result.error
      return false
    }
    lastError.value = null
    replaceActive(result.roadmap)
    return true
  }

  /** Builds a roadmap from the questionnaire; it replaces the active one when there is one. */
  function createFromAnswers(answers: Answers, name: string, now = new Date()) {
    const previous = active.value
    const roadmap = generateRoadmap(content.template, answers, { id: newId(), name, now })
    roadmaps.value = previous
      ? roadmaps.value.map((r) => (r.id === previous.id ? roadmap : r))
      : [...roadmaps.value, roadmap]
    activeRoadmapId.value = roadmap.id
  }

  const updateStatus = (id: string, status: Status) => apply((r) => setStatus(r, id, status))
  const choose = (groupId: string, option: string | null) =>
    apply((r) => chooseOption(r, groupId, option))

  function setWeeklyHours(hours: number) {
    if (!active.value) return
    replaceActive({ ...active.value, weeklyHours: hours, updatedAt: new Date().toISOString() })
  }

  function hydrate(data: Pick<AppData, 'roadmaps' | 'activeRoadmapId'>) {
    roadmaps.value = data.roadmaps
    activeRoadmapId.value = data.activeRoadmapId
  }

  function snapshot(): Pick<AppData, 'roadmaps' | 'activeRoadmapId'> {
    return { roadmaps: roadmaps.value, activeRoadmapId: activeRoadmapId.value }
  }

  return {
    roadmaps,
    activeRoadmapId,
    lastError,
    active,
    overall,
    byTrack,
    milestoneById,
    prerequisites,
    upNext,
    mlShare,
    createFromAnswers,
    updateStatus,
    choose,
    setWeeklyHours,
    hydrate,
    snapshot,
  }
})
