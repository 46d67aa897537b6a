/**
 * Edits the graph editor makes that span several milestones or take user input: validated
 * drafts, status for a selection, positions for many cards at once. Each returns a new
 * roadmap (or a refusal) and never writes data the schema would reject.
 */
import * as v from 'valibot'
import { addMilestone, updateMilestone, withStatus, type GraphResult } from './graph'
import { cleanText, hasVisibleText, stripControlChars } from './text'
import {
  LinkSchema,
  MAX_COORDINATE,
  MAX_ESTIMATE_HOURS,
  MAX_NOTES_LENGTH,
  MAX_SHORT_NOTE_LENGTH,
  MAX_TITLE_LENGTH,
  MilestoneSchema,
  type Link,
  type Locale,
  type Milestone,
  type Roadmap,
  type Status,
} from './schema'

/** Why a field of a draft was refused; the UI turns each into a message. */
export type FieldProblem =
  | 'title-empty'
  | 'title-too-long'
  | 'estimate-invalid'
  | 'notes-too-long'
  | 'link-invalid'
  | 'link-label-too-long'

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem }

/**
 * A title as typed: control characters are dropped and invisible ends trimmed; one with
 * nothing visible (only spaces or zero-width characters) is refused as empty.
 */
export function checkTitle(input: string): Checked<string> {
  const title = cleanText(input)
  if (!hasVisibleText(title)) return { ok: false, problem: 'title-empty' }
  if (title.length > MAX_TITLE_LENGTH) return { ok: false, problem: 'title-too-long' }
  return { ok: true, value: title }
}

/** Hours as typed in a form: a number from 0 to 10,000 (halves allowed). */
export function checkEstimate(input: string | number): Checked<number> {
  const text = String(input).trim().replace(',', '.')
  const hours = text === '' ? NaN : Number(text)
  if (!Number.isFinite(hours) || hours < 0 || hours > MAX_ESTIMATE_HOURS)
    return { ok: false, problem: 'estimate-invalid' }
  return { ok: true, value: Math.round(hours * 10) / 10 }
}

/** Notes as typed, without control characters (line breaks and tabs stay). */
export function checkNotes(input: string): Checked<string> {
  const notes = stripControlChars(input)
  return notes.length > MAX_NOTES_LENGTH
    ? { ok: false, problem: 'notes-too-long' }
    : { ok: true, value: notes }
}

/** A link as the user typed it; only http, https and mailto pass (the schema's own rule). */
export function checkLink(label: string, url: string): Checked<Link> {
  const link = { label: cleanText(label), url: url.trim() }
  if (link.label.length > MAX_TITLE_LENGTH) return { ok: false, problem: 'link-label-too-long' }
  return v.safeParse(LinkSchema, link).success
    ? { ok: true, value: link }
    : { ok: false, problem: 'link-invalid' }
}

/** The title of a milestone with the user's text in the given language. */
export function withTitle(current: Milestone['title'], locale: Locale, text: string) {
  return { ...current, [locale]: text }
}

export interface NewMilestoneDraft {
  title: string
  track: string
  estimateHours: string | number
  position?: { x: number; y: number }
}

export type CreateResult =
  | { ok: true; roadmap: Roadmap; milestone: Milestone }
  | { ok: false; field: 'title' | 'estimate'; problem: FieldProblem }
  | { ok: false; field: 'graph'; result: GraphResult & { ok: false } }

/**
 * A milestone made by the user: the title goes into the current UI language, the other side
 * stays empty (display falls back to it). The result is checked against the stored schema.
 */
export function createMilestone(
  roadmap: Roadmap,
  draft: NewMilestoneDraft,
  id: string,
  locale: Locale,
  now = new Date(),
): CreateResult {
  const title = checkTitle(draft.title)
  if (!title.ok) return { ok: false, field: 'title', problem: title.problem }
  const estimate = checkEstimate(draft.estimateHours)
  if (!estimate.ok) return { ok: false, field: 'estimate', problem: estimate.problem }
  const milestone: Milestone = {
    id,
    title: withTitle({ ko: '', en: '' }, locale, title.value),
    track: draft.track,
    status: 'todo',
    estimateHours: estimate.value,
    notes: '',
    links: [],
    advice: [],
    ...(draft.position ? { position: boundedPoint(draft.position) } : {}),
  }
  if (!v.safeParse(MilestoneSchema, milestone).success)
    return { ok: false, field: 'title', problem: 'title-too-long' }
  const result = addMilestone(roadmap, milestone, now)
  if (!result.ok) return { ok: false, field: 'graph', result }
  return { ok: true, roadmap: result.roadmap, milestone }
}

