import { shallowRef } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import { missingEvidence } from '@/domain/evidence'
import { localize } from '@/domain/locale'
import type { Locale, Status } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'
import { useEvidenceFormat } from './useEvidenceFormat'

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
 * list, the graph and the evidence editor ask through it, and `EvidenceDoneDialog` (mounted once
 * in App.vue) shows it. Module state on purpose: one dialog serves every milestone on the page.
 */
const pending = shallowRef<Pending | null>(null)

/**
 * Asks before a milestone of an evidence kind becomes "done" while its evidence is incomplete.
 * `check` returns null when no question is needed, so callers stay synchronous then.
 */
export function useDoneGuard() {
  const store = useRoadmapStore()
  const { t, locale } = useI18n()
  const { missingList } = useEvidenceFormat()

  function check(ids: readonly string[], status: Status): string | null {
    if (status !== 'done') return null
    const lacking = ids
      .map((id) => store.milestoneById.get(id))
      .filter((m) => !!m && m.status !== 'done')
      .map((m) => ({ m: m!, missing: missingEvidence(m!) }))
      .filter((x) => x.missing.length > 0)
    if (!lacking.length) return null
    const title = (x: (typeof lacking)[number]) => localize(x.m.title, locale.value as Locale)
    if (lacking.length === 1)
      return t('evidence.doneWithout.body', {
        title: title(lacking[0]!),
        list: missingList(lacking[0]!.missing),
      })
    return t('evidence.doneWithout.bodyMany', {
      list: lacking.map(title).join(t('evidence.listSeparator')),
    })
  }

  /** Shows a question; resolves true when the user confirms. A newer one cancels an older one. */
  function question(q: Question): Promise<boolean> {
    pending.value?.resolve(false)
    return new Promise((resolve) => {
      pending.value = { ...q, resolve }
    })
  }

  /** Asks "mark done anyway?" with `body` (from `check`). */
  const ask = (body: string) =>
    question({
      title: t('evidence.doneWithout.title'),
      body,
      confirmLabel: t('evidence.doneWithout.confirm'),
    })

  /** true when the change may go ahead (nothing to ask, or the user said yes). */
  async function confirm(ids: readonly string[], status: Status): Promise<boolean> {
    const body = check(ids, status)
    return body === null || (await ask(body))
  }

  /** Asks before removing recorded evidence (the list view has no undo button). */
  const confirmRemove = (what: string) =>
    question({
      title: t('evidence.removeQuestion.title'),
      body: t('evidence.removeQuestion.body', { what }),
      confirmLabel: t('evidence.remove'),
      danger: true,
    })

  function settle(ok: boolean) {
    const p = pending.value
    pending.value = null
    p?.resolve(ok)
  }

  return { pending, check, ask, confirm, confirmRemove, settle }
}
