/**
 * Undo/redo history over immutable values. Each `record` is one user step; the store decides
 * what a step is (a whole drag, a multi-select status change), so a gesture is never split.
 * Roadmaps are immutable and share structure, so keeping snapshots is cheap.
 */

export const DEFAULT_HISTORY_LIMIT = 100

export interface History<T> {
  /** Older states, oldest first; at most `limit` of them. */
  readonly past: readonly T[]
  readonly present: T
  /** States undone, the next one to redo first. */
  readonly future: readonly T[]
  readonly limit: number
}

export function createHistory<T>(present: T, limit = DEFAULT_HISTORY_LIMIT): History<T> {
  return { past: [], present, future: [], limit: Math.max(0, Math.floor(limit)) }
}

/** One step: `next` becomes the present, the redo branch is dropped, the oldest step too when full. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (Object.is(next, history.present)) return history
  const past = [...history.past, history.present]
  return {
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    present: next,
    future: [],
    limit: history.limit,
  }
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0

export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1]!,
    future: [history.present, ...history.future],
    limit: history.limit,
  }
}

export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history
  return {
    past: [...history.past, history.present],
    present: history.future[0]!,
    future: history.future.slice(1),
    limit: history.limit,
  }
}
