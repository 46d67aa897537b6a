/**
 * The lenient side of rules that became stricter after data was saved under the old ones: a
 * roadmap stored (or exported) before them must still open, so stored and imported data is
 * cleaned before it is validated, instead of being refused. Only what the new rules forbid
 * changes; the data keeps its shape, so no schema step is needed.
 *
 * - Control characters (tab and line breaks stay) are removed from every text.
 * - A card position that is not a pair of numbers within ±`MAX_COORDINATE` is dropped: the
 *   card is laid out again (graphLayout) instead of drawn at 1e308.
 * - A side of a bilingual text with nothing visible (only zero-width characters, say) becomes
 *   empty, so the other language shows; a title with nothing visible on either side becomes
 *   "Untitled", a description is dropped.
 *
 * Pure and defensive: it reads unknown input, changes only what it recognises and leaves the
 * rest for the schema to judge.
 */
import { MAX_COORDINATE } from './schema'
import { hasVisibleText, stripControlChars } from './text'

/** What a title with nothing visible shows instead, in both languages. */
export const UNTITLED = { ko: '제목 없음', en: 'Untitled' } as const

type Json = Record<string, unknown>

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)

/** Every string in `value` without control characters; new objects only where one changed. */
function stripDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControlChars(value)
  if (Array.isArray(value)) {
    const out = value.map(stripDeep)
    return out.some((x, i) => x !== value[i]) ? out : value
  }
  if (isObject(value)) {
    let changed = false
    const entries = Object.entries(value).map(([k, x]) => {
      const y = stripDeep(x)
      if (y !== x) changed = true
      return [k, y] as const
    })
    return changed ? Object.fromEntries(entries) : value
  }
  return value
}

const inRange = (n: unknown) =>
  typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE

/** A bilingual text with invisible sides emptied; `null` when nothing is left. */
function visibleText(text: unknown): Json | null | undefined {
  if (!isObject(text)) return undefined
  const side = (s: unknown) => (typeof s === 'string' && !hasVisibleText(s) ? '' : s)
  const ko = side(text.ko)
  const en = side(text.en)
  if (ko === '' && en === '') return null
  return ko === text.ko && en === text.en ? text : { ...text, ko, en }
}

function fixTitle(title: unknown): unknown {
  const fixed = visibleText(title)
  return fixed === null ? { ...UNTITLED } : (fixed ?? title)
}

/** One object with its `title` (and optional `description`, `reason`) made visible. */
function fixTexts(item: unknown): unknown {
  if (!isObject(item)) return item
  const out: Json = { ...item }
  if ('title' in item) out.title = fixTitle(item.title)
  if ('reason' in item) out.reason = fixTitle(item.reason)
  if ('description' in item) {
    const description = visibleText(item.description)
    if (description === null) delete out.description
    else if (description !== undefined) out.description = description
  }
  return out
}

function fixMilestone(item: unknown): unknown {
  const m = fixTexts(item)
  if (!isObject(m) || !('position' in m)) return m
  const p = m.position
  if (isObject(p) && inRange(p.x) && inRange(p.y)) return m
  const rest = { ...m }
  delete rest.position
  return rest
}

function fixRoadmap(roadmap: unknown): unknown {
  if (!isObject(roadmap)) return roadmap
  const list = (key: string, fix: (x: unknown) => unknown) =>
    Array.isArray(roadmap[key]) ? { [key]: (roadmap[key] as unknown[]).map(fix) } : {}
  return {
    ...roadmap,
    ...list('milestones', fixMilestone),
    ...list('tracks', fixTexts),
    ...list('choiceGroups', fixTexts),
  }
}

/** A saved review's milestones keep their titles as they were: visible ones. */
function fixTimeLog(log: unknown): unknown {
  if (!isObject(log) || !Array.isArray(log.reviews)) return log
  return {
    ...log,
    reviews: log.reviews.map((review: unknown) =>
      isObject(review) && Array.isArray(review.done)
        ? { ...review, done: review.done.map(fixTexts) }
        : review,
    ),
  }
}

/** App data (current schema, before validation) cleaned of what the stricter rules refuse. */
export function normalizeAppData(data: unknown): unknown {
  const stripped = stripDeep(data)
  if (!isObject(stripped)) return stripped
  const out: Json = { ...stripped }
  if (Array.isArray(stripped.roadmaps)) out.roadmaps = stripped.roadmaps.map(fixRoadmap)
  if (isObject(stripped.timeLogs))
    out.timeLogs = Object.fromEntries(
      Object.entries(stripped.timeLogs).map(([id, log]) => [id, fixTimeLog(log)]),
    )
  return out
}
