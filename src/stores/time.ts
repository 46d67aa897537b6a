import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { kindsOf, loggedByMilestone, newTimeLog } from '@/domain/allocation'
import { buildReview, reviewOfWeek, upsertReview, weekOf } from '@/domain/review'
import {
  BandSchema,
  parseWith,
  ReviewSchema,
  StudyTimesSchema,
  TimeEntrySchema,
  WeekPlanSchema,
  type Band,
  type Review,
  type StudyTimes,
  type TimeEntry,
  type TimeLog,
  type Timer,
  type Validated,
  type WeekPlan,
} from '@/domain/schema'
import {
  localDay,
  LONG_TIMER_MINUTES,
  MAX_ENTRY_MINUTES,
  pauseTimer as pause,
  resumeTimer as resume,
  startTimer as start,
  timerMinutes,
  type IsoDay,
  type Weekday,
} from '@/domain/time'
import { useRoadmapStore } from './roadmap'

export type EntryInput = Pick<TimeEntry, 'day' | 'minutes' | 'track' | 'milestone' | 'note'>

export type StopResult =
  | { kind: 'saved'; entry: TimeEntry }
  /** Over 8 h (a forgotten timer?): the user confirms or corrects the minutes first. */
  | { kind: 'confirm'; minutes: number }
  /** Under a minute: the timer is paused, and the user logs a minute or discards it. */
  | { kind: 'too-short' }
  | { kind: 'none' }

