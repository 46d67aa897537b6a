/**
 * Files the app writes for the user to keep: one roadmap with its time log, or everything.
 * Kept apart from `import.ts` so the code that downloads a backup (loaded at start for the
 * export reminder) does not carry the import parser with it.
 */
import { SCHEMA_VERSION } from './migrations'
import type { AppData, Roadmap, TimeLog } from './schema'

export const EXPORT_FORMAT = 'ml-roadmap-planner'

export interface ExportFile {
  format: typeof EXPORT_FORMAT
  kind: 'roadmap' | 'backup'
  schemaVersion: number
  exportedAt: string
  data: unknown
}

export function exportRoadmap(
  roadmap: Roadmap,
  timeLog: TimeLog | null,
  now = new Date(),
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    kind: 'roadmap',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    data: { roadmap, timeLog },
  }
}

export function exportBackup(data: AppData, now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    kind: 'backup',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    data,
  }
}
