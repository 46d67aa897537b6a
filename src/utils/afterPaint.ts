/**
 * Resolves once the browser has drawn its next frame and then has a moment to spare: work the
 * first view can do without waits for it, so it delays neither that frame nor the one after,
 * where the first input is answered. The idle callback has a deadline, so it never waits long
 * on a busy page; where there is none (Safari), a task after the frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (typeof requestIdleCallback === 'function')
          requestIdleCallback(() => resolve(), { timeout: 200 })
        else resolve()
      }, 0),
    ),
  )
}
