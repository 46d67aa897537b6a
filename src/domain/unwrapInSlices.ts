/**
 * Stored data of unknown origin read without a long task (loaded only when such data is met:
 * copies of earlier versions, or one that fails its digest; `storage/envelope.ts`).
 */
import * as v from 'valibot'
import { appDataChecks, isRecord, type Unwrapped } from './migrations'
import { runSteps } from './steps'
import { migrationSteps, unwrapped, validated } from './unwrap'
import { RecordSchemas } from './schema'

/**
 * `unwrap` without a long task: the migrations and the normalisation as steps, the records
 * validated a slice at a time, `pause` (a new task) between slices, then `validateAppData` finds
 * them all remembered and checks only across records. For stored data of unknown origin (older
 * versions, a copy that fails its digest). `step` is told each part as it starts (the load names
 * it in the page's timeline).
 */
export async function unwrapInSlices(
  raw: unknown,
  pause: () => Promise<void>,
  sliceMs = 8,
  step: (name: 'migrate' | 'records' | 'check') => void = () => {},
): Promise<Unwrapped> {
  step('migrate')
  const migrated = await runSteps(migrationSteps(raw), pause, sliceMs)
  if (!migrated.ok) return migrated
  await pause()
  step('records')
  let since = performance.now()
  /** Each item of `list` as its record schema outputs it (itself when invalid: reported later). */
  const each = async (list: unknown, schema: v.GenericSchema): Promise<unknown> => {
    if (!Array.isArray(list)) return list
    const out: unknown[] = []
    for (const item of list) {
      const result = v.safeParse(schema, item)
      out.push(result.success ? result.output : item)
      if (performance.now() - since > sliceMs) {
        await pause()
        since = performance.now()
      }
    }
    return out
  }
  const data = migrated.data
  if (isRecord(data) && Array.isArray(data.roadmaps)) {
    const roadmaps: unknown[] = []
    for (const r of data.roadmaps)
      roadmaps.push(
        isRecord(r)
          ? {
              ...r,
              milestones: await each(r.milestones, RecordSchemas.milestone),
              edges: await each(r.edges, RecordSchemas.edge),
              tracks: await each(r.tracks, RecordSchemas.track),
              choiceGroups: await each(r.choiceGroups, RecordSchemas.choiceGroup),
            }
          : r,
      )
    const timeLogs: Record<string, unknown> = {}
    if (isRecord(data.timeLogs))
      for (const [id, log] of Object.entries(data.timeLogs))
        timeLogs[id] = isRecord(log)
          ? { ...log, entries: await each(log.entries, RecordSchemas.entry) }
          : log
    await pause()
    step('check')
    const whole = { ...data, roadmaps, ...(isRecord(data.timeLogs) ? { timeLogs } : {}) }
    return unwrapped(await runSteps(appDataChecks(whole), pause, sliceMs), migrated.from)
  }
  return validated(data, migrated.from)
}
