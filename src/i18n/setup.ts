import { createI18n } from 'vue-i18n'
import { messageCompiler } from './compile'
import type { Messages } from './messages/en'
import { pickLocale } from '@/domain/locale'
import type { Locale } from '@/domain/schema'

/**
 * vue-i18n for the app without any messages bundled: the start-up loads only the language it
 * shows (`startI18n`), the other one when the user switches (`showLocale`). `./index.ts` keeps
 * the all-at-once `createAppI18n` for tests and tools.
 */

export function browserLocale(): Locale {
  return typeof navigator === 'undefined'
    ? 'en'
    : pickLocale(navigator.languages ?? [navigator.language])
}

export function createI18nWith(locale: Locale, messages: Partial<Record<Locale, Messages>>) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: messages as Record<Locale, Messages>,
    messageCompiler,
  })
}

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./messages/en').then((m) => m.en),
  ko: () => import('./messages/ko').then((m) => m.ko),
}
const loading = new Map<Locale, Promise<Messages>>()

/** Starts (once) downloading a language's messages; main.ts calls it before reading storage. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loading.get(locale)
  if (!messages) {
    messages = loaders[locale]()
    loading.set(locale, messages)
  }
  return messages
}

/** The i18n plugin with the messages of `locale` loaded. */
export async function startI18n(locale: Locale) {
  return createI18nWith(locale, { [locale]: await loadMessages(locale) })
}

let wanted: Locale | null = null

/** The parts of vue-i18n's global composer that switching languages uses. */
interface LocaleHost {
  readonly availableLocales: readonly string[]
  readonly locale: { value: string }
  setLocaleMessage(locale: Locale, messages: Messages): void
}

/** Loads `locale`'s messages if needed, then shows it; the last call wins. */
export async function showLocale(composer: LocaleHost, locale: Locale): Promise<void> {
  wanted = locale
  if (!composer.availableLocales.includes(locale)) {
    composer.setLocaleMessage(locale, await loadMessages(locale))
  }
  if (wanted === locale) composer.locale.value = locale
}
