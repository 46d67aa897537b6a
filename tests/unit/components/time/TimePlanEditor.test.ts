import type { DOMWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_DELAY_MS } from '@/composables/useDraftField'
import TimePlanEditor from '@/components/time/TimePlanEditor.vue'
import { mountWith } from './timeFixture'

/** Typing: an `input` event, no `change` (the field keeps the focus). */
async function type(field: Pick<DOMWrapper<Element>, 'element' | 'trigger'>, text: string) {
  ;(field.element as HTMLInputElement).value = text
  await field.trigger('input')
}

describe('TimePlanEditor', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.useRealTimers())

  it('shows weekly targets in hours to two decimals and keeps other tracks exact on an edit', async () => {
    const { wrapper, time } = mountWith(TimePlanEditor, {
      targets: [
        { track: 'ml', minutes: 193 },
        { track: 'web', minutes: 90 },
        { track: 'algo', minutes: 0 },
        { track: 'math', minutes: 100 },
      ],
    })
    const value = (id: string) => (wrapper.get(`#target-${id}`).element as HTMLInputElement).value
    expect(value('ml')).toBe('3.22')
    expect(value('web')).toBe('1.5')
    expect(value('math')).toBe('1.67')
    await wrapper.get('#target-web').setValue('2')
    await wrapper.get('#target-web').trigger('change')
    const minutes = Object.fromEntries(
      time.activeLog!.weeklyTargets.map((t) => [t.track, t.minutes]),
    )
    expect(minutes).toEqual({ ml: 193, web: 120, algo: 0, math: 100 })
    wrapper.unmount()
  })

  it('stores a target and the band while the user types, without leaving the field', async () => {
    vi.useFakeTimers()
    const { wrapper, time } = mountWith(TimePlanEditor, {
      targets: [
        { track: 'ml', minutes: 60 },
        { track: 'web', minutes: 60 },
      ],
    })
    await type(wrapper.get('#target-ml'), '4')
    expect(time.activeLog!.weeklyTargets.find((t) => t.track === 'ml')?.minutes).toBe(60)
    vi.advanceTimersByTime(DRAFT_DELAY_MS)
    expect(time.activeLog!.weeklyTargets.find((t) => t.track === 'ml')?.minutes).toBe(240)
    const [low] = wrapper.findAll('.band input')
    await type(low!, '65')
    vi.advanceTimersByTime(DRAFT_DELAY_MS)
    expect(time.band.low).toBeCloseTo(0.65)
    wrapper.unmount()
  })

  it('keeps what the user is typing when another tab changes the targets, and refuses bad hours', async () => {
    vi.useFakeTimers()
    const { wrapper, time } = mountWith(TimePlanEditor, {
      targets: [
        { track: 'ml', minutes: 60 },
        { track: 'web', minutes: 60 },
      ],
    })
    const input = wrapper.get('#target-ml')
    await type(input, '5')
    // Another tab's save arrives before the pause in typing.
    time.setWeeklyTargets([
      { track: 'ml', minutes: 60 },
      { track: 'web', minutes: 180 },
    ])
    await wrapper.vm.$nextTick()
    expect((input.element as HTMLInputElement).value).toBe('5')
    expect((wrapper.get('#target-web').element as HTMLInputElement).value).toBe('3')
    vi.advanceTimersByTime(DRAFT_DELAY_MS)
    const minutes = Object.fromEntries(
      time.activeLog!.weeklyTargets.map((t) => [t.track, t.minutes]),
    )
    expect(minutes).toMatchObject({ ml: 300, web: 180 })
    await input.setValue('500')
    await input.trigger('change')
    expect(wrapper.get('[role="alert"]').text()).not.toBe('')
    expect(time.activeLog!.weeklyTargets.find((t) => t.track === 'ml')?.minutes).toBe(300)
    wrapper.unmount()
  })
})
