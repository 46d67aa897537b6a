import type { FieldProblem } from '@/domain/editing'
import { MAX_ESTIMATE_HOURS } from '@/domain/schema'
import { MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from '@/domain/schema'
import type { Translate } from './cardStrings'

/** The message for a refused field, with the limit it broke. */
export function problemText(t: Translate, problem: FieldProblem): string {
  return t(`graph.problems.${problem}`, {
    max:
      problem === 'estimate-invalid'
        ? MAX_ESTIMATE_HOURS
        : problem === 'notes-too-long'
          ? MAX_NOTES_LENGTH
          : MAX_TITLE_LENGTH,
  })
}