/** One status for many milestones: one new roadmap, so one undo step. */
export function setStatuses(
  roadmap: Roadmap,
  ids: Iterable<string>,
  status: Status,
  now = new Date(),
): GraphResult {
  const wanted = new Set(ids)
  for (const id of wanted)
    if (!roadmap.milestones.some((m) => m.id === id))
      return { ok: false, error: { kind: 'unknown-milestone', id } }
  let changed = false
  const milestones = roadmap.milestones.map((m) => {
    if (!wanted.has(m.id) || m.status === status) return m
    changed = true
    return withStatus(m, status, now)
  })
  if (!changed) return { ok: true, roadmap }
  return { ok: true, roadmap: { ...roadmap, milestones, updatedAt: now.toISOString() } }
}

export type Point = { x: number; y: number }

const bounded = (n: number) =>
  Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, Math.round(n * 10) / 10))

/** A card position as stored: rounded to tenths, within ±`MAX_COORDINATE` (the schema's bound). */
export function boundedPoint(p: Point): Point {
  return { x: bounded(p.x), y: bounded(p.y) }
}

/**
 * Card positions (graph coordinates of the centre), rounded to tenths and kept within the
 * schema's bound; unknown ids and positions that are not numbers are ignored.
 */
export function placeMilestones(
  roadmap: Roadmap,
  positions: ReadonlyMap<string, Point>,
  now = new Date(),
): Roadmap {
  let changed = false
  const milestones = roadmap.milestones.map((m) => {
    const p = positions.get(m.id)
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return m
    const position = boundedPoint(p)
    if (m.position && m.position.x === position.x && m.position.y === position.y) return m
    changed = true
    return { ...m, position }
  })
  return changed ? { ...roadmap, milestones, updatedAt: now.toISOString() } : roadmap
}

/** Removes several milestones and their edges at once. */
export function removeMilestones(
  roadmap: Roadmap,
  ids: Iterable<string>,
  now = new Date(),
): Roadmap {
  const gone = new Set(ids)
  if (!roadmap.milestones.some((m) => gone.has(m.id))) return roadmap
  return {
    ...roadmap,
    milestones: roadmap.milestones.filter((m) => !gone.has(m.id)),
    edges: roadmap.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to)),
    choiceGroups: roadmap.choiceGroups
      .map((g) => ({
        ...g,
        options: g.options.filter((o) => !gone.has(o)),
        chosen: g.chosen !== null && gone.has(g.chosen) ? null : g.chosen,
        mentorPick: g.mentorPick !== null && gone.has(g.mentorPick) ? null : g.mentorPick,
      }))
      .filter((g) => g.options.length >= 2),
    updatedAt: now.toISOString(),
  }
}

/** A field edit from the side panel, validated before it reaches the roadmap. */
export type MilestoneEdit =
  | { field: 'title'; locale: Locale; text: string }
  | { field: 'estimate'; text: string | number }
  | { field: 'notes'; text: string }
  | { field: 'track'; track: string }
  | { field: 'links'; links: Link[] }
  | { field: 'skipReason'; text: string }

export type EditResult =
  | { ok: true; roadmap: Roadmap }
  | { ok: false; problem: FieldProblem }
  | { ok: false; result: GraphResult & { ok: false } }

export function editMilestone(
  roadmap: Roadmap,
  id: string,
  edit: MilestoneEdit,
  now = new Date(),
): EditResult {
  const current = roadmap.milestones.find((m) => m.id === id)
  if (!current)
    return { ok: false, result: { ok: false, error: { kind: 'unknown-milestone', id } } }
  let patch: Partial<Omit<Milestone, 'id'>>
  switch (edit.field) {
    case 'title': {
      const title = checkTitle(edit.text)
      if (!title.ok) return { ok: false, problem: title.problem }
      if (current.title[edit.locale] === title.value) return { ok: true, roadmap }
      patch = { title: withTitle(current.title, edit.locale, title.value) }
      break
    }
    case 'estimate': {
      const hours = checkEstimate(edit.text)
      if (!hours.ok) return { ok: false, problem: hours.problem }
      if (current.estimateHours === hours.value) return { ok: true, roadmap }
      patch = { estimateHours: hours.value }
      break
    }
    case 'notes': {
      const notes = checkNotes(edit.text)
      if (!notes.ok) return { ok: false, problem: notes.problem }
      if (current.notes === notes.value) return { ok: true, roadmap }
      patch = { notes: notes.value }
      break
    }
    case 'skipReason': {
      const text = cleanText(edit.text)
      if (text.length > MAX_SHORT_NOTE_LENGTH) return { ok: false, problem: 'notes-too-long' }
      if ((current.skipReason ?? '') === text) return { ok: true, roadmap }
      patch = { skipReason: text }
      break
    }
    case 'track':
      if (current.track === edit.track) return { ok: true, roadmap }
      patch = { track: edit.track }
      break
    case 'links':
      for (const l of edit.links) {
        const checked = checkLink(l.label, l.url)
        if (!checked.ok) return { ok: false, problem: checked.problem }
      }
      patch = { links: edit.links.map((l) => ({ label: cleanText(l.label), url: l.url.trim() })) }
      break
  }
  const result = updateMilestone(roadmap, id, patch, now)
  return result.ok ? result : { ok: false, result }
}
