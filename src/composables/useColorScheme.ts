import { storeToRefs } from 'pinia'
import { watchEffect } from 'vue'
import type { Theme } from '@/domain/schema'
import { DARK_QUERY, useSettingsStore } from '@/stores/settings'
import { useMediaQuery } from './useMediaQuery'

/**
 * Pins the chosen theme on `<html>` (`data-theme`; none for "system", where the stylesheet's
 * `color-scheme: light dark` follows the system by itself, from the first paint), and keeps
 * the store's idea of the system theme current when the system switches. Called once, by App.
 */
export function useColorScheme(root: HTMLElement = document.documentElement) {
  const settings = useSettingsStore()
  const { theme } = storeToRefs(settings)
  watchEffect(() => applyTheme(root, theme.value))

  const dark = useMediaQuery(DARK_QUERY)
  watchEffect(() => (settings.systemTheme = dark.value ? 'dark' : 'light'))
  return { theme }
}

export function applyTheme(root: HTMLElement, theme: Theme) {
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}
