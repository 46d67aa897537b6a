import { useI18n } from '@/i18n/useI18n'
import { missingEvidence, type MissingEvidence } from '@/domain/evidence'
import { localize } from '@/domain/locale'
import type { Locale, Status } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'
import { useEvidenceQuestion } from './useEvidenceQuestion'

/** What came of a status change: made, refused by the roadmap (see `lastError`), or declined. */
export type StatusOutcome = 'changed' | 'refused' | 'declined'

/**
 * The one way the UI changes statuses (the list, the graph's panel, selection bar and keys):
 * marking a milestone of an evidence kind "done" while its evidence is incomplete asks first
 * ("mark done anyway?"), then the roadmap store's `setStatus` makes it one undo step.
 */
export function useDoneGuard() {
  const store = useRoadmapStore()
  const { question: ask } = useEvidenceQuestion()
  const { t, locale } = useI18n()

  /** "a paper marked as read, a repo or demo link". */
  function missingList(missing: readonly MissingEvidence[]): string {
    return missing.map((m) => t(`doneGuard.missing.${m}`)).join(t('doneGuard.listSeparator'))
  }

  /** The question to ask before `ids` become `status`, or null when there is none. */
  function question(ids: readonly string[], status: Status): string | null {
    if (status !== 'done') return null
    const lacking = ids
      .map((id) => store.milestoneById.get(id))
      .filter((m) => !!m && m.status !== 'done')
      .map((m) => ({ m: m!, missing: missingEvidence(m!) }))
      .filter((x) => x.missing.length > 0)
    if (!lacking.length) return null
    const title = (x: (typeof lacking)[number]) => localize(x.m.title, locale.value as Locale)
    if (lacking.length === 1)
      return t('doneGuard.body', {
        title: title(lacking[0]!),
        list: missingList(lacking[0]!.missing),
      })
    return t('doneGuard.bodyMany', {
      list: lacking.map(title).join(t('doneGuard.listSeparator')),
    })
  }

  /** Sets the status of one or many milestones, asking first when evidence is missing. */
  async function setStatus(ids: readonly string[], status: Status): Promise<StatusOutcome> {
    const body = question(ids, status)
    if (body !== null) {
      const ok = await ask({
        title: t('doneGuard.title'),
        body,
        confirmLabel: t('doneGuard.confirm'),
      })
      if (!ok) return 'declined'
    }
    return store.setStatus(ids, status) ? 'changed' : 'refused'
  }

  /** Asks before removing recorded evidence (the list view has no undo button). */
  const confirmRemove = (what: string) =>
    ask({
      title: t('doneGuard.removeTitle'),
      body: t('doneGuard.removeBody', { what }),
      confirmLabel: t('doneGuard.removeConfirm'),
      danger: true,
    })

  return { setStatus, confirmRemove, missingList }
}
