/**
 * Work written as steps (a generator that yields between them) runs either at once (`finish`) or
 * spread over several tasks (`runSteps`), one piece of code for both.
 */

/** Runs `steps` to their end at once, in this task, and returns their result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * Runs `steps` to their end with `pause` (a new task) whenever `sliceMs` have passed since the
 * last one, and returns their result: long work without a long task.
 */
export async function runSteps<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
  sliceMs: number,
): Promise<T> {
  let since = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - since > sliceMs) {
      await pause()
      since = performance.now()
    }
  }
}
