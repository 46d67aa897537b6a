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
import { finish } from './steps'

/** What a title with nothing visible shows instead, in both languages. */
export const UNTITLED = { ko: '제목 없음', en: 'Untitled' } as const

type Json = Record<string, unknown>

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * `list` with every item through `f`, a step each (`runSteps` spreads them over tasks); the list
 * itself when no item changed, so data with nothing to clean allocates nothing new.
 */
function* mapSteps(
  list: readonly unknown[],
  f: (x: unknown) => unknown,
): Generator<void, unknown[]> {
  let out: unknown[] | null = null
  for (let i = 0; i < list.length; i++) {
    const x = list[i]
    const y = f(x)
    if (out) out.push(y)
    else if (y !== x) (out = list.slice(0, i)).push(y)
    yield
  }
  return out ?? (list as unknown[])
}

/** Every string in `value` without control characters; new objects only where one changed. */
function stripDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControlChars(value)
  if (Array.isArray(value)) return finish(mapSteps(value, stripDeep))
  if (isObject(value)) {
    const keys = Object.keys(value)
    for (let i = 0; i < keys.length; i++) {
      const x = value[keys[i]!]
      const y = stripDeep(x)
      // From the first change on, a copy made of own data properties (`__proto__` included, as
      // JSON.parse makes them), never by assignment.
      if (y !== x)
        return Object.fromEntries(
          keys.map((k, j) => [k, j < i ? value[k] : j === i ? y : stripDeep(value[k])]),
        )
    }
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

/**
 * One object, stripped (`stripDeep`), with its `title` (and optional `description`, `reason`)
 * made visible; itself when nothing changed.
 */
function fixTexts(raw: unknown): unknown {
  const item = stripDeep(raw)
  if (!isObject(item)) return item
  const title = 'title' in item ? fixTitle(item.title) : undefined
  const reason = 'reason' in item ? fixTitle(item.reason) : undefined
  const description = 'description' in item ? visibleText(item.description) : undefined
  if (title === item.title && reason === item.reason && description !== null)
    if (description === undefined || description === item.description) return item
  const out: Json = { ...item }
  if ('title' in item) out.title = title
  if ('reason' in item) out.reason = reason
  if (description === null) delete out.description
  else if (description !== undefined) out.description = description
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

/** A saved review's milestones keep their titles as they were: visible ones. */
function fixReview(raw: unknown): unknown {
  const review = stripDeep(raw)
  if (!isObject(review) || !Array.isArray(review.done)) return review
  const done = finish(mapSteps(review.done, fixTexts))
  return done === review.done ? review : { ...review, done }
}

/**
 * `object` stripped, its `lists` (keys whose value is an array) cleaned by their function a step
 * per item: a new object, in the same key order.
 */
function* fieldSteps(
  object: Json,
  lists: Record<string, (x: unknown) => unknown>,
): Generator<void, Json> {
  const entries: [string, unknown][] = []
  for (const [key, value] of Object.entries(object)) {
    const fix = Object.hasOwn(lists, key) ? lists[key] : undefined
    entries.push([
      key,
      fix && Array.isArray(value) ? yield* mapSteps(value, fix) : stripDeep(value),
    ])
  }
  return Object.fromEntries(entries)
}

const ROADMAP_LISTS = {
  milestones: fixMilestone,
  edges: stripDeep,
  tracks: fixTexts,
  choiceGroups: fixTexts,
}
const TIME_LOG_LISTS = { entries: stripDeep, reviews: fixReview, weekPlans: stripDeep }

/**
 * `normalizeAppData` as steps, one per record (milestone, edge, time entry…), so a caller can
 * spread years of data over several tasks (`runSteps`).
 */
export function* normalizeSteps(data: unknown): Generator<void, unknown> {
  if (!isObject(data)) return stripDeep(data)
  const parts: Record<string, (x: unknown) => Generator<void, unknown>> = {
    *roadmaps(list) {
      if (!Array.isArray(list)) return stripDeep(list)
      const out: unknown[] = []
      for (const r of list)
        out.push(isObject(r) ? yield* fieldSteps(r, ROADMAP_LISTS) : stripDeep(r))
      return out
    },
    *timeLogs(logs) {
      if (!isObject(logs)) return stripDeep(logs)
      const out: [string, unknown][] = []
      for (const [id, log] of Object.entries(logs))
        out.push([id, isObject(log) ? yield* fieldSteps(log, TIME_LOG_LISTS) : stripDeep(log)])
      return Object.fromEntries(out)
    },
  }
  const entries: [string, unknown][] = []
  for (const [key, value] of Object.entries(data)) {
    const part = Object.hasOwn(parts, key) ? parts[key] : undefined
    entries.push([key, part ? yield* part(value) : stripDeep(value)])
  }
  return Object.fromEntries(entries)
}

/** App data (current schema, before validation) cleaned of what the stricter rules refuse. */
export const normalizeAppData = (data: unknown): unknown => finish(normalizeSteps(data))
