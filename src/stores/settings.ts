import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Locale, Settings } from '@/domain/schema'
import { browserLocale } from '@/i18n/setup'

export const useSettingsStore = defineStore('settings', () => {
  /** null follows the browser's language. */
  const locale = ref<Locale | null>(null)
  const systemLocale = ref<Locale>(browserLocale())
  const effectiveLocale = computed<Locale>(() => locale.value ?? systemLocale.value)

  /** ISO instant of the last export or backup download. */
  const lastExportAt = ref<string | null>(null)

  function setLocale(next: Locale | null) {
    locale.value = next
  }

  function markExported(at = new Date()) {
    lastExportAt.value = at.toISOString()
  }

  function hydrate(settings: Settings) {
    locale.value = settings.locale
    lastExportAt.value = settings.lastExportAt ?? null
  }

  function snapshot(): Settings {
    return lastExportAt.value
      ? { locale: locale.value, lastExportAt: lastExportAt.value }
      : { locale: locale.value }
  }

  return {
    locale,
    systemLocale,
    effectiveLocale,
    lastExportAt,
    setLocale,
    markExported,
    hydrate,
    snapshot,
  }
})
