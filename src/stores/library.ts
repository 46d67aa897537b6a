import { defineStore } from 'pinia'
import type { RoadmapFile } from '@/domain/import'
import { useRoadmapStore } from './roadmap'
import { useTimeStore } from './time'

/**
 * The user's roadmaps together with their time logs. Every operation that adds, copies, replaces
 * or removes a whole roadmap goes through here, so a roadmap and its log always travel together:
 * no log is left without its roadmap (the stored data would not validate) and no copy loses its
 * hours. The roadmap and time stores keep the single-record edits.
 */
export const useLibraryStore = defineStore('library', () => {
  const roadmap = useRoadmapStore()
  const time = useTimeStore()

  /**
   * A roadmap from the questionnaire. Replacing the active one carries the time already logged
   * over to the new roadmap (entries of tracks that still exist); `asNew` adds it beside.
   * Arguments as `roadmap.createFromAnswers`.
   */
  function createFromAnswers(...args: Parameters<typeof roadmap.createFromAnswers>) {
    const created = roadmap.createFromAnswers(...args)
    if (created.replaced) time.carryOver(created.replaced, created.id)
    return created
  }

  /** A copy of a roadmap and its time log, placed after it; the active roadmap stays. */
  function duplicate(id: string, name: string, now = new Date()): string | null {
    const copy = roadmap.duplicateRoadmap(id, name, now)
    if (copy) time.copyLog(id, copy)
    return copy
  }

  /** Deletes a roadmap with its log (and a timer on it); returns the id now active, or null. */
  function remove(id: string): string | null {
    const next = roadmap.deleteRoadmap(id)
    time.dropLog(id)
    return next
  }

  /** Adds an imported or shared roadmap with its log under a fresh id, and opens it. */
  function addFile(file: RoadmapFile, now = new Date()): string {
    const id = roadmap.addRoadmap(file.roadmap, now)
    time.setLog(id, file.timeLog)
    return id
  }

  return { createFromAnswers, duplicate, remove, addFile }
})
