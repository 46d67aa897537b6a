import { mount, type VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import type { Band, Milestone, TimeEntry, Track } from '@/domain/schema'
import { createAppI18n } from '@/i18n'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'
import { roadmap, timeEntry } from '../../helpers'

export const TODAY = '2026-03-11'

export const tracks: Track[] = [
  { id: 'ml', kind: 'ml', title: { ko: '머신러닝', en: 'Machine learning' }, color: '#3b5bdb' },
  { id: 'web', kind: 'other', title: { ko: '웹', en: 'Web' }, color: '#c2255c' },
  { id: 'algo', kind: 'other', title: { ko: '알고리즘', en: 'Algorithms' }, color: '#2b8a3e' },
  { id: 'math', kind: 'ml', title: { ko: '수학', en: 'Maths' }, color: '#e67700' },
]

/** A time entry (the shared test helper, under the name these tests use). */
export const entry = timeEntry

export interface Fixture {
  entries?: TimeEntry[]
  targets?: { track: string; minutes: number }[]
  band?: Band
  milestones?: Milestone[]
  locale?: 'en' | 'ko'
  noRoadmap?: boolean
}

/** Stores filled with a small known roadmap and log, and the component mounted on them. */
export function mountWith(
  component: Component,
  fixture: Fixture = {},
  props: Record<string, unknown> = {},
) {
  const roadmapStore = useRoadmapStore()
  const time = useTimeStore()
  if (!fixture.noRoadmap) {
    roadmapStore.hydrate({
      roadmaps: [roadmap(fixture.milestones ?? [], [], { tracks })],
      activeRoadmapId: 'r1',
    })
    time.hydrate({
      timeLogs: {
        r1: {
          entries: fixture.entries ?? [],
          weeklyTargets: fixture.targets ?? [],
          mlBand: fixture.band ?? { low: 0.7, high: 0.8 },
          reviews: [],
        },
      },
      timer: null,
    })
  }
  const i18n = createAppI18n(fixture.locale ?? 'en')
  const wrapper = mount(component, {
    props: { today: TODAY, ...props },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  return { wrapper, roadmapStore, time, i18n }
}

/** Switches a chart to its table view (tables are rendered only while shown). */
export async function showTable(wrapper: VueWrapper) {
  await wrapper.find('[data-testid="view-table"]').trigger('click')
}

/** Where a value sits between two pixel positions, as a fraction. */
export function fraction(value: number, from: number, to: number): number {
  return (value - from) / (to - from)
}
