/**
 * The save side of the stored copy, loaded after start-up (the first view only reads):
 * `JSON.stringify` with the text of deep-frozen data remembered: records never change once frozen
 * (`domain/frozen.ts`), so a save serialises only what changed and joins the rest's text. The
 * output is the text `JSON.stringify` gives for the app's data (plain objects, arrays, strings,
 * finite numbers, booleans and null; undefined properties left out).
 *
 * What is remembered is one copy of the text, no more: long lists (milestones, prerequisites,
 * time entries) by slices of `SLICE` records, each slice by its first record and checked record
 * by record (an edit re-serialises the slice it falls in); other frozen objects without a long
 * list (settings, a small roadmap) whole. The text of a list, and of the roadmap or log holding
 * it, is joined again at each save. Remembering those too (as before) kept the whole text three
 * times over (records, their list, its roadmap), and again for every version of a list the undo
 * history held (JS heap after 20 saved edits at 1,000 milestones: 24.6 MiB, this way 6.2 MiB).
 * In Chromium, 1,000 milestones and 2,192 entries (0.6 MB), one edit: 0.5–0.7 ms a save, as
 * before; `JSON.stringify` of the whole takes 2.8–3.5 ms, a cold cache 7–8 ms (hence `warmJson`).
 */
import { isDeepFrozen } from '../domain/frozen'
import type { AppData } from '../domain/schema'
import { textEnvelope, type TextEnvelope } from './envelope'

/** Frozen objects without a long list: their text. */
const texts = new WeakMap<object, string>()

/** Arrays longer than this are serialised, and remembered, by slices of this many items. */
const SLICE = 32

/** A slice of a long list, by its first item: the items it was made of, and their text. */
const slices = new WeakMap<object, { items: readonly unknown[]; text: string }>()

const hasLongArray = (value: object) =>
  Object.values(value).some((x) => Array.isArray(x) && x.length > SLICE)

/** A frozen value whose whole text can be remembered (a record), or a primitive. */
const isRecordLike = (x: unknown) =>
  typeof x !== 'object' || x === null || (isDeepFrozen(x) && !hasLongArray(x))

const itemText = (item: unknown) =>
  item === undefined || typeof item === 'function' ? 'null' : toJson(item)

/** The text of `list`'s items from `start` (at most `SLICE` of them), without brackets. */
function sliceText(list: readonly unknown[], start: number): string {
  const end = Math.min(list.length, start + SLICE)
  const first = list[start]
  const key = typeof first === 'object' && first !== null ? first : null
  const known = key && slices.get(key)
  if (known && known.items.length === end - start) {
    let same = true
    for (let i = start; same && i < end; i++) same = known.items[i - start] === list[i]
    if (same) return known.text
  }
  const items = list.slice(start, end)
  if (!key || !items.every(isRecordLike)) return items.map(itemText).join(',')
  // Records only (deep-frozen, or primitives): their text cannot change while they are the same.
  const text = JSON.stringify(items).slice(1, -1)
  slices.set(key, { items, text })
  // Their own slices (of a list before an insertion or removal shifted it) are out of date.
  for (let i = 1; i < items.length; i++) {
    const item = items[i]
    if (typeof item === 'object' && item !== null) slices.delete(item)
  }
  return text
}

export function toJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    if (value.length <= SLICE) return `[${value.map(itemText).join(',')}]`
    const parts: string[] = []
    for (let start = 0; start < value.length; start += SLICE) parts.push(sliceText(value, start))
    return `[${parts.join(',')}]`
  }
  if (isDeepFrozen(value)) {
    const known = texts.get(value)
    if (known !== undefined) return known
    if (!hasLongArray(value)) {
      const text = JSON.stringify(value)
      texts.set(value, text)
      return text
    }
  }
  const parts: string[] = []
  for (const [key, item] of Object.entries(value))
    if (item !== undefined && typeof item !== 'function')
      parts.push(`${JSON.stringify(key)}:${toJson(item)}`)
  return `{${parts.join(',')}}`
}

/**
 * Fills the cache for `value`'s long lists a slice at a time (`pause` between slices), so the
 * first save after a load does not serialise everything in one task.
 */
export async function warmJson(value: unknown, pause: () => Promise<void>, sliceMs = 8) {
  let since = performance.now()
  const visit = async (x: unknown): Promise<void> => {
    if (typeof x !== 'object' || x === null) return
    if (Array.isArray(x) && x.length > SLICE) {
      for (let start = 0; start < x.length; start += SLICE) {
        sliceText(x, start)
        if (performance.now() - since > sliceMs) {
          await pause()
          since = performance.now()
        }
      }
    } else if (!Array.isArray(x) && (!isDeepFrozen(x) || hasLongArray(x)))
      for (const item of Object.values(x)) await visit(item)
  }
  await visit(value)
}

/**
 * The envelope of validated `data` (`envelope.ts`), its digest computed off the main thread (its
 * text encoded for it a slice per task with `pause`).
 */
export function encode(
  data: AppData,
  now: Date,
  pause?: () => Promise<void>,
): Promise<TextEnvelope> {
  return textEnvelope(toJson(data), now, true, pause)
}
