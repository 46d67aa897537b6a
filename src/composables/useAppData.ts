import { exportBackup } from '@/domain/exportFile'
import type { RoadmapFile } from '@/domain/import'
import { useDownload } from './useDownload'
import type { AppData } from '@/domain/schema'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { useSettingsStore } from '@/stores/settings'
import { useTimeStore } from '@/stores/time'

/** All the user's data as one value, and the two ways an import changes it. */
export function useAppData() {
  const roadmap = useRoadmapStore()
  const settings = useSettingsStore()
  const time = useTimeStore()
  const { download } = useDownload()

  /** Everything, as the persistence store would save it (logs of deleted roadmaps left out). */
  function current(): AppData {
    return usePersistenceStore().snapshot()
  }

  /** Adds an imported or shared roadmap (with its log) under a fresh id and opens it. */
  function addRoadmapFile(file: RoadmapFile): string {
    const id = roadmap.addRoadmap(file.roadmap)
    time.setLog(id, file.timeLog)
    return id
  }

  /** Replaces everything with a validated backup, in one synchronous step. */
  function replaceAll(data: AppData) {
    roadmap.hydrate(data)
    settings.hydrate(data.settings)
    time.hydrate(data)
  }

  /** Downloads everything as a backup file and remembers when, for the export reminder. */
  function downloadBackup() {
    const day = new Date().toISOString().slice(0, 10)
    download(`ml-roadmap-backup-${day}.json`, JSON.stringify(exportBackup(current()), null, 2))
    settings.markExported()
  }

  return { current, addRoadmapFile, replaceAll, downloadBackup }
}
