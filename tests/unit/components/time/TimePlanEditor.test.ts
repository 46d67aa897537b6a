import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import TimePlanEditor from '@/components/time/TimePlanEditor.vue'
import { mountWith } from './timeFixture'

describe('TimePlanEditor', () => {
  beforeEach(() => setActivePinia(createPinia()))

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
})
