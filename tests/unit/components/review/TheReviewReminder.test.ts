import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import TheReviewReminder from '@/components/review/TheReviewReminder.vue'
import type { Review, TimeLog } from '@/domain/schema'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'
import { chain } from '../../helpers'

const TODAY = '2026-11-27' // a Friday: in the Monday week of 11-23 and the Sunday week of 11-22

function log(patch: Partial<TimeLog> = {}): TimeLog {
  return {
    entries: [],
    weeklyTargets: [],
    mlBand: { low: 0.7, high: 0.8 },
    reviews: [],
    ...patch,
  }
}
const review = (weekStart: string): Review => ({
  id: `r-${weekStart}`,
  weekStart,
  savedAt: `${weekStart}T12:00:00.000Z`,
  note: '',
  done: [],
  minutesByTrack: [],
  stale: [],
})

async function mountWith(createdAt: string, timeLog: TimeLog, locale: 'en' | 'ko' = 'ko') {
  useRoadmapStore().hydrate({ roadmaps: [{ ...chain(), createdAt }], activeRoadmapId: 'r1' })
  const time = useTimeStore()
  time.hydrate({ timeLogs: { r1: timeLog }, timer: null })
  time.today = TODAY
  const router = createAppRouter(createMemoryHistory())
  await router.push('/list')
  const wrapper = mount(TheReviewReminder, {
    global: { plugins: [createAppI18n(locale), router] },
  })
  return { wrapper, time }
}

describe('TheReviewReminder', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('asks for this week’s review and links to the review screen', async () => {
    const { wrapper } = await mountWith('2026-11-01T12:00:00.000Z', log(), 'en')
    expect(wrapper.text()).toContain('This week has no review yet.')
    const link = wrapper.get('a')
    expect(link.text()).toBe('Review this week')
    expect(link.attributes('href')).toBe('/review')
  })

  it('is quiet for a roadmap only two days old, and once this week is reviewed', async () => {
    expect((await mountWith('2026-11-25T12:00:00.000Z', log())).wrapper.text()).toBe('')
    setActivePinia(createPinia())
    const reviewed = log({ reviews: [review('2026-11-23')] })
    expect((await mountWith('2026-11-01T12:00:00.000Z', reviewed)).wrapper.text()).toBe('')
    setActivePinia(createPinia())
    const lastWeek = log({ reviews: [review('2026-11-16')] })
    expect((await mountWith('2026-11-01T12:00:00.000Z', lastWeek)).wrapper.text()).toContain(
      '이번 주 회고를 아직 하지 않았습니다',
    )
  })

  it('hides for the rest of the week when dismissed, and remembers it in the log', async () => {
    const { wrapper, time } = await mountWith('2026-11-01T12:00:00.000Z', log())
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '이번 주는 건너뛰기')!
      .trigger('click')
    expect(wrapper.find('[data-testid="review-reminder"]').exists()).toBe(false)
    // Korean weeks start on Monday.
    expect(time.activeLog?.reviewDismissedWeek).toBe('2026-11-23')
    time.today = '2026-11-30'
    await flushPromises()
    expect(wrapper.find('[data-testid="review-reminder"]').exists()).toBe(true)
  })
})
