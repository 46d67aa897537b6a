import { enableAutoUnmount, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import TheUpdatePrompt from '@/components/TheUpdatePrompt.vue'
import {
  registerServiceWorker,
  resetServiceWorkerState,
  useServiceWorker,
} from '@/composables/useServiceWorker'
import { createAppI18n } from '@/i18n'
import { usePersistenceStore } from '@/stores/persistence'

// The service worker's state is shared: a prompt left mounted would act on the next test's.
enableAutoUnmount(afterEach)

/** Mounts the prompt with a fake service worker whose events the test fires. */
function setup(locale: 'en' | 'ko' = 'en') {
  let events: RegisterSWOptions = {}
  const update = vi.fn(async () => undefined)
  registerServiceWorker((options) => {
    events = options
    return update
  })
  const wrapper = mount(TheUpdatePrompt, { global: { plugins: [createAppI18n(locale)] } })
  const button = (name: string) => {
    const found = wrapper.findAll('button').find((b) => b.text() === name)
    if (!found) throw new Error(`no button "${name}" in: ${wrapper.text()}`)
    return found
  }
  return { wrapper, events: () => events, update, button }
}

describe('TheUpdatePrompt', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    resetServiceWorkerState()
  })

  it('is an empty polite live region until the service worker has news', () => {
    const { wrapper } = setup()
    const region = wrapper.get('[data-testid="update-prompt"]')
    expect(region.attributes('aria-live')).toBe('polite')
    expect(wrapper.text()).toBe('')
    expect(wrapper.findAll('button')).toHaveLength(0)
  })

  it('offers Reload and Later for a new version; Later hides it and switches nothing', async () => {
    const { wrapper, events, update, button } = setup()
    events().onNeedRefresh?.()
    await nextTick()
    const card = wrapper.get('[data-testid="update-available"]')
    expect(card.attributes('role')).toBe('group')
    expect(card.attributes('aria-label')).toBe('App updates')
    expect(card.text()).toContain('A new version of the app is available.')
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Reload', 'Later'])

    await button('Later').trigger('click')
    expect(wrapper.text()).toBe('')
    expect(update).not.toHaveBeenCalled()
  })

  it('Reload hands over to the new version once everything is saved', async () => {
    const { events, update, button } = setup()
    usePersistenceStore().status = 'saved'
    events().onNeedRefresh?.()
    await nextTick()
    await button('Reload').trigger('click')
    await vi.waitFor(() => expect(update).toHaveBeenCalledOnce())
  })

  it('explains why it did not reload while changes are unsaved, and offers a backup', async () => {
    const { wrapper, events, update, button } = setup()
    usePersistenceStore().status = 'unsaved'
    events().onNeedRefresh?.()
    await nextTick()
    await useServiceWorker().reload()
    await nextTick()
    expect(update).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Your latest changes are not saved yet')
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual([
      'Reload',
      'Download backup',
      'Later',
    ])
    URL.createObjectURL = vi.fn(() => 'blob:x')
    URL.revokeObjectURL = vi.fn()
    await button('Download backup').trigger('click')
    expect(URL.createObjectURL).toHaveBeenCalledOnce()
  })

  it('says once that the app works offline, in Korean too, and closes with OK', async () => {
    const { wrapper, events, button } = setup('ko')
    events().onOfflineReady?.()
    await nextTick()
    expect(wrapper.get('[data-testid="offline-ready"]').text()).toContain(
      '이제 오프라인에서도 쓸 수 있습니다',
    )
    await button('확인').trigger('click')
    expect(wrapper.text()).toBe('')
  })

  it('lets the offline notice go by itself, so it never stays over the graph, unless held', async () => {
    vi.useFakeTimers()
    try {
      const { wrapper, events } = setup()
      events().onOfflineReady?.()
      await nextTick()
      const notice = () => wrapper.find('[data-testid="offline-ready"]')
      expect(notice().exists()).toBe(true)
      // Pointed at (or focused), it stays as long as it is held.
      await notice().trigger('pointerenter')
      vi.advanceTimersByTime(60_000)
      await nextTick()
      expect(notice().exists()).toBe(true)
      await notice().trigger('pointerleave')
      vi.advanceTimersByTime(5_000)
      await nextTick()
      expect(notice().exists()).toBe(true)
      vi.advanceTimersByTime(1_000)
      await nextTick()
      expect(notice().exists()).toBe(false)
      expect(wrapper.text()).toBe('')
    } finally {
      vi.useRealTimers()
    }
  })

  it('puts a waiting update before the offline notice', async () => {
    const { wrapper, events } = setup()
    events().onOfflineReady?.()
    events().onNeedRefresh?.()
    await nextTick()
    expect(wrapper.find('[data-testid="offline-ready"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="update-available"]').exists()).toBe(true)
  })
})
