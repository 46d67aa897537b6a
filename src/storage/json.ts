/**
 * The save side of the stored copy, loaded after start-up (the first view only reads):
 * `JSON.stringify` with the text of every deep-frozen object remembered: records never change
 * once frozen (`domain/frozen.ts`), so a save serialises only the records that changed and joins
 * the rest's text. The output is the text `JSON.stringify` gives for the app's data (plain
 * objects, arrays, strings, finite numbers, booleans and null; undefined properties left out).
 */
import { isDeepFrozen } from '../domain/frozen'
import type { AppData } from '../domain/schema'
import { textEnvelope, type TextEnvelope } from './envelope'

const texts = new WeakMap<object, string>()

/** Arrays longer than this are joined from their items' texts; smaller values are stringified whole. */
const LONG = 32

const hasLongArray = (value: object) =>
  Object.values(value).some((x) => Array.isArray(x) && x.length > LONG)

export function toJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null'
  const frozen = isDeepFrozen(value)
  if (frozen) {
    const known = texts.get(value)
    if (known !== undefined) return known
  }
  let text: string
  if (Array.isArray(value))
    text = `[${value.map((item) => (item === undefined || typeof item === 'function' ? 'null' : toJson(item))).join(',')}]`
  else if (frozen && !hasLongArray(value)) text = JSON.stringify(value)
  else {
    const parts: string[] = []
    for (const [key, item] of Object.entries(value))
      if (item !== undefined && typeof item !== 'function')
        parts.push(`${JSON.stringify(key)}:${toJson(item)}`)
    text = `{${parts.join(',')}}`
  }
  if (frozen) texts.set(value, text)
  return text
}

/**
 * Fills the cache for `value`'s records a slice at a time (`pause` between slices), so the first
 * save after a load does not serialise everything in one task.
 */
export async function warmJson(value: unknown, pause: () => Promise<void>, sliceMs = 8) {
  let since = performance.now()
  const visit = async (x: unknown): Promise<void> => {
    if (typeof x !== 'object' || x === null) return
    if (Array.isArray(x) && x.length > LONG) {
      for (const item of x) {
        toJson(item)
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

/** The envelope of validated `data` (`envelope.ts`), its digest computed off the main thread. */
export function encode(data: AppData, now: Date): Promise<TextEnvelope> {
  return textEnvelope(toJson(data), now)
}
