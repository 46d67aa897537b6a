/**
 * Work written as steps (a generator that yields between them) runs either at once (`finish`) or
 * spread over several tasks (`runSteps` in `migrations.ts`), one piece of code for both.
 */

/** Runs `steps` to their end at once, in this task, and returns their result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
