import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import ChartFrame from '@/components/time/ChartFrame.vue'
import { createAppI18n } from '@/i18n'

const Chart = defineComponent({
  render: () =>
    h('svg', { width: 300, height: 120, class: 'chart', role: 'group', 'aria-label': 'Demo' }, [
      h('rect', { x: 0, y: 0, width: 50, height: 20, fill: '#3b5bdb', tabindex: 0 }),
      h('text', { x: 4, y: 40 }, 'Web & <ML>'),
    ]),
})

function mountFrame(props: Record<string, unknown> = {}) {
  return mount(ChartFrame, {
    props: { title: 'Demo chart', filename: 'demo', ...props },
    slots: { default: () => h(Chart), table: () => h('table', { 'data-testid': 'demo-table' }) },
    global: { plugins: [createAppI18n('en')] },
    attachTo: document.body,
  })
}

function captureDownloads() {
  const blobs: Blob[] = []
  const names: string[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return 'blob:demo'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download)
  })
  return { blobs, names }
}

describe('ChartFrame', () => {
  afterEach(() => document.body.replaceChildren())

  it('has a heading and a Chart / Table switch that says which is on', async () => {
    const wrapper = mountFrame()
    expect(wrapper.find('h2').text()).toBe('Demo chart')
    expect(wrapper.find('section').attributes('aria-labelledby')).toBe(
      wrapper.find('h2').attributes('id'),
    )
    const [chart, table] = [
      wrapper.find('[data-testid="view-chart"]'),
      wrapper.find('[data-testid="view-table"]'),
    ]
    expect(chart.attributes('aria-pressed')).toBe('true')
    expect(table.attributes('aria-pressed')).toBe('false')
    expect(wrapper.find('[data-testid="demo-table"]').exists()).toBe(false)
    await table.trigger('click')
    expect(table.attributes('aria-pressed')).toBe('true')
    expect(chart.attributes('aria-pressed')).toBe('false')
    // The chart stays in the page (hidden) so it keeps its size and can still be downloaded.
    expect(wrapper.find('[data-testid="chart-body"]').isVisible()).toBe(false)
    expect(wrapper.find('[data-testid="demo-table"]').exists()).toBe(true)
  })

  it('downloads the chart as a standalone SVG file', async () => {
    const { blobs, names } = captureDownloads()
    const wrapper = mountFrame()
    await wrapper.find('[data-testid="download-svg"]').trigger('click')
    expect(names).toEqual(['demo.svg'])
    expect(blobs[0]!.type).toBe('image/svg+xml')
    const text = await blobs[0]!.text()
    expect(text).toMatch(/^<\?xml/)
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"')
    expect(text).toContain('viewBox="0 0 300 120"')
    // A background, text escaped as text, nothing app-only left behind.
    expect(text).toMatch(/<rect width="100%" height="100%" fill="[^"]+"/)
    expect(text).toContain('Web &amp; &lt;ML&gt;')
    expect(text).not.toContain('tabindex')
    expect(text).not.toContain('class=')
    // The live chart is untouched.
    expect(wrapper.find('svg rect').attributes('tabindex')).toBe('0')
  })

  it('disables downloads while there is nothing to draw', () => {
    const wrapper = mountFrame({ downloadable: false })
    expect(wrapper.find('[data-testid="download-svg"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="download-png"]').attributes('disabled')).toBeDefined()
  })

  it('says so when the PNG cannot be made', async () => {
    captureDownloads()
    // happy-dom cannot decode images, like a browser that refuses the SVG.
    vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (
      this: HTMLImageElement,
    ) {
      queueMicrotask(() => this.onerror?.(new Event('error')))
    })
    const wrapper = mountFrame()
    await wrapper.find('[data-testid="download-png"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.find('[role="alert"]').text()).toContain('could not be created')
  })
})
