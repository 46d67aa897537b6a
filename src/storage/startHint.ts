/**
 * The start hint: a few bytes in `localStorage` saying whether the app holds a roadmap and which
 * language it shows, read synchronously as the page starts so that the first view's chunk and
 * words download while IndexedDB is opened and read, instead of after (issue #18). Only a hint:
 * the router's guard and the settings decide from the loaded data, and a wrong or missing hint
 * (another tab deleted the roadmap, storage cleared, the first visit) costs at most one download
 * that is not used. It holds no user data.
 */
import type { Locale } from '@/domain/schema'
import { START_HINT_KEY } from './keys'

export interface StartHint {
  /** An active roadmap was there: the first view is the one asked for, not the questionnaire. */
  roadmap: boolean
  locale: Locale
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The hint the last session left, or null when there is none or it is not one. */
export function readStartHint(): StartHint | null {
  try {
    const raw = storage()?.getItem(START_HINT_KEY)
    if (!raw) return null
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return null
    const { roadmap, locale } = value as Record<string, unknown>
    if (typeof roadmap !== 'boolean' || (locale !== 'ko' && locale !== 'en')) return null
    return { roadmap, locale }
  } catch {
    return null
  }
}

/** Keeps the hint current; writes only when it changed. Never throws (quota, private modes). */
export function writeStartHint(hint: StartHint): void {
  const text = JSON.stringify({ roadmap: hint.roadmap, locale: hint.locale })
  try {
    const ls = storage()
    if (ls && ls.getItem(START_HINT_KEY) !== text) ls.setItem(START_HINT_KEY, text)
  } catch {
    // A missing hint only means the first view downloads after storage is read.
  }
}
