import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { SettingsSchema } from '@/domain/schema'
import * as v from 'valibot'
import { useSettingsStore } from '@/stores/settings'

beforeEach(() => setActivePinia(createPinia()))

describe('settings store: theme', () => {
  it('follows the system until a theme is chosen', () => {
    const s = useSettingsStore()
    expect(s.theme).toBe('system')
    s.systemTheme = 'dark'
    expect(s.effectiveTheme).toBe('dark')
    s.systemTheme = 'light'
    expect(s.effectiveTheme).toBe('light')
    s.setTheme('dark')
    expect(s.effectiveTheme).toBe('dark')
    s.systemTheme = 'dark'
    s.setTheme('light')
    expect(s.effectiveTheme).toBe('light')
  })

  it('snapshots only a chosen theme, in a shape the schema accepts, and hydrates it back', () => {
    const s = useSettingsStore()
    expect(s.snapshot()).toEqual({ locale: null })
    s.setTheme('dark')
    const snap = s.snapshot()
    expect(snap).toEqual({ locale: null, theme: 'dark' })
    expect(v.safeParse(SettingsSchema, snap).success).toBe(true)

    setActivePinia(createPinia())
    const fresh = useSettingsStore()
    fresh.hydrate(snap)
    expect(fresh.theme).toBe('dark')
    fresh.hydrate({ locale: 'ko' })
    expect(fresh.theme).toBe('system')
  })
})
