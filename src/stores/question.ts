import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

export interface Question {
  title: string
  body: string
  confirmLabel: string
  danger?: boolean
}
interface Pending extends Question {
  resolve: (ok: boolean) => void
}

/**
 * The one open evidence question ("mark done anyway?", "remove this paper?"), app-wide: callers
 * ask through `useDoneGuard` (`setStatus`, `confirmRemove`), and `EvidenceDoneDialog` (mounted
 * once in App.vue while a question is open) shows it. One dialog serves every milestone on the
 * page. No words here, so the always-mounted dialog needs no view's messages.
 */
export const useQuestionStore = defineStore('question', () => {
  const pending = shallowRef<Pending | null>(null)

  /** Shows a question; resolves true when the user confirms. A newer one cancels an older one. */
  function ask(q: Question): Promise<boolean> {
    pending.value?.resolve(false)
    return new Promise((resolve) => {
      pending.value = { ...q, resolve }
    })
  }

  function settle(ok: boolean) {
    const p = pending.value
    pending.value = null
    p?.resolve(ok)
  }

  return { pending, ask, settle }
})
