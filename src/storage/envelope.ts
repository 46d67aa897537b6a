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
  appDataChecks,
  isRecord,
  SCHEMA_VERSION,
  STORED_VERSION,
  VALIDATION_REVISION,
  type Envelope,
  type Unwrapped,
} from '../domain/migrations'
import { trustSteps, type AppData } from '../domain/schema'
import { runSteps } from '../domain/steps'

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

/**
 * The longest stretch of work between two pauses at load (and in a save's digest), in ms: small
 * enough that a slice the thread is preempted in (a busy machine) still ends within a frame's
 * 16 ms. At 4 ms, a slice plus the step that crossed the line took up to 5–6 ms of CPU; at 2 ms
 * the longest task of a big load is its `JSON.parse` (≈ 3 ms), which no slicing splits.
 */
export const SLICE_MS = 2

/** Characters of text encoded (for its digest) between two looks at the clock. */
const CHUNK = 1 << 14

/**
 * Names the step of a load that starts here in the page's timeline (User Timing), so a trace
 * tells which step a long task was (`bench/storage.ts`).
 */
export const mark = (name: string) => void globalThis.performance?.mark?.(name)

/** The steps of reading data this build did not write, named as `mark` names a load's. */
const stepMark = (step: string) => mark(`storage:${step}`)

/**
 * Stored text this long or longer is read in slices (`decode`): 64 Ki characters parse in well
 * under a millisecond, the default roadmap is ≈ 20 K.
 */
const LONG_TEXT = 1 << 16

/**
 * Whether reading `raw` takes long enough to be done in slices, a task each: text of
 * `LONG_TEXT` characters or more, and every object envelope (versions 1–4, validated in full).
 */
export const isLong = (raw: unknown): boolean =>
  !isTextEnvelope(raw) || raw.data.length >= LONG_TEXT

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

/**
 * `text` as UTF-8, from the next task on, with `pause` between slices of `SLICE_MS`
 * (`TextEncoder` takes 1–5 ms for 0.6 MB of text, and the hash needs all of it at once). The same bytes as one `encode`: a
 * slice never ends between the two halves of a surrogate pair (each alone would be U+FFFD).
 */
async function utf8(text: string, pause: () => Promise<void>): Promise<Uint8Array<ArrayBuffer>> {
  await pause() // not in the task that made the text (a save's serialisation, a load's read)
  mark('storage:digest')
  const encoder = new TextEncoder()
  // Room for text of one-byte characters (JSON mostly is); grown when a chunk may not fit.
  let bytes = new Uint8Array(text.length + 3 * CHUNK)
  let read = 0
  let written = 0
  let since = performance.now()
  while (read < text.length) {
    let end = Math.min(text.length, read + CHUNK)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
    const chunk = text.slice(read, end)
    if (bytes.length - written < 3 * chunk.length) {
      const larger = new Uint8Array(Math.max(2 * bytes.length, written + 3 * chunk.length))
      larger.set(bytes.subarray(0, written))
      bytes = larger
    }
    written += encoder.encodeInto(chunk, bytes.subarray(written)).written
    read = end
    if (read < text.length && performance.now() - since > SLICE_MS) {
      await pause()
      since = performance.now()
    }
  }
  return bytes.subarray(0, written)
}

/**
 * The digest of `text` as this build computes it; null without Web Crypto (not a secure
 * context). With `pause`, long text is encoded a slice per task (`utf8`); the hash itself runs
 * off the main thread.
 */
export async function digestOf(text: string, pause?: () => Promise<void>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return null
  try {
    const stamped = `${STORED_VERSION}.${VALIDATION_REVISION}\n${text}`
    const bytes =
      pause && text.length >= LONG_TEXT
        ? await utf8(stamped, pause)
        : new TextEncoder().encode(stamped)
    const hash = new Uint8Array(await subtle.digest('SHA-256', bytes))
    return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')
  } catch {
    return null
  }
}

/**
 * The envelope of validated data given as its JSON `text` (the caller validated it), with the
 * digest when `digest` is true (it resolves in a later task, the text encoded for it a slice per
 * task with `pause`; `false`: none, for a write that must be issued synchronously because the
 * page is going away).
 */
export function textEnvelope(text: string, now: Date, digest: false): TextEnvelope
export function textEnvelope(
  text: string,
  now: Date,
  digest?: true,
  pause?: () => Promise<void>,
): Promise<TextEnvelope>
export function textEnvelope(
  text: string,
  now: Date,
  digest = true,
  pause?: () => Promise<void>,
): TextEnvelope | Promise<TextEnvelope> {
  const envelope: TextEnvelope = {
    schemaVersion: STORED_VERSION,
    dataVersion: SCHEMA_VERSION,
    savedAt: now.toISOString(),
    data: text,
    digest: null,
  }
  if (!digest) return envelope
  return digestOf(text, pause).then((d) => ({ ...envelope, digest: d }))
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
  if (!isTextEnvelope(raw)) {
    mark('storage:upgrade')
    return (await sliced()).unwrapInSlices(raw, pause, SLICE_MS, stepMark)
  }
  if (raw.schemaVersion > STORED_VERSION)
    return {
      ok: false,
      reason: 'future-version',
      problems: [
        `saved by a newer version of the app (stored version ${raw.schemaVersion}, this one reads up to ${STORED_VERSION})`,
      ],
    }
  // A long text: every step below in tasks of its own, none past `SLICE_MS` but the parse (≈ 3 ms
  // for 0.6 MB): reading the stored copy (IndexedDB's task), encoding the text for its digest (a
  // slice per task; the hash runs off the main thread, during the parse), the parse, trusting the
  // records (a slice per task), checking across records; the caller's use of the data follows in
  // a task of its own (`appStorage.ts`, `load`). A short one (the default roadmap's) pauses only
  // before and after its parse, as before slices, and trusts and checks in one go: the first view
  // waits for it.
  const long = isLong(raw)
  const then = long ? pause : undefined
  const slice = long ? SLICE_MS : Infinity
  let digest: Promise<string | null> | null = null
  if (raw.dataVersion === SCHEMA_VERSION && typeof raw.digest === 'string')
    digest = digestOf(raw.data, then)
  if (long || digest) await pause()
  mark('storage:parse')
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
    // valid, and only what holds across records is checked again.
    mark('storage:trusted')
    await runSteps(trustSteps(data as AppData), pause, slice)
    if (long) await pause()
    mark('storage:check')
    const valid = await runSteps(appDataChecks(data), pause, slice)
    return valid.ok
      ? { ok: true, data: valid.value, migratedFrom: null, trusted: true }
      : { ok: false, reason: 'invalid', problems: valid.problems }
  }
  const envelope: Envelope = { schemaVersion: raw.dataVersion, savedAt: raw.savedAt, data }
  return (await sliced()).unwrapInSlices(envelope, pause, SLICE_MS, stepMark)
}
