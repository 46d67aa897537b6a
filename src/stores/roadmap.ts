import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { generateRoadmap } from '@/domain/generate'
import {
  createMilestone,
  editMilestone as editMilestoneIn,
  placeMilestones as placeMilestonesIn,
  removeMilestones as removeMilestonesIn,
  setStatuses,
  type CreateResult,
  type EditResult,
  type MilestoneEdit,
  type NewMilestoneDraft,
  type Point,
} from '@/domain/editing'
import {
  editEvidence as editEvidenceIn,
  paperFromDraft,
  projectFromDraft,
  reproductionFromDraft,
  type Drafted,
  type EvidenceEdit,
  type PaperDraft,
  type ProjectDraft,
  type ReproductionDraft,
} from '@/domain/evidence'
import {
  chooseOption,
  connect as connectIn,
  disconnect as disconnectIn,
  predecessors,
  type GraphError,
  type GraphResult,
} from '@/domain/graph'
import {
  canRedo as historyCanRedo,
  canUndo as historyCanUndo,
  createHistory,
  record,
  redo as historyRedo,
  undo as historyUndo,
  type History,
} from '@/domain/history'
import {
  nextUp,
  plannedMlShare,
  progressByTrack,
  progressOf,
  type Progress,
} from '@/domain/progress'
import type { TemplateUpdate } from '@/domain/templateUpdate'
import { localDay } from '@/domain/time'
import { cleanText, hasVisibleText } from '@/domain/text'
import {
  MAX_TITLE_LENGTH,
  type AppData,
  type Answers,
  type EvidenceKind,
  type Locale,
  type Milestone,
  type Roadmap,
  type Status,
  type Template,
} from '@/domain/schema'

/** An evidence edit: done, or why not (fields the form shows a message for, or a problem). */
export type EvidenceResult =
  | { ok: true; id?: string }
  | { ok: false; fields: string[] }
  | { ok: false; problem: 'no-roadmap' | 'unknown-milestone' | 'invalid' | 'too-many' }

export type RenameResult = { ok: true } | { ok: false; problem: 'empty' | 'too-long' | 'missing' }

function newId(): string {
  return globalThis.crypto.randomUUID()
}

