import type { AppData } from './schema'

/**
 * Whether two snapshots of the app data hold the same data, without serialising them: the
 * stores never change a roadmap or a time log in place (every edit makes a new object and
 * shares the unchanged ones), so roadmaps and time logs compare by identity and everything
 * else (active id, settings, timer, any field added later) by value. A false "different" costs one needless write; a
 * false "same" cannot happen as long as that immutability holds.
 */
export function sameAppData(a: AppData, b: AppData): boolean {
  if (a === b) return true
  if (a.roadmaps.length !== b.roadmaps.length) return false
  if (a.roadmaps.some((r, i) => r !== b.roadmaps[i])) return false
  const logs = Object.keys(a.timeLogs)
  if (logs.length !== Object.keys(b.timeLogs).length) return false
  if (logs.some((id) => a.timeLogs[id] !== b.timeLogs[id])) return false
  const rest = (d: AppData) => JSON.stringify({ ...d, roadmaps: undefined, timeLogs: undefined })
  return rest(a) === rest(b)
}
