/**
 * How app data is kept in IndexedDB (the app key and the rolling backups), from stored version 5
 * (`STORED_VERSION`): the data as JSON text, with the digest of that text.
 *
 * Why text: IndexedDB copies a stored value on the main thread (structured clone) when writing
 * and again when reading; for years of data (0.6 MB) that is ≈ 17–40 ms per copy of an object
 * graph, and ≈ 1 ms for a string. The text of unchanged records is reused (`json.ts`).
 *
 * Why a digest: this build validates data before it writes it, so a copy it wrote and that
 * reads back intact needs no full validation at load. The SHA-256 (Web Crypto, computed off the
 * main thread) covers the text, the stored version and `VALIDATION_REVISION`; a copy that does
 * not match (damaged, edited by hand, written during `pagehide` without one, or under older
 * rules) is validated in full, a slice per task (`unwrapInSlices`).
 *
 * The field holding the text is `data`, as in the object envelopes of versions 1–4: a build that
 * knows only those reads an envelope whose `schemaVersion` is above its own and says "saved by
 * a newer version", and stops writing, rather than taking it for unreadable data.
 */
import {
  isRecord,
  SCHEMA_VERSION,
  STORED_VERSION,
  validateAppData,
  VALIDATION_REVISION,
  type Envelope,
  type Unwrapped,
} from '../domain/migrations'
import { trustSteps, type AppData } from '../domain/schema'

export interface TextEnvelope {
  schemaVersion: number
  /** The schema version of the data in `data`. */
  dataVersion: number
  savedAt: string
  /** The data as JSON text. */
  data: string
  /** SHA-256 of the text (hex), or null when none could be computed (`final` writes). */
  digest: string | null
}

/** The validation of data this build did not write, loaded when such data is met. */
const sliced = () => import('../domain/unwrapInSlices')

/** The longest stretch of work between two pauses at load, in ms. */
const SLICE_MS = 8

/** Whether `raw` is a stored envelope of version 5 or later (text), as opposed to 1–4 (object). */
export function isTextEnvelope(raw: unknown): raw is TextEnvelope {
  return (
    isRecord(raw) &&
    Number.isInteger(raw.schemaVersion) &&
    (raw.schemaVersion as number) >= 5 &&
    typeof raw.data === 'string'
  )
}

/** Whether digests can be computed here (Web Crypto exists only in secure contexts). */
export const canDigest = (): boolean => !!globalThis.crypto?.subtle

/** The digest of `text` as this build computes it; null without Web Crypto (not a secure context). */
export async function digestOf(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return null
  try {
    const bytes = new TextEncoder().encode(`${STORED_VERSION}.${VALIDATION_REVISION}\n${text}`)
    const hash = new Uint8Array(await subtle.digest('SHA-256', bytes))
    return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')
  } catch {
    return null
  }
}

/**
 * The envelope of validated data given as its JSON `text` (the caller validated it), with the
 * digest when `digest` is true (it resolves in a later task; `false`: none, for a write that must
 * be issued synchronously because the page is going away).
 */
export function textEnvelope(text: string, now: Date, digest: false): TextEnvelope
export function textEnvelope(text: string, now: Date, digest?: true): Promise<TextEnvelope>
export function textEnvelope(
  text: string,
  now: Date,
  digest = true,
): TextEnvelope | Promise<TextEnvelope> {
  const envelope: TextEnvelope = {
    schemaVersion: STORED_VERSION,
    dataVersion: SCHEMA_VERSION,
    savedAt: now.toISOString(),
    data: text,
    digest: null,
  }
  if (!digest) return envelope
  return digestOf(text).then((d) => ({ ...envelope, digest: d }))
}

/**
 * Reads a stored envelope of any version into current app data, or says why not, without a
 * long task: a text envelope whose digest matches is trusted (it was validated when written);
 * any other data is validated a slice per task.
 */
export async function decode(
  raw: unknown,
  pause: () => Promise<void>,
): Promise<Unwrapped & { trusted?: true }> {
  if (!isTextEnvelope(raw)) return (await sliced()).unwrapInSlices(raw, pause)
  if (raw.schemaVersion > STORED_VERSION)
    return {
      ok: false,
      reason: 'future-version',
      problems: [
        `saved by a newer version of the app (stored version ${raw.schemaVersion}, this one reads up to ${STORED_VERSION})`,
      ],
    }
  // The digest is computed off the main thread while the text is parsed on it; the text's
  // encoding for it (on the main thread) and the parse each take a task of their own.
  const digest =
    raw.dataVersion === SCHEMA_VERSION && typeof raw.digest === 'string' ? digestOf(raw.data) : null
  if (digest) await pause()
  let data: unknown
  try {
    data = JSON.parse(raw.data)
  } catch {
    return { ok: false, reason: 'invalid', problems: ['the stored text is not JSON'] }
  }
  const trusted = digest !== null && raw.digest === (await digest)
  await pause()
  if (trusted && isRecord(data) && Array.isArray(data.roadmaps) && isRecord(data.timeLogs)) {
    // Written by this build after validation, under the same rules: its records are taken as
    // valid, and only what holds across records is checked again (a few ms).
    globalThis.performance?.mark?.('storage:trusted')
    let since = performance.now()
    for (const steps = trustSteps(data as AppData); !steps.next().done;)
      if (performance.now() - since > SLICE_MS) {
        await pause()
        since = performance.now()
      }
    const valid = validateAppData(data)
    return valid.ok
      ? { ok: true, data: valid.value, migratedFrom: null, trusted: true }
      : { ok: false, reason: 'invalid', problems: valid.problems }
  }
  const envelope: Envelope = { schemaVersion: raw.dataVersion, savedAt: raw.savedAt, data }
  return (await sliced()).unwrapInSlices(envelope, pause)
}
