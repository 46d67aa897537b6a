/**
 * The rolling backups (`BACKUP_KEYS`), split from `appStorage.ts` and loaded when first used
 * (after the first load: the first view does not need them). Each is a stored envelope of the
 * same form as the app's copy (`./envelope.ts`), written only for data that validates.
 */
import { isRecord, validateAppData } from '../domain/migrations'
import type { AppData } from '../domain/schema'
import type { Backup } from './appStorage'
import { decode, isTextEnvelope } from './envelope'
import { BACKUP_KEYS, STORE_NAME } from './keys'

/** A stored backup envelope as a `Backup`, or null when it is missing or no longer validates. */
async function readBackup(raw: unknown, pause: () => Promise<void>): Promise<Backup | null> {
  if (raw === null || raw === undefined) return null
  const result = await decode(raw, pause)
  return result.ok ? { data: result.data, savedAt: (raw as { savedAt: string }).savedAt } : null
}

/** The text of a stored envelope's data, to tell whether a backup holds the same data. */
const textOf = (raw: unknown): string | null =>
  isTextEnvelope(raw) ? raw.data : isRecord(raw) ? (JSON.stringify(raw.data) ?? null) : null

export interface BackupContext {
  idb: () => Promise<IDBDatabase>
  get: (key: string) => Promise<unknown>
  pause: () => Promise<void>
  writing: () => Promise<typeof import('./json')>
}

export function createBackups({ idb, get, pause, writing }: BackupContext) {
  /** Every rolling backup that still validates, newest first (an unreadable date last). */
  async function listBackups(): Promise<Backup[]> {
    const backups: Backup[] = []
    for (const key of BACKUP_KEYS) {
      const backup = await readBackup(await get(key), pause)
      if (backup) backups.push(backup)
    }
    const time = (b: Backup) => Date.parse(b.savedAt) || 0
    return backups.sort((a, b) => time(b) - time(a))
  }

  /** See `AppStorage.backup`. */
  async function backup(
    data: AppData,
    now = new Date(),
    minIntervalMs = 0,
    over?: string,
  ): Promise<boolean> {
    if (data.roadmaps.length === 0) return false
    const db = await idb()
    if (minIntervalMs > 0) {
      // Most calls stop here: the newest backup is recent. Backups are text, cheap to read.
      const dates = await Promise.all(BACKUP_KEYS.map((key) => get(key)))
      const newest = Math.max(
        ...dates.map((raw) => (isRecord(raw) ? Date.parse(String(raw.savedAt)) || 0 : 0)),
      )
      if (newest > now.getTime() - minIntervalMs) return false
    }
    if (!validateAppData(data).ok) return false
    const envelope = await (await writing()).encode(data, now, pause)
    let written = false
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE_NAME, 'readwrite')
      tx.oncomplete = () => resolve()
      tx.onabort = () => reject(tx.error ?? new Error('backup aborted'))
      const objects = tx.objectStore(STORE_NAME)
      const reads = BACKUP_KEYS.map((key) => objects.get(key))
      // Requests run in order: when the last read is done, all are. An empty slot is taken
      // first, else `over`, else the oldest; one whose date cannot be read counts as older
      // than any.
      reads[reads.length - 1]!.onsuccess = () => {
        const age = (raw: unknown) => {
          if (raw === undefined) return -2
          const at =
            isRecord(raw) && typeof raw.savedAt === 'string' ? Date.parse(raw.savedAt) : NaN
          return Number.isNaN(at) ? -1 : at
        }
        const ages = reads.map((r) => age(r.result))
        const newest: unknown = reads[ages.indexOf(Math.max(...ages))]?.result
        if (minIntervalMs > 0 && Math.max(...ages) > now.getTime() - minIntervalMs) return
        if (newest && textOf(newest) === envelope.data) return
        // The backup saved at `over` is being restored: its data is about to be the app's own.
        const chosen =
          over && !ages.includes(-2)
            ? reads.findIndex((r) => (r.result as Backup | undefined)?.savedAt === over)
            : -1
        const slot = chosen >= 0 ? chosen : ages.indexOf(Math.min(...ages))
        objects.put(envelope, BACKUP_KEYS[slot] ?? BACKUP_KEYS[0])
        written = true
      }
    })
    return written
  }

  return { backup, listBackups }
}
