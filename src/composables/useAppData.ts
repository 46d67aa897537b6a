import { exportBackup } from '@/domain/exportFile'
import { useDownload } from './useDownload'
import type { AppData } from '@/domain/schema'
import { usePersistenceStore } from '@/stores/persistence'
import { useSettingsStore } from '@/stores/settings'

/**
 * All the user's data as one value (the persistence store's `appData`), a validated backup put
 * in its place, and the backup download. Adding or removing one roadmap is the library store's.
 */
export function useAppData() {
  const persistence = usePersistenceStore()
  const settings = useSettingsStore()
  const { download } = useDownload()

  /** Everything, as the persistence store saves it. */
  const current = (): AppData => persistence.appData

  /** Replaces everything with a validated backup, in one synchronous step. */
  const replaceAll = (data: AppData) => persistence.hydrate(data)

  /** Downloads everything as a backup file and remembers when, for the export reminder. */
  function downloadBackup() {
    const day = new Date().toISOString().slice(0, 10)
    download(`ml-roadmap-backup-${day}.json`, JSON.stringify(exportBackup(current()), null, 2))
    settings.markExported()
  }

  return { current, replaceAll, downloadBackup }
}
