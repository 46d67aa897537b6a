import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { injectCardHover, provideCardHover, type CardHover } from '@/composables/graph/useCardHover'

/** A device whose hover capability the test can switch, as matchMedia reports it. */
function fakeHover(none: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    matches: none,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => query),
  )
  return (next: boolean) => {
    query.matches = next
    listeners.forEach((l) => l())
  }
}

function graph() {
  let hover: CardHover | undefined
  let handlers: ReturnType<typeof provideCardHover> | undefined
  // A functional card: it reads what the graph provides as it renders.
  const Card = () => {
    hover = injectCardHover()
    return h('g')
  }
  const Graph = defineComponent({
    setup() {
      handlers = provideCardHover((e) => (e.target as Element).getAttribute('data-id'))
      return () => h(Card)
    },
  })
  const wrapper = mount(Graph)
  return { wrapper, hover: hover!, handlers: handlers! }
}

const over = (id: string, pointerType: string) =>
  ({ target: { getAttribute: () => id }, pointerType }) as unknown as PointerEvent

afterEach(() => vi.unstubAllGlobals())

describe('useCardHover', () => {
  it('follows the pointer from card to card, and off the graph', () => {
    fakeHover(false)
    const { hover, handlers } = graph()
    handlers.onPointerover(over('a', 'mouse'))
    expect(hover.hoveredId.value).toBe('a')
    handlers.onPointerover(over('b', 'mouse'))
    expect(hover.hoveredId.value).toBe('b')
    handlers.onPointerleave()
    expect(hover.hoveredId.value).toBeNull()
    expect(hover.everyCard.value).toBe(false)
  })

  it('gives every card its handle without hover, and from the first touch on', async () => {
    const setNoHover = fakeHover(true)
    const { hover, handlers, wrapper } = graph()
    expect(hover.everyCard.value).toBe(true)
    setNoHover(false)
    await nextTick()
    expect(hover.everyCard.value).toBe(false)
    handlers.onPointerover(over('a', 'touch'))
    expect(hover.everyCard.value).toBe(true)
    // A later change of the device's hover does not take the handles back after a touch.
    setNoHover(true)
    setNoHover(false)
    await nextTick()
    expect(hover.everyCard.value).toBe(true)
    wrapper.unmount()
  })
})
