import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Locale, Settings } from '@/domain/schema'
import { browserLocale } from '@/i18n'

export const useSettingsStore = defineStore('settings', () => {
  /** null follows the browser's language. */
  const locale = ref<Locale | null>(null)
  const systemLocale = ref<Locale>(browserLocale())
  const effectiveLocale = computed<Locale>(() => locale.value ?? systemLocale.value)

  function setLocale(next: Locale | null) {
    locale.value = next
  }

  function hydrate(settings: Settings) {
    locale.value = settings.locale
  }

  function snapshot(): Settings {
    return { locale: locale.value }
  }

  return { locale, systemLocale, effectiveLocale, setLocale, hydrate, snapshot }
})
