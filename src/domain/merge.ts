/**
 * Three-way merge of the app data, by record: what two tabs changed from the same stored
 * revision both survive when they touched different records (milestones, tracks, edges, time
 * entries, reviews, settings fields…), and a real conflict — the same field changed to two
 * different values — is reported, keeping the local value (what this tab's user sees).
 *
 * Arrays of records are merged by key (`id`, or `track` for weekly targets): an item added on
 * one side is kept, removed on one side and unchanged on the other is removed, removed on one
 * side and changed on the other is kept (and reported). Other arrays (edges `{from, to}`,
 * advice ids) are merged as sets. Instants ending in `At` (`updatedAt`, `statusChangedAt`…)
 * changed on both sides take the later one without a report. `activeRoadmapId` is the tab's
 * own choice. The result is validated by the caller; a merge that breaks an invariant (a cycle
 * made of two edges added in two tabs) is refused there.
 */
import type { AppData } from './schema'

export interface MergeConflict {
  /** Where: `['roadmaps', <roadmap id>, 'milestones', <milestone id>, 'notes']`. */
  path: readonly (string | number)[]
  /** The other tab's value there (absent when it deleted the record), shown to the user. */
  theirs?: unknown
}

export interface Merged {
  data: AppData
  conflicts: MergeConflict[]
}

type Json = unknown
type Path = (string | number)[]

const isObject = (x: Json): x is Record<string, Json> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => deepEqual(x, b[i]))
  }
  if (isObject(a)) {
    if (!isObject(b)) return false
    const keys = Object.keys(a).filter((k) => a[k] !== undefined)
    if (keys.length !== Object.keys(b).filter((k) => b[k] !== undefined).length) return false
    return keys.every((k) => deepEqual(a[k], b[k]))
  }
  return false
}

/** The key of a record in an array, or null when the array does not hold records. */
function keyOf(item: Json): string | null {
  if (!isObject(item)) return null
  if (typeof item.id === 'string') return item.id
  if (typeof item.track === 'string' && !('id' in item)) return `track:${item.track}`
  return null
}

/** Whether three versions of an array hold records (at least one item, every one keyed). */
const keyed = (...arrays: readonly Json[][]) => {
  const all = arrays.flat()
  return all.length > 0 && all.every((x) => keyOf(x) !== null)
}

function mergeKeyed(base: Json[], local: Json[], remote: Json[], path: Path, out: MergeConflict[]) {
  const index = (items: Json[]) => new Map(items.map((x) => [keyOf(x)!, x]))
  const b = index(base)
  const l = index(local)
  const r = index(remote)
  // Remote order, with local additions placed after the item before them locally.
  const order = [...r.keys()]
  local.forEach((item, i) => {
    const key = keyOf(item)!
    if (r.has(key)) return
    const before = i > 0 ? keyOf(local[i - 1]) : null
    const at = before === null ? -1 : order.indexOf(before)
    order.splice(at + 1, 0, key)
  })
  const result: Json[] = []
  for (const key of order) {
    const inB = b.get(key)
    const inL = l.get(key)
    const inR = r.get(key)
    const where = [...path, key.replace(/^track:/, '')]
    if (inL !== undefined && inR !== undefined) result.push(merge3(inB, inL, inR, where, out))
    else if (inR !== undefined) {
      // Only remote has it: new there, or removed here.
      if (inB === undefined) result.push(inR)
      else if (!deepEqual(inB, inR)) {
        out.push({ path: where, theirs: inR })
        result.push(inR)
      }
    } else if (inL !== undefined) {
      if (inB === undefined) result.push(inL)
      else if (!deepEqual(inB, inL)) {
        out.push({ path: where })
        result.push(inL)
      }
    }
  }
  return result
}

function mergeSets(base: Json[], local: Json[], remote: Json[]) {
  const key = (x: Json) => JSON.stringify(x)
  const b = new Set(base.map(key))
  const l = new Set(local.map(key))
  const r = new Set(remote.map(key))
  const removedHere = new Set([...b].filter((k) => !l.has(k)))
  const result = remote.filter((x) => !removedHere.has(key(x)))
  for (const x of local) if (!b.has(key(x)) && !r.has(key(x))) result.push(x)
  return result
}

function merge3(base: Json, local: Json, remote: Json, path: Path, out: MergeConflict[]): Json {
  if (local === remote || deepEqual(local, remote)) return local
  if (local === base || deepEqual(local, base)) return remote
  if (deepEqual(remote, base)) return local
  if (isObject(local) && isObject(remote)) {
    const b = isObject(base) ? base : {}
    const result: Record<string, Json> = {}
    const keys = [...Object.keys(remote), ...Object.keys(local).filter((k) => !(k in remote))]
    for (const key of keys) {
      const value = merge3(b[key], local[key], remote[key], [...path, key], out)
      if (value !== undefined) result[key] = value
    }
    return result
  }
  if (Array.isArray(local) && Array.isArray(remote)) {
    const b = Array.isArray(base) ? base : []
    if (keyed(b, local, remote)) return mergeKeyed(b, local, remote, path, out)
    return mergeSets(b, local, remote)
  }
  const field = path[path.length - 1]
  if (typeof field === 'string' && field.endsWith('At') && typeof local === 'string') {
    if (typeof remote === 'string') return local > remote ? local : remote
  }
  out.push({ path, theirs: remote })
  return local
}

/**
 * Merges what this tab changed since `base` (`local`) with what another tab stored since
 * (`remote`). Unchanged records keep their identity (`remote`'s, or `local`'s), so the stores'
 * identity checks (`sameAppData`) still see what is new.
 */
export function mergeAppData(base: AppData, local: AppData, remote: AppData): Merged {
  const conflicts: MergeConflict[] = []
  const data = merge3(
    { ...base, activeRoadmapId: null },
    { ...local, activeRoadmapId: null },
    { ...remote, activeRoadmapId: null },
    [],
    conflicts,
  ) as AppData
  const ids = new Set(data.roadmaps.map((r) => r.id))
  // A roadmap deleted in one tab takes its time log (and a timer on it) along.
  const timeLogs = Object.fromEntries(Object.entries(data.timeLogs).filter(([id]) => ids.has(id)))
  const wanted = local.activeRoadmapId
  return {
    data: {
      ...data,
      timeLogs,
      timer: data.timer && ids.has(data.timer.roadmapId) ? data.timer : null,
      activeRoadmapId: wanted !== null && ids.has(wanted) ? wanted : (data.roadmaps[0]?.id ?? null),
    },
    conflicts,
  }
}
