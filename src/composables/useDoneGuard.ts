import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { missingEvidence } from '@/domain/evidence'
import { localize } from '@/domain/locale'
import type { Locale, Status } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'
import { useEvidenceFormat } from './useEvidenceFormat'

interface Pending {
  body: string
  resolve: (ok: boolean) => void
}
/**
 * The one open "mark done anyway?" question, app-wide: the list and the graph ask through it and
 * `EvidenceDoneDialog` (mounted once in App.vue) shows it.
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

  /** Shows the question; resolves true when the user confirms. A newer question cancels an older one. */
  function ask(body: string): Promise<boolean> {
    pending.value?.resolve(false)
    return new Promise((resolve) => {
      pending.value = { body, resolve }
    })
  }

  /** true when the change may go ahead (nothing to ask, or the user said yes). */
  async function confirm(ids: readonly string[], status: Status): Promise<boolean> {
    const body = check(ids, status)
    return body === null || (await ask(body))
  }

  function settle(ok: boolean) {
    const p = pending.value
    pending.value = null
    p?.resolve(ok)
  }

  return { pending, check, ask, confirm, settle }
}
