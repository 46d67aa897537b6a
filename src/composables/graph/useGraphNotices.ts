import { shallowRef } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import type { GraphError } from '@/domain/graph'

export interface Notice {
  tone: 'error' | 'info'
  text: string
  /** Offer an undo button next to the message. */
  undo?: boolean
}

/** The one message under the graph (an edit refused, done, undoable), and how refusals read. */
export function useGraphNotices(titleOf: (id: string) => string) {
  const { t } = useI18n()
  const notice = shallowRef<Notice | null>(null)

  function describe(error: GraphError): string {
    if (error.kind === 'cycle')
      return t('graphError.cycle', { path: error.path.map(titleOf).join(' → ') })
    return t(`graphError.${error.kind}`)
  }

  /** Says why the store refused an edit (its `lastError`), if it did. */
  function refused(error: GraphError | null) {
    if (error) notice.value = { tone: 'error', text: describe(error) }
  }

  return { notice, describe, refused }
}
