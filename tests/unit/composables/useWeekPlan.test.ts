import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import { provideWeekPlan, useWeekPlan, type WeekPlan } from '@/composables/useWeekPlan'
import { createAppI18n } from '@/i18n'

describe('the week plan', () => {
  it('is one plan for the whole week view, and one of its own elsewhere', () => {
    setActivePinia(createPinia())
    const seen: WeekPlan[] = []
    const Part = defineComponent({
      setup() {
        seen.push(useWeekPlan())
        return () => h('div')
      },
    })
    let provided!: WeekPlan
    const View = defineComponent({
      setup() {
        provided = provideWeekPlan()
        return () => [h(Part), h(Part)]
      },
    })
    const plugins = [createAppI18n('en')]
    mount(View, { global: { plugins } })
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBe(provided)
    expect(seen[1]).toBe(provided)

    // A pin made in the proposal is in the plan the next-session card reads.
    seen[0]!.togglePin('m1', 60)
    expect(seen[1]!.pinned.value.has('m1')).toBe(true)

    mount(Part, { global: { plugins } })
    expect(seen[2]).not.toBe(provided)
  })
})