export const useTimeStore = defineStore('time', () => {
  const roadmap = useRoadmapStore()
  /** Time logs by roadmap id, replaced (never mutated) on every change. */
  const timeLogs = shallowRef<Record<string, TimeLog>>({})
  const timer = shallowRef<Timer | null>(null)
  /** The last deleted entry, so the UI can offer to undo it. */
  const lastDeleted = shallowRef<TimeEntry | null>(null)
  /** Ticks every second while a timer runs, for elapsed-time displays. */
  const now = ref(Date.now())
  /** Today's local calendar day; follows midnight while the tab stays open. */
  const today = ref(localDay(new Date()))
  const dayTick = setInterval(() => {
    const day = localDay(new Date())
    if (day !== today.value) today.value = day
  }, 30_000)

  const activeLog = computed<TimeLog | null>(() => {
    const r = roadmap.active
    if (!r) return null
    return timeLogs.value[r.id] ?? newTimeLog(r)
  })
  const entries = computed(() => activeLog.value?.entries ?? [])
  const band = computed<Band>(() => activeLog.value?.mlBand ?? { low: 0.7, high: 0.8 })
  /** Saved weekly reviews of the active roadmap, oldest first. */
  const reviews = computed<Review[]>(() => activeLog.value?.reviews ?? [])
  const kindOf = computed(() => (roadmap.active ? kindsOf(roadmap.active) : new Map()))
  const minutesByMilestone = computed(() => loggedByMilestone(entries.value))
  const timerElapsedMinutes = computed(() =>
    timer.value ? timerMinutes(timer.value, new Date(now.value)) : 0,
  )

  let tick: ReturnType<typeof setInterval> | undefined
  watch(
    () => timer.value?.runningSince ?? null,
    (running) => {
      clearInterval(tick)
      now.value = Date.now()
      if (running) tick = setInterval(() => (now.value = Date.now()), 1000)
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    clearInterval(tick)
    clearInterval(dayTick)
  })

  function updateLog(change: (log: TimeLog) => TimeLog): boolean {
    const r = roadmap.active
    const log = activeLog.value
    if (!r || !log) return false
    timeLogs.value = { ...timeLogs.value, [r.id]: change(log) }
    return true
  }

  function validEntry(entry: TimeEntry): Validated<TimeEntry> {
    const parsed = parseWith(TimeEntrySchema, entry)
    if (!parsed.ok) return parsed
    if (!roadmap.active?.tracks.some((t) => t.id === entry.track))
      return { ok: false, problems: [`unknown track "${entry.track}"`] }
    return parsed
  }

  function addEntry(input: EntryInput, at = new Date()): Validated<TimeEntry> {
    const entry: TimeEntry = {
      id: globalThis.crypto.randomUUID(),
      createdAt: at.toISOString(),
      ...input,
    }
    const valid = validEntry(entry)
    if (valid.ok) updateLog((log) => ({ ...log, entries: [...log.entries, valid.value] }))
    return valid
  }

  function updateEntry(id: string, patch: Partial<EntryInput>): Validated<TimeEntry> {
    const current = entries.value.find((e) => e.id === id)
    if (!current) return { ok: false, problems: [`no time entry "${id}"`] }
    const valid = validEntry({ ...current, ...patch })
    if (valid.ok)
      updateLog((log) => ({
        ...log,
        entries: log.entries.map((e) => (e.id === id ? valid.value : e)),
      }))
    return valid
  }

  function deleteEntry(id: string) {
    const entry = entries.value.find((e) => e.id === id)
    if (!entry) return
    updateLog((log) => ({ ...log, entries: log.entries.filter((e) => e.id !== id) }))
    lastDeleted.value = entry
  }

  function undoDelete() {
    const entry = lastDeleted.value
    if (!entry) return
    lastDeleted.value = null
    if (!entries.value.some((e) => e.id === entry.id))
      updateLog((log) => ({ ...log, entries: [...log.entries, entry] }))
  }

  function setWeeklyTargets(targets: { track: string; minutes: number }[]) {
    updateLog((log) => ({ ...log, weeklyTargets: targets.map((t) => ({ ...t })) }))
  }

  function setBand(next: Band): Validated<Band> {
    const valid = parseWith(BandSchema, next)
    if (valid.ok) updateLog((log) => ({ ...log, mlBand: valid.value }))
    return valid
  }

  /**
   * Saves this week's review (the week containing today, for weeks starting on `weekStart`):
   * a snapshot of the week and the user's note. Saving again the same week replaces it.
   */
  function saveReview(note: string, weekStart: Weekday, at = new Date()): Validated<Review> {
    const r = roadmap.active
    const log = activeLog.value
    if (!r || !log) return { ok: false, problems: ['no active roadmap'] }
    const week = weekOf(today.value, weekStart)
    const review = buildReview({
      id: reviewOfWeek(log.reviews, week.start)?.id ?? globalThis.crypto.randomUUID(),
      roadmap: r,
      log,
      week,
      today: today.value,
      note,
      now: at,
    })
    const valid = parseWith(ReviewSchema, review)
    if (valid.ok) updateLog((l) => ({ ...l, reviews: upsertReview(l.reviews, valid.value) }))
    return valid
  }

  /** Hides the review reminder until the next week starts. */
  function dismissReviewReminder(weekStart: Weekday) {
    const start = weekOf(today.value, weekStart).start
    updateLog((log) => ({ ...log, reviewDismissedWeek: start }))
  }

  /** The week the user accepted, for the week starting on `weekStart` (its first day). */
  const weekPlanOf = (weekStart: IsoDay): WeekPlan | null =>
    activeLog.value?.weekPlans?.find((w) => w.id === weekStart) ?? null

  /**
   * Accepts a week's plan: it is kept (replacing one accepted earlier for the same week), and
   * its minutes per track become the weekly targets the time view and the review compare with.
   */
  function acceptWeek(
    weekStart: IsoDay,
    items: readonly { milestone: string; track: string; minutes: number; pinned: boolean }[],
    at = new Date(),
  ): Validated<WeekPlan> {
    const r = roadmap.active
    if (!r) return { ok: false, problems: ['no active roadmap'] }
    const plan = parseWith(WeekPlanSchema, {
      id: weekStart,
      acceptedAt: at.toISOString(),
      items: items.map((i) => ({
        id: i.milestone,
        track: i.track,
        minutes: i.minutes,
        pinned: i.pinned,
      })),
    })
    if (!plan.ok) return plan
    const byTrack = new Map<string, number>()
    for (const i of plan.value.items) byTrack.set(i.track, (byTrack.get(i.track) ?? 0) + i.minutes)
    updateLog((log) => ({
      ...log,
      weekPlans: [...(log.weekPlans ?? []).filter((w) => w.id !== weekStart), plan.value].sort(
        (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
      weeklyTargets: r.tracks.map((t) => ({ track: t.id, minutes: byTrack.get(t.id) ?? 0 })),
    }))
    return plan
  }

  /** The days and time the week's calendar file uses. */
  function setStudyTimes(times: StudyTimes): Validated<StudyTimes> {
    const valid = parseWith(StudyTimesSchema, times)
    if (valid.ok) updateLog((log) => ({ ...log, studyTimes: valid.value }))
    return valid
  }

  /** Moves entries whose track still exists from one roadmap to another (after a restart). */
  function carryOver(fromId: string, toId: string) {
    const from = timeLogs.value[fromId]
    const to = roadmap.roadmaps.find((r) => r.id === toId)
    if (!to || fromId === toId) return
    const tracks = new Set(to.tracks.map((t) => t.id))
    const milestones = new Set(to.milestones.map((m) => m.id))
    // A running timer keeps running on the new roadmap (on its milestone when that still exists).
    const running = timer.value
    if (running?.roadmapId === fromId)
      timer.value = tracks.has(running.track)
        ? {
            ...running,
            roadmapId: toId,
            milestone:
              running.milestone && milestones.has(running.milestone) ? running.milestone : null,
          }
        : null
    if (!from) return
    const entries = from.entries
      .filter((e) => tracks.has(e.track))
      .map((e) => (e.milestone && !milestones.has(e.milestone) ? { ...e, milestone: null } : e))
    const rest = Object.fromEntries(Object.entries(timeLogs.value).filter(([id]) => id !== fromId))
    // Past reviews are snapshots (titles included): they stay valid for the new roadmap.
    timeLogs.value = {
      ...rest,
      [toId]: {
        ...newTimeLog(to),
        entries,
        mlBand: from.mlBand,
        reviews: from.reviews,
        ...(from.reviewDismissedWeek ? { reviewDismissedWeek: from.reviewDismissedWeek } : {}),
      },
    }
  }

  /** Gives a roadmap its time log (an import), or a copy of another's (a duplicate). */
  function setLog(roadmapId: string, log: TimeLog | null) {
    if (log) timeLogs.value = { ...timeLogs.value, [roadmapId]: structuredClone(log) }
  }
  const copyLog = (fromId: string, toId: string) => setLog(toId, timeLogs.value[fromId] ?? null)

  /** Forgets the log (and a timer) of a deleted roadmap. */
  function dropLog(roadmapId: string) {
    timeLogs.value = Object.fromEntries(
      Object.entries(timeLogs.value).filter(([id]) => id !== roadmapId),
    )
    if (timer.value?.roadmapId === roadmapId) timer.value = null
  }

  // ------------------------------------------------------------- timer

  /** Starts a timer; refused (false) while another one runs or is paused. */
  function startTimer(track: string, milestone: string | null = null, at = new Date()): boolean {
    const r = roadmap.active
    if (!r || timer.value || !r.tracks.some((t) => t.id === track)) return false
    timer.value = start({ roadmapId: r.id, track, milestone }, at)
    return true
  }

  function pauseTimer(at = new Date()) {
    if (timer.value) timer.value = pause(timer.value, at)
  }

  function resumeTimer(at = new Date()) {
    if (timer.value) timer.value = resume(timer.value, at)
  }

  function discardTimer() {
    timer.value = null
  }

  /**
   * Stops the timer and logs its time on the day it started. Over 8 h it asks first: call again
   * with the minutes the user confirmed (or corrected).
   */
  function stopTimer(at = new Date(), confirmedMinutes?: number): StopResult {
    const t = timer.value
    if (!t) return { kind: 'none' }
    const measured = timerMinutes(t, at)
    if (confirmedMinutes === undefined && measured > LONG_TIMER_MINUTES)
      return { kind: 'confirm', minutes: Math.min(measured, MAX_ENTRY_MINUTES) }
    const minutes = confirmedMinutes ?? measured
    if (minutes < 1) {
      // Never dropped without a word: the timer waits, paused, for "log 1 min" or "discard".
      if (t.runningSince) timer.value = pause(t, at)
      return { kind: 'too-short' }
    }
    const owner = roadmap.roadmaps.find((r) => r.id === t.roadmapId)
    if (!owner) {
      timer.value = null
      return { kind: 'none' }
    }
    const entry: TimeEntry = {
      id: globalThis.crypto.randomUUID(),
      day: t.day,
      minutes: Math.min(minutes, MAX_ENTRY_MINUTES),
      track: t.track,
      milestone: t.milestone,
      note: '',
      createdAt: at.toISOString(),
    }
    const log = timeLogs.value[owner.id] ?? newTimeLog(owner)
    timeLogs.value = { ...timeLogs.value, [owner.id]: { ...log, entries: [...log.entries, entry] } }
    timer.value = null
    return { kind: 'saved', entry }
  }

  function hydrate(data: { timeLogs: Record<string, TimeLog>; timer: Timer | null }) {
    timeLogs.value = data.timeLogs
    timer.value = data.timer
  }

  /**
   * The time store's part of the app data. Logs live and die with their roadmaps through the
   * library store, so nothing is filtered here: an orphan log would be a bug, and the data
   * would not validate (and not be written) rather than be quietly patched.
   */
  function snapshot(): { timeLogs: Record<string, TimeLog>; timer: Timer | null } {
    return { timeLogs: timeLogs.value, timer: timer.value }
  }

  return {
    timeLogs,
    timer,
    lastDeleted,
    now,
    today,
    activeLog,
    entries,
    band,
    reviews,
    kindOf,
    minutesByMilestone,
    timerElapsedMinutes,
    addEntry,
    updateEntry,
    deleteEntry,
    undoDelete,
    setWeeklyTargets,
    setBand,
    saveReview,
    dismissReviewReminder,
    weekPlanOf,
    acceptWeek,
    setStudyTimes,
    carryOver,
    setLog,
    copyLog,
    dropLog,
    startTimer,
    pauseTimer,
    resumeTimer,
    discardTimer,
    stopTimer,
    hydrate,
    snapshot,
  }
})
