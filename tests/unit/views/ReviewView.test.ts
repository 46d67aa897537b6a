import { flushPromises, mount, type DOMWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { MAX_REVIEW_NOTE_LENGTH } from '@/domain/review'
import type { TimeEntry } from '@/domain/schema'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'
import ReviewView from '@/views/ReviewView.vue'
import { milestone, roadmap } from '../helpers'

const noon = (day: string) => `${day}T12:00:00.000Z`
const entry = (id: string, day: string, minutes: number, track: string): TimeEntry => ({
  id,
  day,
  minutes,
  track,
  milestone: null,
  note: '',
  createdAt: noon(day),
})

/** The table body's cells, row by row. */
const cells = (w: Pick<DOMWrapper<Element>, 'findAll'>) =>
  w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))

async function mountView() {
  useRoadmapStore().hydrate({
    roadmaps: [
      roadmap(
        [
          milestone('finished', { status: 'done', statusChangedAt: noon('2026-11-24') }),
          milestone('stuck', { status: 'in-progress', statusChangedAt: noon('2026-10-30') }),
          milestone('ready', { track: 'web' }),
        ],
        [],
        { createdAt: noon('2026-10-01') },
      ),
    ],
    activeRoadmapId: 'r1',
  })
  const time = useTimeStore()
  time.hydrate({
    timeLogs: {
      r1: {
        entries: [entry('e1', '2026-11-24', 120, 'ml'), entry('e2', '2026-11-25', 30, 'web')],
        weeklyTargets: [
          { track: 'ml', minutes: 600 },
          { track: 'web', minutes: 200 },
        ],
        mlBand: { low: 0.7, high: 0.8 },
        reviews: [],
      },
    },
    timer: null,
  })
  time.today = '2026-11-27'
  const router = createAppRouter(createMemoryHistory())
  await router.push('/review')
  const wrapper = mount(ReviewView, { global: { plugins: [createAppI18n('ko'), router] } })
  return { wrapper, time }
}

describe('ReviewView', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows the week: done, time against targets and band, stale, next up', async () => {
    const { wrapper } = await mountView()
    expect(wrapper.get('[data-testid="review-week"]').text()).toBe(
      '2026. 11. 23. – 2026. 11. 29. 한 주',
    )
    expect(wrapper.get('[data-testid="review-done"]').text()).toContain('finished 제목')
    const time = wrapper.get('[data-testid="review-time"]')
    expect(time.text()).toContain('이번 주 AI/ML 비중 80%: 목표 범위 70%–80% 안에 있습니다.')
    expect(cells(time)).toEqual([
      ['머신러닝', '2시간', '10시간'],
      ['웹', '30분', '3시간 20분'],
    ])
    const stale = wrapper.get('[data-testid="review-stale"]')
    expect(stale.text()).toContain('stuck 제목')
    expect(stale.text()).toContain('28일째 그대로')
    const next = wrapper.get('[data-testid="review-next"]')
    expect(next.findAll('li').map((li) => li.find('a').text())).toEqual([
      'stuck 제목',
      'ready 제목',
    ])
  })

  it('saves the note as this week’s review; the past review opens to its snapshot', async () => {
    const { wrapper, time } = await mountView()
    expect(wrapper.text()).toContain('저장한 회고가 아직 없습니다.')
    await wrapper.get('[data-testid="review-note"]').setValue('논문 재현 끝!')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('2026. 11. 23.에 시작하는 주의 회고를 저장했습니다.')
    expect(time.reviews).toMatchObject([{ weekStart: '2026-11-23', note: '논문 재현 끝!' }])

    const history = wrapper.get('[data-testid="review-history"]')
    const toggle = history.get('button')
    expect(toggle.text()).toContain('2026. 11. 23.에 시작하는 주')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    const snapshot = history.get(`#review-${time.reviews[0]!.id}`)
    expect(snapshot.text()).toContain('논문 재현 끝!')
    expect(snapshot.text()).toContain('finished 제목')
    expect(snapshot.text()).toContain('stuck 제목')
    expect(cells(snapshot)).toEqual([
      ['머신러닝', '2시간'],
      ['웹', '30분'],
    ])

    // Midnight into a new week: an empty note for it, and the saved one stays in the history.
    time.today = '2026-11-30'
    await flushPromises()
    expect((wrapper.get('[data-testid="review-note"]').element as HTMLInputElement).value).toBe('')
    expect(wrapper.text()).not.toContain('회고를 저장했습니다')
    expect(wrapper.get('[data-testid="review-week"]').text()).toContain('2026. 11. 30.')
    expect(wrapper.get('[data-testid="review-history"]').text()).toContain('2026. 11. 23.')
  })

  it('refuses a note that is too long, keeps the text, and saves nothing', async () => {
    const { wrapper, time } = await mountView()
    const long = 'x'.repeat(MAX_REVIEW_NOTE_LENGTH + 5)
    await wrapper.get('[data-testid="review-note"]').setValue(long)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('메모가 1,005자입니다. 1,000자 이내로')
    expect((wrapper.get('[data-testid="review-note"]').element as HTMLInputElement).value).toBe(
      long,
    )
    expect(time.reviews).toEqual([])
  })
})
