/** When to remind the user to keep a copy of their data outside the browser. */

export const EXPORT_REMINDER_DAYS = 14
const DAY_MS = 86_400_000

/**
 * Due when the last export (or, never exported, the oldest roadmap) is older than 14 days.
 * Returns the whole days since then, or null when no reminder is due.
 */
export function exportReminderDue(
  lastExportAt: string | null | undefined,
  oldestRoadmapAt: string | null,
  now: Date,
): number | null {
  const since = lastExportAt ?? oldestRoadmapAt
  if (!since) return null
  const t = Date.parse(since)
  if (Number.isNaN(t)) return null
  const days = Math.floor((now.getTime() - t) / DAY_MS)
  return days > EXPORT_REMINDER_DAYS ? days : null
}