export const useRoadmapStore = defineStore('roadmap', () => {
  /** Roadmaps are replaced, never mutated in place: shallow refs are enough and stay cheap. */
  const roadmaps = shallowRef<Roadmap[]>([])
  const activeRoadmapId = ref<string | null>(null)
  /** The last change the domain refused, with its reason, for the UI to show. */
  const lastError = ref<GraphError | null>(null)
  /**
   * Undo/redo of the active roadmap. Every action below is one step; a gesture (a drag, a
   * status for a selection) calls one action. Replacing the roadmap (questionnaire, loading)
   * starts a new history.
   */
  const history = shallowRef<History<Roadmap> | null>(null)

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

  const canUndo = computed(() => !!history.value && historyCanUndo(history.value))
  const canRedo = computed(() => !!history.value && historyCanRedo(history.value))

  /** The step that the next commit with the same key extends instead of adding a step. */
  let coalescing: string | null = null

  /**
   * Makes `next` the active roadmap as one undoable step. Commits with the same `coalesce` key
   * in a row (a field autosaved while the user types) are one step.
   */
  function commit(next: Roadmap, coalesce: string | null = null) {
    const current = active.value
    if (!current || next === current) return
    const h = history.value?.present === current ? history.value : createHistory(current)
    history.value =
      coalesce !== null && coalesce === coalescing && h.past.length > 0
        ? { ...h, present: next, future: [] }
        : record(h, next)
    coalescing = coalesce
    replaceActive(next)
  }

  function travel(step: (h: History<Roadmap>) => History<Roadmap>): boolean {
    const h = history.value
    if (!h || !active.value || h.present !== active.value) return false
    const next = step(h)
    if (next === h) return false
    coalescing = null
    history.value = next
    lastError.value = null
    replaceActive(next.present)
    return true
  }
  const undo = () => travel(historyUndo)
  const redo = () => travel(historyRedo)

  function apply(change: (r: Roadmap) => GraphResult): boolean {
    if (!active.value) return false
    const result = change(active.value)
    if (!result.ok) {
      lastError.value = result.error
      return false
    }
    lastError.value = null
    commit(result.roadmap)
    return true
  }

  /**
   * Builds a roadmap from the questionnaire; it replaces the active one when there is one,
   * unless `asNew` asks to add it beside the others. The template comes from the caller
   * (`@/content`), so the store, needed at start-up, does not bundle the content files.
   */
  function createFromAnswers(
    template: Template,
    answers: Answers,
    name: string,
    now = new Date(),
    asNew = false,
  ) {
    const previous = asNew ? null : active.value
    const roadmap = generateRoadmap(template, answers, { id: newId(), name, now })
    roadmaps.value = previous
      ? roadmaps.value.map((r) => (r.id === previous.id ? roadmap : r))
      : [...roadmaps.value, roadmap]
    activeRoadmapId.value = roadmap.id
    history.value = null
    return { id: roadmap.id, replaced: previous?.id ?? null }
  }

  /**
   * Updates the active roadmap to a newer template, keeping the user's progress
   * (`domain/templateUpdate.ts`), as one undoable step. `loggedMilestones` are the milestones
   * with time logged on them (they count as progress); the time log itself is not touched.
   * Resolves to what changed, or null when there was nothing to update. The planner (with the
   * layout it places new cards with) is loaded only now: the store is in every first view.
   */
  async function updateToTemplate(
    template: Template,
    now = new Date(),
    loggedMilestones: Iterable<string> = [],
  ): Promise<TemplateUpdate | null> {
    const { planTemplateUpdate } = await import('@/domain/templateUpdate')
    if (!active.value) return null
    const update = planTemplateUpdate(active.value, template, { now, loggedMilestones })
    if (!update) return null
    lastError.value = null
    commit(update.next)
    return update
  }

  // ------------------------------------------------------------- several roadmaps

  /** Makes another roadmap active; its edits start a new undo history. */
  function switchTo(id: string): boolean {
    if (!roadmaps.value.some((r) => r.id === id)) return false
    if (id !== activeRoadmapId.value) history.value = null
    activeRoadmapId.value = id
    return true
  }

  /** Adds a roadmap from elsewhere (an import, a share link) under a fresh id and opens it. */
  function addRoadmap(roadmap: Roadmap, now = new Date()): string {
    const iso = now.toISOString()
    const added: Roadmap = { ...roadmap, id: newId(), createdAt: iso, updatedAt: iso }
    roadmaps.value = [...roadmaps.value, added]
    switchTo(added.id)
    return added.id
  }

  /** A copy placed after the original, under `name`; the active roadmap stays as it is. */
  function duplicateRoadmap(id: string, name: string, now = new Date()): string | null {
    const original = roadmaps.value.find((r) => r.id === id)
    if (!original) return null
    const iso = now.toISOString()
    const copy: Roadmap = {
      ...structuredClone(original),
      id: newId(),
      name: cleanText(name).slice(0, MAX_TITLE_LENGTH),
      createdAt: iso,
      updatedAt: iso,
    }
    const at = roadmaps.value.indexOf(original) + 1
    roadmaps.value = [...roadmaps.value.slice(0, at), copy, ...roadmaps.value.slice(at)]
    return copy.id
  }

  /** Renames a roadmap; an empty or too long name is refused and changes nothing. */
  function renameRoadmap(id: string, name: string): RenameResult {
    const trimmed = cleanText(name)
    if (!hasVisibleText(trimmed)) return { ok: false, problem: 'empty' }
    if (trimmed.length > MAX_TITLE_LENGTH) return { ok: false, problem: 'too-long' }
    const current = roadmaps.value.find((r) => r.id === id)
    if (!current) return { ok: false, problem: 'missing' }
    if (current.name === trimmed) return { ok: true }
    const next = { ...current, name: trimmed, updatedAt: new Date().toISOString() }
    // The active roadmap's rename is one undoable step like any other edit.
    if (id === activeRoadmapId.value) commit(next)
    else roadmaps.value = roadmaps.value.map((r) => (r.id === id ? next : r))
    return { ok: true }
  }

  /**
   * Deletes a roadmap (the UI confirms first). Deleting the active one opens the next one, or
   * none; returns the id now active.
   */
  function deleteRoadmap(id: string): string | null {
    const at = roadmaps.value.findIndex((r) => r.id === id)
    if (at < 0) return activeRoadmapId.value
    roadmaps.value = roadmaps.value.filter((r) => r.id !== id)
    if (activeRoadmapId.value === id) {
      const next = roadmaps.value[Math.min(at, roadmaps.value.length - 1)] ?? null
      activeRoadmapId.value = next?.id ?? null
      history.value = null
    }
    return activeRoadmapId.value
  }

  /**
   * The status of one or many milestones, one undo step. The UI calls it through
   * `useDoneGuard().setStatus`, which asks first when evidence is missing.
   */
  const setStatus = (ids: Iterable<string>, status: Status) =>
    apply((r) => setStatuses(r, ids, status))
  const choose = (groupId: string, option: string | null) =>
    apply((r) => chooseOption(r, groupId, option))
  const connect = (from: string, to: string) => apply((r) => connectIn(r, from, to))
  const disconnect = (from: string, to: string) =>
    apply((r) => ({ ok: true, roadmap: disconnectIn(r, from, to) }))
  const removeMilestones = (ids: Iterable<string>) =>
    apply((r) => ({ ok: true, roadmap: removeMilestonesIn(r, ids) }))
  /** Card positions after a drag or an auto-arrange: the whole gesture is one step. */
  const placeMilestones = (positions: ReadonlyMap<string, Point>) =>
    apply((r) => ({ ok: true, roadmap: placeMilestonesIn(r, positions) }))

  /** Adds a user-made milestone (validated); the result tells the form what to show. */
  function addMilestone(
    draft: NewMilestoneDraft,
    locale: Locale,
    /** Positions to store in the same step (cards placed by the automatic layout). */
    alsoPlace: ReadonlyMap<string, Point> = new Map(),
  ): CreateResult | null {
    if (!active.value) return null
    const result = createMilestone(active.value, draft, newId(), locale)
    if (result.ok) {
      lastError.value = null
      commit(placeMilestonesIn(result.roadmap, alsoPlace))
    } else if (result.field === 'graph') lastError.value = result.result.error
    return result
  }

  /**
   * A validated field edit from the side panel; refused edits change nothing. Edits of one
   * field of one milestone in a row (autosaved while typing) are one undo step.
   */
  function editMilestone(id: string, edit: MilestoneEdit): EditResult | null {
    if (!active.value) return null
    const result = editMilestoneIn(active.value, id, edit)
    const typed = edit.field !== 'track' && edit.field !== 'links'
    if (result.ok) commit(result.roadmap, typed ? `${id}:${edit.field}` : null)
    else if ('result' in result) lastError.value = result.result.error
    return result
  }

  // ------------------------------------------------------------- evidence (one step each)

  function applyEvidence(milestoneId: string, edit: EvidenceEdit): EvidenceResult {
    if (!active.value) return { ok: false, problem: 'no-roadmap' }
    const result = editEvidenceIn(active.value, milestoneId, edit)
    if (!result.ok) return result
    commit(result.roadmap)
    return { ok: true }
  }

  /** A draft checked by the schema, then applied; a refused draft writes nothing. */
  function fromDraft<T>(
    milestoneId: string,
    drafted: Drafted<T>,
    edit: (value: T) => EvidenceEdit,
    id?: string,
  ): EvidenceResult {
    if (!drafted.ok) return { ok: false, fields: drafted.fields }
    const result = applyEvidence(milestoneId, edit(drafted.value))
    return result.ok && id ? { ok: true, id } : result
  }

  const setEvidenceKind = (milestoneId: string, kind: EvidenceKind | null) =>
    applyEvidence(milestoneId, { kind: 'set-kind', evidenceKind: kind })

  /** Adds a paper (no `paperId`) or updates one; returns its id. */
  function savePaper(milestoneId: string, draft: PaperDraft, paperId = newId()): EvidenceResult {
    return fromDraft(
      milestoneId,
      paperFromDraft(draft, paperId),
      (paper) => ({ kind: 'put-paper', paper }),
      paperId,
    )
  }
  const removePaper = (milestoneId: string, id: string) =>
    applyEvidence(milestoneId, { kind: 'remove-paper', id })

  /** Adds or updates a reproduction; it is stamped as worked on today. */
  function saveReproduction(
    milestoneId: string,
    draft: ReproductionDraft,
    reproductionId = newId(),
    today = localDay(new Date()),
  ): EvidenceResult {
    return fromDraft(
      milestoneId,
      reproductionFromDraft(draft, reproductionId, today),
      (reproduction) => ({ kind: 'put-reproduction', reproduction }),
      reproductionId,
    )
  }
  const removeReproduction = (milestoneId: string, id: string) =>
    applyEvidence(milestoneId, { kind: 'remove-reproduction', id })

  /** Sets the project evidence from its form, or clears it with `null`. */
  function saveProject(milestoneId: string, draft: ProjectDraft | null): EvidenceResult {
    if (draft === null) return applyEvidence(milestoneId, { kind: 'set-project', project: null })
    return fromDraft(milestoneId, projectFromDraft(draft), (project) => ({
      kind: 'set-project',
      project,
    }))
  }

  function setWeeklyHours(hours: number) {
    if (!active.value) return
    commit({ ...active.value, weeklyHours: hours, updatedAt: new Date().toISOString() })
  }

  function hydrate(data: Pick<AppData, 'roadmaps' | 'activeRoadmapId'>) {
    roadmaps.value = data.roadmaps
    activeRoadmapId.value = data.activeRoadmapId
    history.value = null
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
    canUndo,
    canRedo,
    createFromAnswers,
    updateToTemplate,
    switchTo,
    addRoadmap,
    duplicateRoadmap,
    renameRoadmap,
    deleteRoadmap,
    setStatus,
    choose,
    connect,
    disconnect,
    removeMilestones,
    placeMilestones,
    addMilestone,
    editMilestone,
    setEvidenceKind,
    savePaper,
    removePaper,
    saveReproduction,
    removeReproduction,
    saveProject,
    undo,
    redo,
    setWeeklyHours,
    hydrate,
    snapshot,
  }
})
