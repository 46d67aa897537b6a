/**
 * The unload journal: a synchronous `localStorage` copy of app data that is not stored yet,
 * written when the page hides or unloads, read back at the next start.
 *
 * Why: an IndexedDB transaction issued inside `pagehide` is lost about half the time (issue #14
 * measured 37 of 80 on a bare page: the page goes away before it commits), while a
 * `localStorage` write in the same handler is done when `setItem` returns (560 of 560). So the
 * last changes of a page that leaves during a save survive in the journal, and the next page
 * applies them to the stored data and writes them to IndexedDB.
 *
 * One key per tab (its writer id), so two tabs closing together do not overwrite each other's.
 * A journal is only a hint: it is validated like any stored data before it is used, and applied
 * only when the stored data is not newer than the revision it was based on.
 */
import { wrap } from '@/domain/migrations'
import type { AppData } from '@/domain/schema'
import { JOURNAL_PREFIX } from './keys'

export interface JournalEntry {
  /** The stored revision the tab's data was based on. */
  base: number
  /** The tab that wrote it (its storage writer id). */
  writer: string
  savedAt: string
  data: AppData
}

/** `localStorage`, or null where there is none or it may not be used (some private modes). */
export const localStore = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Writes this tab's journal; false when it could not (no localStorage, quota). Synchronous. */
export function writeJournal(writer: string, base: number, data: AppData): boolean {
  const ls = localStore()
  if (!ls) return false
  try {
    ls.setItem(JOURNAL_PREFIX + writer, JSON.stringify({ base, writer, envelope: wrap(data) }))
    return true
  } catch {
    return false
  }
}

export function clearJournal(writer: string): void {
  try {
    localStore()?.removeItem(JOURNAL_PREFIX + writer)
  } catch {
    // Nothing to clear.
  }
}

/**
 * Every journal that validates (migrated to the current schema), oldest first. Reading one
 * loads the migrations (`domain/unwrap.ts`); most starts find none and load nothing.
 */
export async function readJournals(): Promise<JournalEntry[]> {
  const ls = localStore()
  if (!ls) return []
  let found = false
  for (let i = 0; i < ls.length; i++) if (ls.key(i)?.startsWith(JOURNAL_PREFIX)) found = true
  if (!found) return []
  const { unwrap } = await import('@/domain/unwrap')
  const entries: JournalEntry[] = []
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i)
    if (!key?.startsWith(JOURNAL_PREFIX)) continue
    try {
      const raw = JSON.parse(ls.getItem(key) ?? 'null') as {
        base?: unknown
        writer?: unknown
        envelope?: { savedAt?: unknown }
      } | null
      const result = unwrap(raw?.envelope)
      if (
        raw &&
        result.ok &&
        Number.isSafeInteger(raw.base) &&
        typeof raw.writer === 'string' &&
        typeof raw.envelope?.savedAt === 'string'
      )
        entries.push({
          base: raw.base as number,
          writer: raw.writer,
          savedAt: raw.envelope.savedAt,
          data: result.data,
        })
    } catch {
      // Not JSON: ignored, and removed with the others below.
    }
  }
  return entries.sort((a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt))
}

/** Removes every journal (after they were applied, or found stale). */
export function clearJournals(): void {
  const ls = localStore()
  if (!ls) return
  const keys: string[] = []
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i)
    if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key)
  }
  for (const key of keys) ls.removeItem(key)
}
