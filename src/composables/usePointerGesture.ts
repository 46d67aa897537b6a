import { onScopeDispose, watch, type Ref } from 'vue'
import { isDrag } from '@/domain/gestures'
import type { Point } from '@/domain/graphGeometry'

/** One pointer followed from its press to its release, in client pixels. */
export interface TrackedPointer {
  readonly id: number
  /** `mouse`, `touch` or `pen`. */
  readonly type: string
  readonly start: Point
  at: Point
  /**
   * Whether it has moved `DRAG_THRESHOLD` pixels from where it went down: then it is a drag
   * and the click it ends with is swallowed. A gesture may set it (a pinch is never a click).
   */
  moved: boolean
}

export interface PointerGestureHandlers {
  /** Whether to follow a press that reached the element; a followed press goes no further up. */
  accept(e: PointerEvent): boolean
  down?(p: TrackedPointer, e: PointerEvent): void
  /** Every move of a followed pointer; `p.moved` tells whether it has become a drag yet. */
  move?(p: TrackedPointer, e: PointerEvent): void
  /** Released, or its capture lost: the gesture ends as it stands. */
  up?(p: TrackedPointer, e: PointerEvent): void
  /** Cancelled by the browser, or the component went away mid-gesture: undo what it did. */
  cancel?(p: TrackedPointer): void
}

/** Swallows the click the browser sends right after a drag's release (as d3-drag does). */
function swallowNextClick() {
  const swallow = (e: Event) => {
    e.preventDefault()
    e.stopImmediatePropagation()
  }
  window.addEventListener('click', swallow, true)
  setTimeout(() => window.removeEventListener('click', swallow, true), 0)
}

const at = (e: PointerEvent): Point => ({ x: e.clientX, y: e.clientY })

/**
 * Presses on an element, followed with Pointer Events, the same for mouse, touch and pen:
 * each accepted pointer is captured, then followed by listeners on `window` (capture phase)
 * until it is released, cancelled or loses its capture, so a gesture always ends, whatever
 * happens to the element under it. Several pointers may be followed at once (a pinch).
 *
 * `capture` says which element holds the capture: the element listening, or the one pressed.
 * Chromium sends the click that ends a press to the capturing element, so a listener that
 * tells cards by the click's target captures on the element pressed.
 */
export function usePointerGesture(
  target: Ref<Element | null>,
  handlers: PointerGestureHandlers,
  capture: 'self' | 'pressed' = 'self',
) {
  const pointers = new Map<number, TrackedPointer>()
  let element: Element | null = null

  const followers = [
    ['pointermove', onMove],
    ['pointerup', onUp],
    ['lostpointercapture', onUp],
    ['pointercancel', onCancel],
  ] as const

  function follow(on: boolean) {
    for (const [type, listener] of followers)
      if (on) window.addEventListener(type, listener, true)
      else window.removeEventListener(type, listener, true)
  }

  function forget(p: TrackedPointer) {
    pointers.delete(p.id)
    if (!pointers.size) follow(false)
  }

  function onDown(e: PointerEvent) {
    if (pointers.has(e.pointerId) || !handlers.accept(e)) return
    e.stopPropagation()
    const p: TrackedPointer = {
      id: e.pointerId,
      type: e.pointerType,
      start: at(e),
      at: at(e),
      moved: false,
    }
    if (!pointers.size) follow(true)
    pointers.set(p.id, p)
    const holder = capture === 'pressed' && e.target instanceof Element ? e.target : element
    try {
      holder?.setPointerCapture(p.id)
    } catch {
      // The pointer is already gone (or never was a real one): the window listeners still end it.
    }
    handlers.down?.(p, e)
  }

  function onMove(e: PointerEvent) {
    const p = pointers.get(e.pointerId)
    if (!p) return
    p.at = at(e)
    if (!p.moved && isDrag(p.start, p.at)) p.moved = true
    handlers.move?.(p, e)
  }

  function onUp(e: PointerEvent) {
    const p = pointers.get(e.pointerId)
    if (!p) return
    if (e.type === 'pointerup') p.at = at(e)
    forget(p)
    if (p.moved) swallowNextClick()
    handlers.up?.(p, e)
  }

  function onCancel(e: PointerEvent) {
    const p = pointers.get(e.pointerId)
    if (!p) return
    forget(p)
    handlers.cancel?.(p)
  }

  function listenOn(el: Element | null) {
    element?.removeEventListener('pointerdown', onDown as EventListener)
    element = el
    element?.addEventListener('pointerdown', onDown as EventListener)
  }
  // Follows the element, not the caller's mounting: the graph's viewport listens on an <svg>
  // a child renders (and renders anew when the roadmap comes back).
  watch(target, listenOn, { flush: 'sync', immediate: true })

  onScopeDispose(() => {
    listenOn(null)
    for (const p of [...pointers.values()]) {
      forget(p)
      handlers.cancel?.(p)
    }
  })

  /** The pointers followed now, oldest first. */
  return { pointers: () => [...pointers.values()] }
}
