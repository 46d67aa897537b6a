/** Pointer Events as a browser sends them, for the gesture composables' tests (happy-dom). */

export interface PointerInit {
  id?: number
  type?: 'mouse' | 'touch' | 'pen'
  button?: number
  shift?: boolean
  ctrl?: boolean
  primary?: boolean
}

export function pointer(
  kind: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel' | 'lostpointercapture',
  x: number,
  y: number,
  init: PointerInit = {},
): PointerEvent {
  return new PointerEvent(kind, {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: x,
    clientY: y,
    pointerId: init.id ?? 1,
    pointerType: init.type ?? 'mouse',
    isPrimary: init.primary ?? (init.id ?? 1) === 1,
    button: kind === 'pointermove' ? -1 : (init.button ?? 0),
    shiftKey: init.shift ?? false,
    ctrlKey: init.ctrl ?? false,
  })
}

/**
 * A press on `target` at `from`, moved in `steps` to `to` and released there. Moves and the
 * release go to `target` too, as they do to an element holding the pointer's capture.
 */
export function press(
  target: Element,
  from: readonly [number, number],
  to: readonly [number, number],
  init: PointerInit = {},
  steps = 4,
) {
  target.dispatchEvent(pointer('pointerdown', from[0], from[1], init))
  for (let i = 1; i <= steps; i++)
    target.dispatchEvent(
      pointer(
        'pointermove',
        from[0] + ((to[0] - from[0]) * i) / steps,
        from[1] + ((to[1] - from[1]) * i) / steps,
        init,
      ),
    )
  target.dispatchEvent(pointer('pointerup', to[0], to[1], init))
}

/** A click the browser sends after a release; returns whether it reached `target`'s listeners. */
export function clickReaches(target: Element): boolean {
  let reached = false
  const note = () => (reached = true)
  target.addEventListener('click', note)
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
  target.removeEventListener('click', note)
  return reached
}
