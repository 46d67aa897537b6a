/**
 * Resolves once the browser has drawn its next frame (a task after that frame's animation
 * callbacks): work the first view can do without waits for it, so it never delays that frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}
