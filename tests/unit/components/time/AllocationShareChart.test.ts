import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import AllocationShareChart from '@/components/time/AllocationShareChart.vue'
import { entry, fraction, mountWith, showTable, type Fixture } from './timeFixture'

// Last 4 weeks (2026-02-12 … 2026-03-11): ML 300 of 420 min = 71 %; all time adds 600 min of web.
const log: Fixture = {
  entries: [
    entry('2026-03-10', 180, 'ml'),
    entry('2026-03-02', 120, 'ml'),
    entry('2026-03-05', 60, 'web'),
    entry('2026-02-20', 60, 'algo'),
    entry('2025-12-01', 600, 'web'),
  ],
  // Planned per week: ML 600 of 800 min = 75 %.
  targets: [
    { track: 'ml', minutes: 600 },
    { track: 'web', minutes: 150 },
    { track: 'algo', minutes: 50 },
  ],
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function axis(w: VueWrapper) {
  const at = (tick: string) => Number(w.find(`text[data-tick="${tick}"]`).attributes('x'))
  return { x0: at('0'), x1: at('1') }
}

describe('AllocationShareChart', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('draws planned and logged shares by track, ML tracks first, with the ML share of each', () => {
    ;({ wrapper } = mountWith(AllocationShareChart, log))
    const { x0, x1 } = axis(wrapper)
    const planned = wrapper.find('[data-testid="row-planned"]')
    const segs = planned.findAll('rect.seg')
    expect(segs.map((s) => s.attributes('data-track'))).toEqual(['ml', 'web', 'algo'])
    expect(Number(segs[0]!.attributes('x'))).toBeCloseTo(x0)
    expect(Number(segs[0]!.attributes('width')) / (x1 - x0)).toBeCloseTo(0.75)
    expect(Number(segs[1]!.attributes('width')) / (x1 - x0)).toBeCloseTo(150 / 800)
    expect(planned.find('[data-testid="ml-share"]').text()).toBe('AI/ML 75%')

    const logged = wrapper.find('[data-testid="row-logged"]')
    expect(logged.findAll('rect.seg').map((s) => s.attributes('data-track'))).toEqual([
      'ml',
      'web',
      'algo',
    ])
    expect(logged.find('[data-testid="ml-share"]').text()).toBe('AI/ML 71%')
    expect(logged.text()).toContain('Logged (the last 4 weeks)')
  })

  it('marks the band at 70–80 %', () => {
    ;({ wrapper } = mountWith(AllocationShareChart, log))
    const { x0, x1 } = axis(wrapper)
    const band = wrapper.find('[data-testid="band"]')
    expect(fraction(Number(band.attributes('x')), x0, x1)).toBeCloseTo(0.7)
    expect(Number(band.attributes('width')) / (x1 - x0)).toBeCloseTo(0.1)
    expect(wrapper.text()).toContain('Your band 70%–80%')
  })

  it('uses the band from the store', async () => {
    const setup = mountWith(AllocationShareChart, { ...log, band: { low: 0.6, high: 0.9 } })
    wrapper = setup.wrapper
    const { x0, x1 } = axis(wrapper)
    const band = wrapper.find('[data-testid="band"]')
    expect(fraction(Number(band.attributes('x')), x0, x1)).toBeCloseTo(0.6)
    expect(Number(band.attributes('width')) / (x1 - x0)).toBeCloseTo(0.3)
    setup.time.setBand({ low: 0.7, high: 0.8 })
    await wrapper.vm.$nextTick()
    expect(
      fraction(Number(wrapper.find('[data-testid="band"]').attributes('x')), x0, x1),
    ).toBeCloseTo(0.7)
  })

  it('switches the logged period', async () => {
    ;({ wrapper } = mountWith(AllocationShareChart, log))
    await wrapper.find('[data-testid="share-period"]').setValue('all')
    // 300 of 1020 minutes.
    expect(wrapper.find('[data-testid="row-logged"] [data-testid="ml-share"]').text()).toBe(
      'AI/ML 29%',
    )
  })

  it('shows the same numbers as a table', async () => {
    ;({ wrapper } = mountWith(AllocationShareChart, log))
    expect(wrapper.find('[data-testid="share-table"]').exists()).toBe(false)
    await showTable(wrapper)
    expect(wrapper.find('[data-testid="view-table"]').attributes('aria-pressed')).toBe('true')
    const table = wrapper.find('[data-testid="share-table"]')
    const rows = table.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['Machine learning', '10', '75%', '5', '71%'],
      ['Maths', '0', '0%', '0', '0%'],
      ['Web', '2.5', '19%', '1', '14%'],
      ['Algorithms', '0.8', '6%', '1', '14%'],
    ])
    expect(table.find('[data-testid="share-table-ml"]').text()).toContain('75%')
    expect(table.find('tfoot').text()).toContain('13.3')
  })

  it('shows a tooltip with the numbers when a bar gets keyboard focus', async () => {
    ;({ wrapper } = mountWith(AllocationShareChart, log))
    const seg = wrapper.find('[data-testid="row-planned"] rect.seg')
    expect(seg.attributes('tabindex')).toBe('0')
    expect(seg.attributes('aria-label')).toBe('Weekly targets, Machine learning: 10 h/week, 75%')
    expect(wrapper.find('[data-testid="chart-tooltip"]').exists()).toBe(false)
    await seg.trigger('focus')
    const tip = wrapper.find('[data-testid="chart-tooltip"]')
    expect(tip.text()).toContain('Machine learning')
    expect(tip.text()).toContain('10 h/week')
    await seg.trigger('blur')
    expect(wrapper.find('[data-testid="chart-tooltip"]').exists()).toBe(false)
    await seg.trigger('mouseenter')
    expect(wrapper.find('[data-testid="chart-tooltip"]').exists()).toBe(true)
  })

  it('says clearly when nothing is planned or logged', async () => {
    ;({ wrapper } = mountWith(AllocationShareChart, {}))
    expect(wrapper.findAll('rect.seg')).toHaveLength(0)
    expect(wrapper.text()).toContain('No weekly targets yet.')
    expect(wrapper.text()).toContain('Nothing logged in this period.')
    expect(wrapper.findAll('[data-testid="ml-share"]')).toHaveLength(0)
    await showTable(wrapper)
    expect(wrapper.find('[data-testid="share-table"] tfoot').text()).toContain('—')
  })

  it('asks for a roadmap when there is none', () => {
    ;({ wrapper } = mountWith(AllocationShareChart, { noRoadmap: true }))
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.text()).toContain('Create a roadmap')
    expect(wrapper.find('[data-testid="download-svg"]').attributes('disabled')).toBeDefined()
  })

  it('speaks Korean', () => {
    ;({ wrapper } = mountWith(AllocationShareChart, { ...log, locale: 'ko' }))
    expect(wrapper.find('[data-testid="row-planned"]').text()).toContain('주간 목표')
    expect(wrapper.text()).toContain('내 목표 70%~80%')
  })
})
