import { localize } from '@/domain/locale'
import type { Locale, Roadmap, Status } from '@/domain/schema'
import type { MessageKey } from '@/i18n/keys'
import { formatNumber } from '@/domain/numberText'

const ONE_DECIMAL = { maximumFractionDigits: 1 } as const

/** Every word a card shows or says, built once per language and shared by all cards. */
export interface CardStrings {
  card: string
  next: string
  statuses: Record<Status, string>
  hours: (hours: number) => string
  logged: (logged: number, estimate: number) => string
  after: (titles: string) => string
  /** Done, but its evidence is incomplete. */
  noEvidence: string
}

export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string

/**
 * Built once per language: messages with a number are looked up once with a marker and
 * filled in per card, since a full i18n lookup per card costs more than drawing it.
 */
export function cardStrings(t: Translate, locale: Locale): CardStrings {
  const tag = locale === 'ko' ? 'ko-KR' : 'en-US'
  const num = (n: number) => formatNumber(n, tag, ONE_DECIMAL)
  const A = '\u0001'
  const B = '\u0002'
  const hours = t('milestone.estimate', { hours: A })
  const logged = t('graph.logged', { logged: A, hours: B })
  const after = t('graph.after', { titles: A })
  return {
    card: t('graph.card'),
    next: t('graph.next'),
    statuses: {
      todo: t('milestone.statuses.todo'),
      'in-progress': t('milestone.statuses.in-progress'),
      done: t('milestone.statuses.done'),
      skipped: t('milestone.statuses.skipped'),
    },
    hours: (h) => hours.replace(A, num(h)),
    logged: (l, h) => logged.replace(A, num(l)).replace(B, num(h)),
    after: (titles) => after.replace(A, titles),
    noEvidence: t('graph.noEvidence'),
  }
}

/** For every option of a choice group: "chosen", or which option was chosen instead. */
export function choiceNotes(roadmap: Roadmap, t: Translate, locale: Locale): Map<string, string> {
  const out = new Map<string, string>()
  const title = (id: string) => localize(roadmap.milestones.find((m) => m.id === id)?.title, locale)
  for (const g of roadmap.choiceGroups)
    for (const o of g.options)
      out.set(
        o,
        g.chosen === o
          ? t('graph.chosen')
          : g.chosen
            ? t('graph.notChosen', { chosen: title(g.chosen) })
            : t('graph.noneChosen'),
      )
  return out
}
