import { storeToRefs } from 'pinia'
import { onMounted, onUnmounted, watchEffect } from 'vue'
import type { Theme } from '@/domain/schema'
import { DARK_QUERY, useSettingsStore } from '@/stores/settings'

/**
 * Pins the chosen theme on `<html>` (`data-theme`; none for "system", where the stylesheet's
 * `color-scheme: light dark` follows the system by itself, from the first paint), and keeps
 * the store's idea of the system theme current when the system switches. Called once, by App.
 */
export function useColorScheme(root: HTMLElement = document.documentElement) {
  const settings = useSettingsStore()
  const { theme } = storeToRefs(settings)
  watchEffect(() => applyTheme(root, theme.value))

  const query = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null
  const onChange = () => {
    settings.systemTheme = query?.matches ? 'dark' : 'light'
  }
  onMounted(() => {
    onChange()
    query?.addEventListener('change', onChange)
  })
  onUnmounted(() => query?.removeEventListener('change', onChange))
  return { theme }
}

export function applyTheme(root: HTMLElement, theme: Theme) {
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}
