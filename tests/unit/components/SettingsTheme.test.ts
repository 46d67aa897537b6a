import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SettingsTheme from '@/components/SettingsTheme.vue'
import { applyTheme, useColorScheme } from '@/composables/useColorScheme'
import { useTrackColor } from '@/composables/useTrackColor'
import { contrastRatio, THEME_SURFACE } from '@/domain/contrast'
import { createAppI18n } from '@/i18n'
import { DARK_QUERY, useSettingsStore } from '@/stores/settings'

/** A system colour scheme the test can switch, as matchMedia reports it. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    media: DARK_QUERY,
    matches: dark,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }
  vi.stubGlobal(
    'matchMedia',
    vi.fn((q: string) => (q === DARK_QUERY ? query : { ...query, media: q, matches: false })),
  )
  return {
    set(next: boolean) {
      query.matches = next
      listeners.forEach((l) => l())
    },
    listeners,
  }
}

/** The settings card beside what App does: the theme applied to a stand-in <html>. */
function mountWithRoot() {
  const root = document.createElement('div')
  let trackColor: ReturnType<typeof useTrackColor>['trackColor'] | undefined
  const Host = defineComponent({
    setup() {
      useColorScheme(root)
      trackColor = useTrackColor().trackColor
      return () => h(SettingsTheme)
    },
  })
  const wrapper = mount(Host, { global: { plugins: [createAppI18n('en')] } })
  return { wrapper, root, trackColor: trackColor! }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('theme setting', () => {
  it('offers system, light and dark, naming what the system uses now', () => {
    fakeSystem(true)
    const { wrapper } = mountWithRoot()
    const labels = wrapper.findAll('label').map((l) => l.text())
    expect(labels).toEqual(['Same as my system (now dark)', 'Light', 'Dark'])
    expect(wrapper.find('legend').text()).toBe('Colour theme')
    expect((wrapper.find('input[value="system"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('pins the chosen theme on the root and removes the pin for "system"', async () => {
    fakeSystem(false)
    const { wrapper, root } = mountWithRoot()
    const settings = useSettingsStore()
    expect(root.dataset.theme).toBeUndefined()

    await wrapper.find('input[value="dark"]').setValue(true)
    expect(settings.theme).toBe('dark')
    expect(root.dataset.theme).toBe('dark')

    await wrapper.find('input[value="light"]').setValue(true)
    expect(root.dataset.theme).toBe('light')

    await wrapper.find('input[value="system"]').setValue(true)
    expect(settings.theme).toBe('system')
    expect(root.dataset.theme).toBeUndefined()
  })

  it('follows the system when it switches, and stops listening when unmounted', async () => {
    const system = fakeSystem(false)
    const { wrapper } = mountWithRoot()
    const settings = useSettingsStore()
    expect(settings.effectiveTheme).toBe('light')
    system.set(true)
    await nextTick()
    expect(settings.effectiveTheme).toBe('dark')
    expect(wrapper.find('label').text()).toBe('Same as my system (now dark)')
    wrapper.unmount()
    expect(system.listeners.size).toBe(0)
  })

  it('shows track colours that stand out from the surface of the theme in use', () => {
    fakeSystem(false)
    const { trackColor } = mountWithRoot()
    const settings = useSettingsStore()
    const navy = '#1d4ed8'
    expect(trackColor.value(navy)).toBe(navy)
    settings.setTheme('dark')
    expect(contrastRatio(trackColor.value(navy), THEME_SURFACE.dark)).toBeGreaterThanOrEqual(3)
    expect(trackColor.value(navy)).not.toBe(navy)
  })

  it('applyTheme writes only the attribute', () => {
    const el = document.createElement('html')
    applyTheme(el, 'dark')
    expect(el.getAttribute('data-theme')).toBe('dark')
    applyTheme(el, 'system')
    expect(el.hasAttribute('data-theme')).toBe(false)
  })
})
