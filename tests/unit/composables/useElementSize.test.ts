import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { useElementSize } from '@/composables/useElementSize'

type Callback = (records: { contentRect: { width: number; height: number } }[]) => void

describe('useElementSize', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('follows the element’s size, keeps the last size while hidden, and stops on unmount', () => {
    let callback: Callback = () => {}
    const disconnect = vi.fn()
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: Callback) {
          callback = cb
        }
        observe() {}
        disconnect = disconnect
      },
    )
    let size: ReturnType<typeof useElementSize> | undefined
    const wrapper = mount(
      defineComponent({
        setup() {
          const el = ref<HTMLElement | null>(null)
          size = useElementSize(el, { width: 500, height: 0 })
          return () => h('div', { ref: el })
        },
      }),
    )
    expect(size!.width.value).toBe(500)
    callback([{ contentRect: { width: 321.4, height: 200 } }])
    expect(size!.width.value).toBe(321)
    expect(size!.height.value).toBe(200)
    callback([{ contentRect: { width: 0, height: 0 } }])
    expect(size!.width.value).toBe(321)
    wrapper.unmount()
    expect(disconnect).toHaveBeenCalled()
  })
})
