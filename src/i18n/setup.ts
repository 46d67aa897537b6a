import { createI18n, type I18n } from './runtime'
import type { Messages } from './messages/en'
import { pickLocale } from '@/domain/locale'
import type { Locale } from '@/domain/schema'

/**
 * The app's i18n without any messages bundled: the start-up loads only the language it shows
 * (`startI18n`), the other one when the user switches (`showLocale`). `./index.ts` keeps the
 * all-at-once `createAppI18n` for tests and tools.
 */

export function browserLocale(): Locale {
  return typeof navigator === 'undefined'
    ? 'en'
    : pickLocale(navigator.languages ?? [navigator.language])
}

export function createI18nWith(locale: Locale, messages: Partial<Record<Locale, Messages>>) {
  return createI18n({ locale, messages })
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

/** Loads `locale`'s messages if needed, then shows it; the last call wins. */
export async function showLocale(i18n: I18n, locale: Locale): Promise<void> {
  wanted = locale
  const messages = await loadMessages(locale)
  if (wanted !== locale) return
  // Adding the same messages again changes nothing; a switch re-renders everything anyway.
  i18n.addMessages(locale, messages)
  i18n.locale.value = locale
}
