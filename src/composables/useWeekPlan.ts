import { computed, inject, provide, ref, watch, type InjectionKey } from 'vue'
import { storeToRefs } from 'pinia'
import { settled } from '@/domain/progress'
import { proposeWeek, type WeekPin } from '@/domain/weekPlan'
import { nextSession, pastWeeks, thisWeek } from '@/domain/weekProgress'
import { dayOfInstant } from '@/domain/review'
import { startOfWeek } from '@/domain/time'
import { useWeekStart } from '@/composables/useWeekStart'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

/**
 * This week's plan: the accepted one, or the proposal (from the week's hours, the band, what is
 * ready and what is left), with the user's pins, hours and swaps until they accept it; and the
 * progress figures that go with it.
 */
function createWeekPlan() {
  const roadmap = useRoadmapStore()
  const time = useTimeStore()
  const { active } = storeToRefs(roadmap)
  const { activeLog, band, entries, minutesByMilestone, today } = storeToRefs(time)
  const { weekStart } = useWeekStart()

  const start = computed(() => startOfWeek(today.value, weekStart.value))
  const accepted = computed(() => time.weekPlanOf(start.value))

  /** The user's changes to the proposal: pins (with hours when set) and swapped-out milestones. */
  const pins = ref<WeekPin[]>([])
  const excluded = ref<string[]>([])
  /** Whether the week shown is being changed after it was accepted. */
  const editing = ref(false)
  function resetDraft() {
    pins.value = (accepted.value?.items ?? [])
      .filter((i) => i.pinned)
      .map((i) => ({ milestone: i.id, minutes: i.minutes }))
    excluded.value = []
  }
  watch(() => [start.value, accepted.value], resetDraft, { immediate: true })

  const budget = computed(() => Math.round((active.value?.weeklyHours ?? 0) * 60))
  const proposal = computed(() =>
    active.value
      ? proposeWeek({
          roadmap: active.value,
          budget: budget.value,
          band: band.value,
          logged: minutesByMilestone.value,
          pins: pins.value,
          excluded: excluded.value,
        })
      : null,
  )
  const pinned = computed(() => new Set(pins.value.map((p) => p.milestone)))

  function togglePin(milestone: string, minutes: number) {
    pins.value = pinned.value.has(milestone)
      ? pins.value.filter((p) => p.milestone !== milestone)
      : [...pins.value, { milestone, minutes }]
  }
  /** Sets a milestone's hours for the week: it becomes pinned with them; 0 swaps it out. */
  function setMinutes(milestone: string, minutes: number) {
    const set = Math.max(0, Math.round(minutes))
    if (set === 0) return swapOut(milestone)
    const others = pins.value.filter((p) => p.milestone !== milestone)
    pins.value = [...others, { milestone, minutes: set }]
  }
  /** Swaps a milestone out: the next ready one takes its place. */
  function swapOut(milestone: string) {
    pins.value = pins.value.filter((p) => p.milestone !== milestone)
    excluded.value = [...excluded.value, milestone]
  }
  /** Adds a ready milestone the proposal left out, pinned. */
  function add(milestone: string) {
    excluded.value = excluded.value.filter((id) => id !== milestone)
    if (!pinned.value.has(milestone)) pins.value = [...pins.value, { milestone }]
  }
  function accept(at = new Date()) {
    const p = proposal.value
    if (!p) return null
    const result = time.acceptWeek(
      start.value,
      p.items.map((i) => ({ ...i, pinned: pinned.value.has(i.milestone) })),
      at,
    )
    if (result.ok) editing.value = false
    return result
  }

  /** This week's target: the accepted week's minutes, else the weekly targets. */
  const targetOf = (weekStartDay: string) => {
    const plan = time.weekPlanOf(weekStartDay)
    return plan
      ? plan.items.reduce((s, i) => s + i.minutes, 0)
      : (activeLog.value?.weeklyTargets ?? []).reduce((s, t) => s + t.minutes, 0)
  }
  const week = computed(() =>
    thisWeek(entries.value, targetOf(start.value), weekStart.value, today.value),
  )
  /** Every week since the roadmap was made (a week with nothing logged is just below target). */
  const past = computed(() =>
    pastWeeks(
      entries.value,
      targetOf,
      weekStart.value,
      today.value,
      active.value ? dayOfInstant(active.value.createdAt) : undefined,
    ),
  )
  const weeksOnPlan = computed(() => past.value.filter((w) => w.onPlan).length)

  /** The milestone to work on now: from the accepted week, else from the proposal. */
  const next = computed(() => {
    const r = active.value
    if (!r) return null
    const finished = new Set(r.milestones.filter((m) => settled(m.status)).map((m) => m.id))
    const known = new Set(r.milestones.map((m) => m.id))
    const plan = accepted.value
      ? accepted.value.items.map((i) => ({ milestone: i.id, minutes: i.minutes }))
      : (proposal.value?.items ?? [])
    return nextSession(
      plan.filter((i) => known.has(i.milestone)),
      week.value.byMilestone,
      finished,
    )
  })

  return {
    start,
    accepted,
    editing,
    proposal,
    pinned,
    budget,
    week,
    past,
    weeksOnPlan,
    next,
    togglePin,
    setMinutes,
    swapOut,
    add,
    accept,
    resetDraft,
  }
}

export type WeekPlan = ReturnType<typeof createWeekPlan>
const WEEK_PLAN: InjectionKey<WeekPlan> = Symbol('week-plan')

/** The week view's one plan, shared by its parts (the draft's pins and swaps included). */
export function provideWeekPlan(): WeekPlan {
  const plan = createWeekPlan()
  provide(WEEK_PLAN, plan)
  return plan
}

/** The plan the week view provides; elsewhere (the list, the graph, the review) one of its own. */
export function useWeekPlan(): WeekPlan {
  return inject(WEEK_PLAN, null) ?? createWeekPlan()
}
