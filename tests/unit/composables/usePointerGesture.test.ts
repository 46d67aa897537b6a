import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import {
  usePointerGesture,
  type PointerGestureHandlers,
  type TrackedPointer,
} from '@/composables/usePointerGesture'
import { clickReaches, pointer, press } from './pointers'

type Log = [string, number, boolean][]

/** A box with an inner element, followed by the composable with the given handlers. */
function mountGesture(
  accept: PointerGestureHandlers['accept'] = () => true,
  capture: 'self' | 'pressed' = 'self',
) {
  const log: Log = []
  const note = (what: string) => (p: TrackedPointer) => log.push([what, p.id, p.moved])
  let followed!: () => TrackedPointer[]
  const Probe = defineComponent({
    setup() {
      const el = ref<HTMLElement | null>(null)
      followed = usePointerGesture(
        el,
        { accept, down: note('down'), move: note('move'), up: note('up'), cancel: note('cancel') },
        capture,
      ).pointers
      return () => h('div', { ref: el, id: 'outer' }, [h('span', { id: 'inner' })])
    },
  })
  const wrapper = mount(Probe, { attachTo: document.body })
  const outer = wrapper.find('#outer').element
  const inner = wrapper.find('#inner').element
  return { wrapper, outer, inner, log, followed: () => followed() }
}

let wrappers: { unmount(): void }[] = []
afterEach(async () => {
  for (const w of wrappers) w.unmount()
  wrappers = []
  // Lets a click-swallower armed by a drag run out before the next test.
  await new Promise((r) => setTimeout(r, 0))
})
function setup(...args: Parameters<typeof mountGesture>) {
  const g = mountGesture(...args)
  wrappers.push(g.wrapper)
  return g
}

describe('usePointerGesture', () => {
  it('follows a press to its release, and it becomes a drag only from 3 px on', () => {
    const { outer, log, followed } = setup()
    outer.dispatchEvent(pointer('pointerdown', 10, 10))
    expect(followed().map((p) => p.id)).toEqual([1])
    outer.dispatchEvent(pointer('pointermove', 12, 12))
    outer.dispatchEvent(pointer('pointermove', 13, 10))
    outer.dispatchEvent(pointer('pointerup', 13, 10))
    expect(log).toEqual([
      ['down', 1, false],
      ['move', 1, false],
      ['move', 1, true],
      ['up', 1, true],
    ])
    expect(followed()).toEqual([])
    // Moves after the release are not followed.
    outer.dispatchEvent(pointer('pointermove', 40, 40))
    expect(log).toHaveLength(4)
  })

  it('swallows the click after a drag, never after a press that stayed put', async () => {
    const { inner } = setup()
    press(inner, [10, 10], [11, 12])
    expect(clickReaches(inner)).toBe(true)
    press(inner, [10, 10], [40, 10])
    expect(clickReaches(inner)).toBe(false)
    // Only the click of that release: the next one is a click again.
    await new Promise((r) => setTimeout(r, 0))
    expect(clickReaches(inner)).toBe(true)
  })

  it('captures the pointer on the element listening, or on the element pressed', () => {
    const self = setup()
    const spy = vi.spyOn(self.outer, 'setPointerCapture')
    self.inner.dispatchEvent(pointer('pointerdown', 0, 0))
    expect(spy).toHaveBeenCalledWith(1)
    const pressed = setup(() => true, 'pressed')
    const onInner = vi.spyOn(pressed.inner, 'setPointerCapture')
    pressed.inner.dispatchEvent(pointer('pointerdown', 0, 0, { id: 2 }))
    expect(onInner).toHaveBeenCalledWith(2)
  })

  it('a press it takes goes no further up; one it refuses does', () => {
    const { inner, log } = setup((e) => !e.shiftKey)
    const above = vi.fn()
    document.body.addEventListener('pointerdown', above)
    inner.dispatchEvent(pointer('pointerdown', 0, 0))
    inner.dispatchEvent(pointer('pointerup', 0, 0))
    expect(above).not.toHaveBeenCalled()
    inner.dispatchEvent(pointer('pointerdown', 0, 0, { shift: true }))
    expect(above).toHaveBeenCalledTimes(1)
    expect(log.map(([what]) => what)).toEqual(['down', 'up'])
    document.body.removeEventListener('pointerdown', above)
  })

  it('ends the gesture when the capture is lost, and cancels it on pointercancel', () => {
    const { outer, log, followed } = setup()
    outer.dispatchEvent(pointer('pointerdown', 0, 0))
    outer.dispatchEvent(pointer('pointermove', 20, 0))
    // Lost capture fires at the document when the element holding it goes away.
    document.dispatchEvent(pointer('lostpointercapture', 20, 0))
    expect(log.at(-1)).toEqual(['up', 1, true])
    expect(followed()).toEqual([])

    outer.dispatchEvent(pointer('pointerdown', 0, 0, { id: 3, type: 'touch' }))
    outer.dispatchEvent(pointer('pointercancel', 0, 0, { id: 3, type: 'touch' }))
    expect(log.at(-1)).toEqual(['cancel', 3, false])
    // A release after the cancel is nothing.
    outer.dispatchEvent(pointer('pointerup', 0, 0, { id: 3, type: 'touch' }))
    expect(log.at(-1)).toEqual(['cancel', 3, false])
    expect(followed()).toEqual([])
  })

  it('follows several pointers at once, each on its own', () => {
    const { outer, log, followed } = setup()
    outer.dispatchEvent(pointer('pointerdown', 0, 0, { id: 1, type: 'touch' }))
    outer.dispatchEvent(pointer('pointerdown', 50, 0, { id: 2, type: 'touch' }))
    // The same pointer pressed again (a browser never does) is not followed twice.
    outer.dispatchEvent(pointer('pointerdown', 50, 0, { id: 2, type: 'touch' }))
    expect(followed().map((p) => p.id)).toEqual([1, 2])
    outer.dispatchEvent(pointer('pointermove', 60, 0, { id: 2, type: 'touch' }))
    outer.dispatchEvent(pointer('pointerup', 60, 0, { id: 2, type: 'touch' }))
    expect(followed().map((p) => p.id)).toEqual([1])
    outer.dispatchEvent(pointer('pointerup', 0, 0, { id: 1, type: 'touch' }))
    expect(log).toEqual([
      ['down', 1, false],
      ['down', 2, false],
      ['move', 2, true],
      ['up', 2, true],
      ['up', 1, false],
    ])
  })

  it('on unmount, cancels what is under way and stops listening', () => {
    const g = mountGesture()
    g.outer.dispatchEvent(pointer('pointerdown', 0, 0))
    const add = vi.spyOn(window, 'addEventListener')
    g.wrapper.unmount()
    expect(g.log.at(-1)).toEqual(['cancel', 1, false])
    g.outer.dispatchEvent(pointer('pointerdown', 0, 0, { id: 5 }))
    window.dispatchEvent(pointer('pointermove', 50, 50))
    expect(g.log).toHaveLength(2)
    expect(add).not.toHaveBeenCalled()
  })
})
