import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useWeekStart, weekStartFor } from '@/composables/useWeekStart'
import { createAppI18n } from '@/i18n'

describe('weekStartFor', () => {
  it('starts Korean weeks on Monday', () => {
    expect(weekStartFor('ko')).toBe(1)
    expect(weekStartFor('ko-KR')).toBe(1)
  })

  it('follows the locale otherwise', () => {
    expect(weekStartFor('en-GB')).toBe(1)
    expect(weekStartFor('en-US')).toBe(7)
  })

  it('falls back to Monday for a locale it cannot read', () => {
    expect(weekStartFor('not a locale!')).toBe(1)
  })
})

describe('useWeekStart', () => {
  it('follows the UI language', async () => {
    const i18n = createAppI18n('ko')
    let result: ReturnType<typeof useWeekStart> | undefined
    mount(
      defineComponent({
        setup() {
          result = useWeekStart()
          return () => h('div')
        },
      }),
      { global: { plugins: [i18n] } },
    )
    expect(result!.weekStart.value).toBe(1)
    i18n.locale.value = 'en'
    await nextTick()
    expect(result!.weekStart.value).toBe(weekStartFor('en'))
  })
})
