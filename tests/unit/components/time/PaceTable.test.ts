import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import PaceTable from '@/components/time/PaceTable.vue'
import { milestone } from '../../helpers'
import { entry, mountWith, showTable, type Fixture } from './timeFixture'

// Today is 2026-03-11; the recent window is the last 4 weeks (from 2026-02-12).
const plan: Fixture = {
  milestones: [
    milestone('m1', { track: 'ml', estimateHours: 10 }),
    milestone('m2', { track: 'ml', estimateHours: 2, status: 'in-progress' }),
    milestone('w1', { track: 'web', estimateHours: 4, status: 'done' }),
    milestone('w2', { track: 'web', estimateHours: 3 }),
    milestone('a1', { track: 'algo', estimateHours: 5 }),
    milestone('x1', { track: 'math', estimateHours: 6, status: 'done' }),
  ],
  entries: [
    entry('2026-03-10', 180, 'ml', 'm2'),
    entry('2026-03-05', 60, 'ml'),
    entry('2026-03-01', 120, 'ml'),
    entry('2026-02-25', 60, 'ml'),
    entry('2026-02-12', 60, 'ml'),
    entry('2025-12-01', 300, 'web', 'w1'),
  ],
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const cells = (w: VueWrapper, track: string) =>
  w
    .find(`[data-testid="pace-table"] tr[data-track="${track}"]`)
    .findAll('th, td')
    .map((c) => c.text())

describe('PaceTable', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('projects a finish date per track from the recent weekly rate, and overall', async () => {
    ;({ wrapper } = mountWith(PaceTable, plan))
    await showTable(wrapper)
    // ML: 10 h left (m2's estimate is used up) at 8 h / 4 weeks = 2 h a week → 35 days.
    expect(cells(wrapper, 'ml')).toEqual([
      'Machine learning',
      '10 h',
      '2 h/week over the last 28 days',
      'Apr 15, 2026 at 2 h/week',
    ])
    expect(cells(wrapper, 'math')).toEqual(['Maths', '0 h', '0 h/week', 'Done'])
    expect(cells(wrapper, 'web')).toEqual([
      'Web',
      '3 h',
      '0 h/week over the last 28 days',
      'No recent time',
    ])
    expect(cells(wrapper, 'algo')).toEqual(['Algorithms', '5 h', '0 h/week', 'Not started'])
    // Overall: 18 h left at 2 h a week → 63 days.
    expect(cells(wrapper, 'overall')).toEqual([
      'All tracks',
      '18 h',
      '2 h/week over the last 28 days',
      'May 13, 2026 at 2 h/week',
    ])
  })

  it('shows no date from one day of data, and says how much history a date needs', async () => {
    // One evening: 1 h of 20 h. Averaged over that day it would "finish" in 2026; over four
    // weeks, years later. Neither is a projection.
    ;({ wrapper } = mountWith(PaceTable, {
      milestones: plan.milestones,
      entries: [entry('2026-03-11', 60, 'ml', 'm1')],
    }))
    await showTable(wrapper)
    expect(cells(wrapper, 'ml')[3]).toBe('Not enough history yet: 1 of 5 study days')
    expect(cells(wrapper, 'overall')[3]).toBe('Not enough history yet: 1 of 5 study days')
    expect(wrapper.findAll('rect.bar')).toHaveLength(0)
    expect(wrapper.text()).not.toMatch(/20[3-9]\d/)
    expect(wrapper.text()).toContain(
      'A date appears once a track has 5 study days over at least 2 weeks.',
    )
  })

  it('waits for two weeks of history even after five study days', async () => {
    const days = ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11']
    ;({ wrapper } = mountWith(PaceTable, {
      milestones: plan.milestones,
      entries: days.map((d) => entry(d, 60, 'ml', 'm1')),
      locale: 'ko',
    }))
    await showTable(wrapper)
    expect(cells(wrapper, 'ml')[3]).toBe('기록이 더 필요함(2주가 지나면 예상)')
  })

  it('draws a bar to the finish date for tracks that are moving', () => {
    ;({ wrapper } = mountWith(PaceTable, plan))
    const rows = wrapper.findAll('g.row')
    expect(rows.map((r) => r.attributes('data-track'))).toEqual([
      'ml',
      'math',
      'web',
      'algo',
      'overall',
    ])
    const bar = (track: string) => wrapper!.find(`g.row[data-track="${track}"] rect.bar`)
    expect(bar('web').exists()).toBe(false)
    expect(wrapper.find('g.row[data-track="web"]').text()).toContain('No recent time')
    // 35 vs 63 days from today.
    expect(
      Number(bar('ml').attributes('width')) / Number(bar('overall').attributes('width')),
    ).toBeCloseTo(35 / 63)
    expect(wrapper.find('g.row[data-track="ml"]').attributes('aria-label')).toBe(
      'Machine learning, 10 h left, 2 h/week over the last 28 days, Apr 15, 2026 at 2 h/week',
    )
  })

  it('shows a tooltip when a track gets keyboard focus', async () => {
    ;({ wrapper } = mountWith(PaceTable, plan))
    await wrapper.find('g.row[data-track="ml"]').trigger('focus')
    const tip = wrapper.find('[data-testid="chart-tooltip"]')
    expect(tip.text()).toContain('10 h left')
    expect(tip.text()).toContain('Apr 15, 2026')
  })

  it('lists the milestones whose estimates are blown', () => {
    ;({ wrapper } = mountWith(PaceTable, plan))
    const items = wrapper.findAll('[data-testid="overruns"] li').map((li) => li.text())
    expect(items).toHaveLength(2)
    expect(items).toContain('m2 title 3 h logged of 2 h estimated (+50%)')
    expect(items).toContain('w1 title 5 h logged of 4 h estimated (+25%)')
  })

  it('is clear and does not crash with no time logged', async () => {
    ;({ wrapper } = mountWith(PaceTable, { ...plan, entries: [] }))
    await showTable(wrapper)
    expect(cells(wrapper, 'ml')).toEqual(['Machine learning', '12 h', '0 h/week', 'Not started'])
    expect(cells(wrapper, 'overall')).toEqual(['All tracks', '20 h', '0 h/week', 'Not started'])
    expect(wrapper.findAll('rect.bar')).toHaveLength(0)
    expect(wrapper.find('[data-testid="overruns"]').text()).toContain(
      'No milestone has gone over its estimate.',
    )
  })

  it('asks for a roadmap when there is none', () => {
    ;({ wrapper } = mountWith(PaceTable, { noRoadmap: true }))
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.text()).toContain('Create a roadmap')
  })

  it('speaks Korean', async () => {
    ;({ wrapper } = mountWith(PaceTable, { ...plan, locale: 'ko' }))
    await showTable(wrapper)
    expect(cells(wrapper, 'ml')).toEqual([
      '머신러닝',
      '10시간',
      '최근 28일 평균 주 2시간',
      '2026년 4월 15일(주 2시간 기준)',
    ])
    expect(cells(wrapper, 'algo')[3]).toBe('시작 전')
  })
})
