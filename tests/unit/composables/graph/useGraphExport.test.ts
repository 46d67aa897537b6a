import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { chain } from '../../helpers'
import { mountInEditor } from '../../components/graph/harness'
import { injectGraphEditor } from '@/composables/graph/useGraphEditor'
import { useGraphExport } from '@/composables/graph/useGraphExport'

describe('graph print', () => {
  afterEach(() => document.documentElement.classList.remove('graph-print'))

  it('says so when printed before the drawing code has arrived, then prints every card', async () => {
    const host = ref<HTMLElement | null>(null)
    const Printer = defineComponent({
      setup() {
        useGraphExport(injectGraphEditor(), host)
        return () => h('div', { ref: host, class: 'print-only' })
      },
    })
    const { wrapper } = mountInEditor(chain(), Printer)
    // The drawing module is imported on mount and has not resolved in this same task.
    window.dispatchEvent(new Event('beforeprint'))
    expect(host.value!.querySelector('svg')).toBeNull()
    expect(host.value!.textContent).toContain('still loading')
    expect(document.documentElement.classList.contains('graph-print')).toBe(true)
    window.dispatchEvent(new Event('afterprint'))
    expect(host.value!.childElementCount).toBe(0)

    await expect
      .poll(() => {
        window.dispatchEvent(new Event('beforeprint'))
        return host.value!.querySelectorAll('svg .card').length
      })
      .toBe(4)
    wrapper.unmount()
  })
})
