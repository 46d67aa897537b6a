import { mount } from '@vue/test-utils'
import { defineComponent } from 'vue'
import { describe, expect, it } from 'vitest'
import { useFormat } from '@/composables/useFormat'
import { createAppI18n } from '@/i18n'

function format(locale: 'en' | 'ko') {
  let api: ReturnType<typeof useFormat> | undefined
  mount(
    defineComponent({
      setup() {
        api = useFormat()
        return () => null
      },
    }),
    { global: { plugins: [createAppI18n(locale)] } },
  )
  return api!
}

describe('useFormat hours', () => {
  it('shows weekly targets in quarter hours exactly, as their fields do', () => {
    const { hours } = format('en')
    expect(hours(135)).toBe('2.25')
    expect(hours(45)).toBe('0.75')
    expect(hours(630)).toBe('10.5')
    expect(hours(600)).toBe('10')
  })

  it('rounds anything else to one decimal, never two', () => {
    const { hours } = format('en')
    expect(hours(95)).toBe('1.6')
    expect(hours(133)).toBe('2.2')
    expect(hours((200 / 7) * 4)).toBe('1.9') // an average, not whole minutes
  })
})
