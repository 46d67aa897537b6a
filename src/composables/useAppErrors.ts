import { readonly, ref, shallowRef, type App } from 'vue'
import { isLoadFailure } from '@/domain/loadFailure'
import { flushForReload } from './useServiceWorker'

/**
 * What went wrong on the page, for `TheErrorNotice`:
 * - `load`: a part of the app could not be downloaded (a view, a component loaded later, a
 *   message area); `retry` asks for the same again, `null` when nothing can be asked again;
 * - `crash`: an error nobody handled (a bug). Nothing stored is touched: the autosave still
 *   writes only data the schema validates, so the stored copy stays good.
 */
export type AppErrorNotice =
  { readonly kind: 'load'; readonly retry: (() => unknown) | null } | { readonly kind: 'crash' }

// One page, one notice: module state shared by whoever reports and the one component showing it.
const notice = shallowRef<AppErrorNotice | null>(null)
const retrying = ref(false)
/** The user asked to reload, but the latest changes are not stored yet. */
const blockedByUnsaved = ref(false)

function show(next: AppErrorNotice) {
  // A bug outranks a failed download: its notice (with the backup) stays until closed.
  if (next.kind === 'load' && notice.value?.kind === 'crash') return
  blockedByUnsaved.value = false
  notice.value = next
}

function noticeFor(error: unknown, retry: (() => unknown) | null): AppErrorNotice {
  return isLoadFailure(error) ? { kind: 'load', retry } : { kind: 'crash' }
}

/**
 * Reports an error nobody else handled: a failed download becomes the load notice (with
 * `retry`, when given), anything else the crash notice. Logged either way.
 */
export function reportError(error: unknown, retry: (() => unknown) | null = null): void {
  console.error(error)
  show(noticeFor(error, retry))
}

/** A navigation went through: a failed download it replaces is no longer on screen. */
export function clearLoadFailure(): void {
  if (notice.value?.kind === 'load') notice.value = null
}

/**
 * Vue's and the page's last resort: errors in components (render, setup, watchers, handlers),
 * uncaught errors elsewhere, and lazy imports nobody awaited. The router reports its own
 * (src/router/index.ts), with a retry.
 */
export function installErrorHandling(app: App): void {
  app.config.errorHandler = (error) => reportError(error)
  window.addEventListener('error', (event) => {
    // Only real exceptions: a cross-origin "Script error." or ResizeObserver's loop note carry
    // no error object. The browser has logged it already.
    if (event.error instanceof Error) show(noticeFor(event.error, null))
  })
  window.addEventListener('unhandledrejection', (event) => {
    // Only failed downloads: other rejections belong to code that reports its own state (the
    // save status, for storage).
    if (isLoadFailure(event.reason)) show(noticeFor(event.reason, null))
  })
}

/** Asks for what failed again; the notice goes once it works, and comes back if it fails. */
async function retry(): Promise<void> {
  const current = notice.value
  if (current?.kind !== 'load' || !current.retry || retrying.value) return
  retrying.value = true
  try {
    // A failure is reported again by whoever asked (router, async component).
    await Promise.resolve(current.retry()).catch(() => undefined)
  } finally {
    retrying.value = false
  }
  if (notice.value === current) notice.value = null
}

/** Reloads the page once the autosave has written everything, as the update prompt does. */
async function reload(): Promise<void> {
  if (await flushForReload()) window.location.reload()
  else blockedByUnsaved.value = true
}

function dismiss() {
  notice.value = null
  blockedByUnsaved.value = false
}

/** The page's error notice: what failed, and Retry / Reload / Close. */
export function useAppErrors() {
  return {
    notice: readonly(notice),
    retrying: readonly(retrying),
    blockedByUnsaved: readonly(blockedByUnsaved),
    retry,
    reload,
    dismiss,
  }
}

/** Test helper: a page where nothing went wrong. */
export function resetAppErrors(): void {
  notice.value = null
  retrying.value = false
  blockedByUnsaved.value = false
}
