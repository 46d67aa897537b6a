import { useI18n } from '@/i18n/useI18n'
import type { Gap } from '@/domain/evidence'
import type { EvidenceResult } from '@/stores/roadmap'
import { useFormat } from './useFormat'

/** Fields a form has its own message for; anything else is reported for the whole form. */
const FIELDS = [
  'title',
  'paper',
  'venue',
  'metric',
  'stack',
  'year',
  'url',
  'repoUrl',
  'demoUrl',
  'reported',
  'reproduced',
  'readOn',
  'publishedOn',
  'takeaway',
  'summary',
  'name',
  'obstacles',
] as const

export interface FormProblems {
  /** Message per refused field. */
  fields: Record<string, string>
  /** A message for the whole form, when the refusal is not about one field. */
  form: string | null
}

const SIGNED = { signDisplay: 'exceptZero', maximumFractionDigits: 4 } as const
const PLAIN = { maximumFractionDigits: 4 } as const

/** How evidence reads: the gap, what is missing, a reproduction's numbers. */
export function useEvidenceFormat() {
  const { t } = useI18n()
  const { number, day } = useFormat()

  const metric = (x: number | null) => (x === null ? '—' : number(x, PLAIN))

  /** "−0.7 (−0.92%)": reproduced − reported, and its share of the paper's number. */
  function gapValue(gap: Gap): string {
    const absolute = number(gap.absolute, SIGNED)
    return gap.percent === null
      ? t('evidence.gap.noPercent', { absolute })
      : t('evidence.gap.value', {
          absolute,
          percent: number(gap.percent / 100, {
            style: 'percent',
            signDisplay: 'exceptZero',
            maximumFractionDigits: 2,
          }),
        })
  }

  /** The verdict in words, so it never rests on colour: reached, or behind the paper. */
  function gapVerdict(gap: Gap | null): string {
    if (!gap) return t('evidence.gap.none')
    return gap.reached ? t('evidence.gap.reached') : t('evidence.gap.behind')
  }

  /** What to show after a save: nothing, messages per field, or one for the form. */
  function problems(result: EvidenceResult): FormProblems {
    if (result.ok) return { fields: {}, form: null }
    if ('problem' in result)
      return {
        fields: {},
        form:
          result.problem === 'too-many' || result.problem === 'unknown-milestone'
            ? t(`evidence.problems.${result.problem}`)
            : t('evidence.problems.other'),
      }
    const fields: Record<string, string> = {}
    let other = false
    for (const f of result.fields) {
      const field = FIELDS.find((name) => name === f)
      if (field) fields[f] = t(`evidence.problems.${field}`)
      else other = true
    }
    return { fields, form: other ? t('evidence.problems.other') : null }
  }

  return { gapValue, gapVerdict, metric, day, problems }
}
