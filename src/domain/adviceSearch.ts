import type { Advice, AdviceTopic } from './schema'

/** Lower-cased, Unicode-normalised, whitespace-collapsed text for matching. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Advice whose quote or summaries (or the extra text given for it, such as titles of the
 * milestones citing it) contain every word of the query, optionally within one topic.
 */
export function searchAdvice(
  advice: readonly Advice[],
  query: string,
  topic: AdviceTopic | null,
  extraText: (a: Advice) => string = () => '',
): Advice[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean)
  return advice.filter((a) => {
    if (topic && a.topic !== topic) return false
    if (words.length === 0) return true
    const haystack = normalizeForSearch(
      [a.quoteKo, a.summary.ko, a.summary.en, extraText(a)].join(' '),
    )
    const squashed = haystack.replace(/ /g, '')
    return words.every((w) => haystack.includes(w) || squashed.includes(w))
  })
}
