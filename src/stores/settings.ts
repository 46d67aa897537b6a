import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Locale, Settings, Theme } from '@/domain/schema'
import { browserLocale } from '@/i18n/setup'

export const DARK_QUERY = '(prefers-color-scheme: dark)'

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY).matches
    : false
}

export const useSettingsStore = defineStore('settings', () => {
  /** null follows the browser's language. */
  const locale = ref<Locale | null>(null)
  const systemLocale = ref<Locale>(browserLocale())
  const effectiveLocale = computed<Locale>(() => locale.value ?? systemLocale.value)

  /** 'system' follows the operating system's light or dark setting. */
  const theme = ref<Theme>('system')
  /** What the system asks for now; kept current by useColorScheme. */
  const systemTheme = ref<'light' | 'dark'>(systemPrefersDark() ? 'dark' : 'light')
  const effectiveTheme = computed<'light' | 'dark'>(() =>
    theme.value === 'system' ? systemTheme.value : theme.value,
  )

  /** ISO instant of the last export or backup download. */
  const lastExportAt = ref<string | null>(null)

  function setLocale(next: Locale | null) {
    locale.value = next
  }

  function setTheme(next: Theme) {
    theme.value = next
  }

  function markExported(at = new Date()) {
    lastExportAt.value = at.toISOString()
  }

  function hydrate(settings: Settings) {
    locale.value = settings.locale
    lastExportAt.value = settings.lastExportAt ?? null
    theme.value = settings.theme ?? 'system'
  }

  /** Optional fields are left out while unset, so stored data stays as small as before. */
  function snapshot(): Settings {
    return {
      locale: locale.value,
      ...(lastExportAt.value ? { lastExportAt: lastExportAt.value } : {}),
      ...(theme.value !== 'system' ? { theme: theme.value } : {}),
    }
  }

  return {
    locale,
    systemLocale,
    effectiveLocale,
    lastExportAt,
    theme,
    systemTheme,
    effectiveTheme,
    setLocale,
    setTheme,
    markExported,
    hydrate,
    snapshot,
  }
})
