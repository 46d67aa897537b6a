import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import WeeklyChart from '@/components/time/WeeklyChart.vue'
import { startOfWeek } from '@/domain/time'
import { weekStartFor } from '@/composables/useWeekStart'
import { entry, fraction, mountWith, showTable, TODAY, type Fixture } from './timeFixture'

// Korean weeks start on Monday: today (Wed 2026-03-11) is in the week of Mon 2026-03-09.
const log: Fixture = {
  locale: 'ko',
  entries: [
    entry('2026-03-10', 120, 'ml'),
    entry('2026-03-09', 60, 'web'),
    entry('2026-03-02', 60, 'ml'),
    entry('2025-09-01', 90, 'algo'),
  ],
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const weeksShown = (w: VueWrapper) => w.findAll('g.column').map((c) => c.attributes('data-week'))

describe('WeeklyChart', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('stacks 12 weeks of logged hours ending with the current week', () => {
    ;({ wrapper } = mountWith(WeeklyChart, log))
    const weeks = weeksShown(wrapper)
    expect(weeks).toHaveLength(12)
    expect(weeks[0]).toBe('2025-12-22')
    expect(weeks[11]).toBe('2026-03-09')
    const bars = wrapper.findAll('rect.bar')
    expect(bars).toHaveLength(3)
    // The current week: 2 h of ML below 1 h of web, ML first.
    const current = bars.filter(
      (b) => Number(b.attributes('x')) === Math.max(...bars.map((x) => Number(x.attributes('x')))),
    )
    expect(current.map((b) => b.attributes('fill'))).toEqual(['#3b5bdb', '#c2255c'])
    const [ml, web] = current.map((b) => Number(b.attributes('height')))
    expect(ml! / web!).toBeCloseTo(2)
    const label = wrapper.find('g.column[data-week="2026-03-09"]').attributes('aria-label')
    expect(label).toContain('머신러닝: 2시간')
    expect(label).toContain('웹: 1시간')
    expect(label).toContain('합계: 3시간')
    expect(label).toContain('AI/ML 67%')
    expect(wrapper.find('g.column[data-week="2026-02-23"]').attributes('aria-label')).toContain(
      '기록 없음',
    )
  })

  it('draws the weekly ML share as a line over the 70–80 % band', () => {
    ;({ wrapper } = mountWith(WeeklyChart, log))
    const y = (tick: string) =>
      Number(wrapper!.find(`text[data-share-tick="${tick}"]`).attributes('y'))
    const [y0, y1] = [y('0'), y('1')]
    const band = wrapper.find('[data-testid="band"]')
    const top = Number(band.attributes('y')) + 4
    const bottom = top + Number(band.attributes('height'))
    expect(fraction(top, y0, y1)).toBeCloseTo(0.8)
    expect(fraction(bottom, y0, y1)).toBeCloseTo(0.7)
    const points = wrapper.findAll('circle.point')
    expect(points).toHaveLength(2)
    expect(fraction(Number(points[0]!.attributes('cy')) + 4, y0, y1)).toBeCloseTo(1)
    expect(fraction(Number(points[1]!.attributes('cy')) + 4, y0, y1)).toBeCloseTo(2 / 3)
    expect(wrapper.find('path.share-line').attributes('d')).toMatch(/^M/)
  })

  it('draws the band on its own share panel, never against the hours axis', () => {
    ;({ wrapper } = mountWith(WeeklyChart, { ...log, locale: 'en' }))
    const band = wrapper.find('[data-testid="band"]')
    const bandTop = Number(band.attributes('y'))
    // Every hours tick and every bar sits above the share panel's title and its band.
    const hoursTitle = Number(wrapper.find('[data-testid="hours-title"]').attributes('y'))
    const shareTitle = Number(wrapper.find('[data-testid="share-title"]').attributes('y'))
    const barBottoms = wrapper
      .findAll('rect.bar')
      .map((b) => Number(b.attributes('y')) + Number(b.attributes('height')))
    expect(Math.max(...barBottoms)).toBeLessThan(shareTitle)
    expect(hoursTitle).toBeLessThan(shareTitle)
    expect(shareTitle).toBeLessThan(bandTop)
    expect(wrapper.find('[data-testid="share-title"]').text()).toBe(
      'AI/ML share of each week’s hours, with your band',
    )
    expect(wrapper.find('[data-testid="hours-title"]').text()).toBe('Hours')
  })

  it('labels weeks with local dates', () => {
    ;({ wrapper } = mountWith(WeeklyChart, log))
    expect(wrapper.find('.axis').text()).toContain('3월 9일')
    expect(wrapper.find('[data-testid="weeks-range"]').text()).toBe(
      '2025년 12월 22일 ~ 2026년 3월 15일',
    )
  })

  it('scrolls back and forth in 12-week steps, never into the future', async () => {
    ;({ wrapper } = mountWith(WeeklyChart, log))
    const earlier = wrapper.find('[data-testid="weeks-earlier"]')
    expect(wrapper.find('[data-testid="weeks-later"]').attributes('disabled')).toBeDefined()
    await earlier.trigger('click')
    expect(weeksShown(wrapper)[11]).toBe('2025-12-15')
    expect(wrapper.find('[data-testid="window-empty"]').exists()).toBe(true)
    await earlier.trigger('click')
    expect(weeksShown(wrapper)[0]).toBe('2025-07-07')
    expect(wrapper.findAll('rect.bar')).toHaveLength(1)
    // Nothing is logged before this window.
    expect(earlier.attributes('disabled')).toBeDefined()
    await wrapper.find('[data-testid="weeks-later"]').trigger('click')
    expect(weeksShown(wrapper)[11]).toBe('2025-12-15')
    await wrapper.find('[data-testid="weeks-latest"]').trigger('click')
    expect(weeksShown(wrapper)[11]).toBe('2026-03-09')
    expect(wrapper.find('[data-testid="weeks-later"]').attributes('disabled')).toBeDefined()
  })

  it('shows the same numbers as a table', async () => {
    ;({ wrapper } = mountWith(WeeklyChart, log))
    await showTable(wrapper)
    const table = wrapper.find('[data-testid="weekly-table"]')
    expect(table.findAll('th[scope="col"]').map((c) => c.text())).toEqual([
      '주 시작일',
      '머신러닝(시간)',
      '수학(시간)',
      '웹(시간)',
      '알고리즘(시간)',
      '합계(시간)',
      'AI/ML 비중',
      '내 목표 70%~80% 대비',
    ])
    expect(table.findAll('tbody tr')).toHaveLength(12)
    const cells = (week: string) =>
      table
        .find(`tr[data-week="${week}"]`)
        .findAll('td')
        .map((c) => c.text())
    expect(cells('2026-03-09')).toEqual(['2', '0', '1', '0', '3', '67%', '낮음'])
    expect(cells('2026-03-02')).toEqual(['1', '0', '0', '0', '1', '100%', '높음'])
    expect(cells('2026-02-23')).toEqual(['0', '0', '0', '0', '0', '—', '—'])
  })

  it('shows a tooltip when a week gets keyboard focus, and Escape hides it', async () => {
    ;({ wrapper } = mountWith(WeeklyChart, log))
    const column = wrapper.find('g.column[data-week="2026-03-09"]')
    expect(column.attributes('tabindex')).toBe('0')
    await column.trigger('focus')
    const tip = wrapper.find('[data-testid="chart-tooltip"]')
    expect(tip.text()).toContain('3월 9일')
    expect(tip.text()).toContain('합계: 3시간')
    await column.trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[data-testid="chart-tooltip"]').exists()).toBe(false)
  })

  it('starts weeks by locale: Monday in Korean, the locale’s first day otherwise', () => {
    ;({ wrapper } = mountWith(WeeklyChart, { ...log, locale: 'en' }))
    expect(weeksShown(wrapper)[11]).toBe(startOfWeek(TODAY, weekStartFor('en')))
  })

  it('says clearly when nothing is logged yet', async () => {
    ;({ wrapper } = mountWith(WeeklyChart, {}))
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.find('[data-testid="weekly-empty"]').text()).toContain('Nothing logged yet')
    expect(wrapper.find('[data-testid="weeks-earlier"]').attributes('disabled')).toBeDefined()
    await showTable(wrapper)
    expect(wrapper.findAll('[data-testid="weekly-table"] tbody tr')).toHaveLength(12)
  })
})
