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
 * The one open evidence question ("mark done anyway?", "remove this paper?"), app-wide: the
 * list, the graph and the evidence editor ask through `useDoneGuard` (`setStatus`,
 * `confirmRemove`), never here directly, and `EvidenceDoneDialog` (mounted once in App.vue)
 * shows it. Module state on purpose: one dialog serves every milestone on the page, and a Pinia
 * store for it cost the first view ≈ 0.2 KB gzip, over its budget. No words here, so the
 * always-mounted dialog needs no view's messages.
 */
const pending = shallowRef<Pending | null>(null)

export function useEvidenceQuestion() {
  /** Shows a question; resolves true when the user confirms. A newer one cancels an older one. */
  function question(q: Question): Promise<boolean> {
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

  return { pending, question, settle }
}
