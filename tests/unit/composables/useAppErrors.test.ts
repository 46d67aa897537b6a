import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reportError, resetAppErrors, useAppErrors } from '@/composables/useAppErrors'

const flush = vi.hoisted(() => ({ saved: true }))
vi.mock('@/composables/useServiceWorker', () => ({
  flushForReload: async () => flush.saved,
}))

const loadFailure = () => new TypeError('Failed to fetch dynamically imported module: /a.js')

describe('useAppErrors', () => {
  beforeEach(() => {
    resetAppErrors()
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => vi.restoreAllMocks())

  it('a failed download offers Retry; the notice goes once it works', async () => {
    const retry = vi.fn(async () => {})
    reportError(loadFailure(), retry)
    const errors = useAppErrors()
    expect(errors.notice.value).toMatchObject({ kind: 'load' })
    await errors.retry()
    expect(retry).toHaveBeenCalledOnce()
    expect(errors.notice.value).toBeNull()
  })

  it('a retry that fails again keeps the notice (reported anew by whoever retried)', async () => {
    const retry = vi.fn(async () => {
      reportError(loadFailure(), retry)
      throw loadFailure()
    })
    reportError(loadFailure(), retry)
    const errors = useAppErrors()
    await errors.retry()
    expect(errors.notice.value).toMatchObject({ kind: 'load' })
    expect(errors.retrying.value).toBe(false)
  })

  it('a bug shows the crash notice, which a later failed download does not replace', () => {
    reportError(new Error('boom'))
    reportError(loadFailure(), () => {})
    expect(useAppErrors().notice.value).toEqual({ kind: 'crash' })
    expect(console.error).toHaveBeenCalledTimes(2)
  })

  it('reloads only once everything is saved', async () => {
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    reportError(new Error('boom'))
    const errors = useAppErrors()
    flush.saved = false
    await errors.reload()
    expect(reload).not.toHaveBeenCalled()
    expect(errors.blockedByUnsaved.value).toBe(true)
    flush.saved = true
    await errors.reload()
    expect(reload).toHaveBeenCalledOnce()
    vi.unstubAllGlobals()
  })
})
