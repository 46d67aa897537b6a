import { useI18n } from '@/i18n/useI18n'
import { missingEvidence, type MissingEvidence } from '@/domain/evidence'
import { localize } from '@/domain/locale'
import type { Status } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'
import { useEvidenceQuestion } from './useEvidenceQuestion'

/**
 * Asks before a milestone of an evidence kind becomes "done" while its evidence is incomplete.
 * `check` returns null when no question is needed, so callers stay synchronous then.
 */
export function useDoneGuard() {
  const store = useRoadmapStore()
  const { t, locale } = useI18n()
  const { pending, question, settle } = useEvidenceQuestion()

  /** "a paper marked as read, a repo or demo link". */
  function missingList(missing: readonly MissingEvidence[]): string {
    return missing.map((m) => t(`doneGuard.missing.${m}`)).join(t('doneGuard.listSeparator'))
  }

  function check(ids: readonly string[], status: Status): string | null {
    if (status !== 'done') return null
    const lacking = ids
      .map((id) => store.milestoneById.get(id))
      .filter((m) => !!m && m.status !== 'done')
      .map((m) => ({ m: m!, missing: missingEvidence(m!) }))
      .filter((x) => x.missing.length > 0)
    if (!lacking.length) return null
    const title = (x: (typeof lacking)[number]) => localize(x.m.title, locale.value)
    if (lacking.length === 1)
      return t('doneGuard.body', {
        title: title(lacking[0]!),
        list: missingList(lacking[0]!.missing),
      })
    return t('doneGuard.bodyMany', {
      list: lacking.map(title).join(t('doneGuard.listSeparator')),
    })
  }

  /** Asks "mark done anyway?" with `body` (from `check`). */
  const ask = (body: string) =>
    question({
      title: t('doneGuard.title'),
      body,
      confirmLabel: t('doneGuard.confirm'),
    })

  /** true when the change may go ahead (nothing to ask, or the user said yes). */
  async function confirm(ids: readonly string[], status: Status): Promise<boolean> {
    const body = check(ids, status)
    return body === null || (await ask(body))
  }

  /** Asks before removing recorded evidence (the list view has no undo button). */
  const confirmRemove = (what: string) =>
    question({
      title: t('doneGuard.removeTitle'),
      body: t('doneGuard.removeBody', { what }),
      confirmLabel: t('doneGuard.removeConfirm'),
      danger: true,
    })

  return { pending, check, ask, confirm, confirmRemove, settle, missingList }
}
