import { content } from '@/content'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import TheTimerBar from '@/components/TheTimerBar.vue'
import { MENTOR_ANSWERS } from '@/domain/generate'
import { createAppI18n } from '@/i18n'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

function setup(locale: 'en' | 'ko' = 'en') {
  const roadmap = useRoadmapStore()
  roadmap.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
  const time = useTimeStore()
  const track = roadmap.active!.tracks[0]!.id
  time.startTimer(track)
  const wrapper = mount(TheTimerBar, { global: { plugins: [createAppI18n(locale)] } })
  return { time, wrapper }
}

const button = (wrapper: ReturnType<typeof setup>['wrapper'], name: string) =>
  wrapper.findAll('button').find((b) => b.text() === name)!

describe('TheTimerBar', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('a timer stopped under a minute is logged as one minute when the user says so', async () => {
    const { time, wrapper } = setup()
    await button(wrapper, 'Stop and log').trigger('click')
    expect(wrapper.get('[role="status"]').text()).toContain('under a minute')
    expect(time.timer?.runningSince).toBeNull()
    expect(time.entries).toHaveLength(0)
    await button(wrapper, 'Log 1 min').trigger('click')
    expect(time.timer).toBeNull()
    expect(time.entries.map((e) => e.minutes)).toEqual([1])
  })

  it('or discarded, only when the user chooses it (in Korean too)', async () => {
    const { time, wrapper } = setup('ko')
    await button(wrapper, '멈추고 기록').trigger('click')
    expect(wrapper.get('[role="status"]').text()).toContain('1분으로 기록할까요')
    const discards = wrapper.findAll('[role="status"] button').filter((b) => b.text() === '버리기')
    expect(discards).toHaveLength(1)
    await discards[0]!.trigger('click')
    expect(time.timer).toBeNull()
    expect(time.entries).toHaveLength(0)
  })

  it('resuming puts the short timer back to work and hides the question', async () => {
    const { time, wrapper } = setup()
    await button(wrapper, 'Stop and log').trigger('click')
    await button(wrapper, 'Resume').trigger('click')
    expect(time.timer?.runningSince).not.toBeNull()
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('discarding a running timer asks in the app’s dialog first', async () => {
    const { time, wrapper } = setup()
    await button(wrapper, 'Discard').trigger('click')
    const dialog = wrapper.get('dialog')
    expect(dialog.text()).toContain('Discard this timer without logging its time?')
    expect(time.timer).not.toBeNull()
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Cancel')!
      .trigger('click')
    expect(time.timer).not.toBeNull()
    await button(wrapper, 'Discard').trigger('click')
    await wrapper
      .get('dialog')
      .findAll('button')
      .find((b) => b.text() === 'Discard')!
      .trigger('click')
    expect(time.timer).toBeNull()
    expect(time.entries).toHaveLength(0)
  })
})
