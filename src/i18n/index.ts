import { en } from './messages/en'
import { ko } from './messages/ko'
import { browserLocale, createI18nWith } from './setup'
import type { Locale } from '@/domain/schema'

export { browserLocale }

/** Both languages, bundled together: for tests and tools. The app loads one (./setup.ts). */
export const messages = { en, ko }

export function createAppI18n(locale: Locale = browserLocale()) {
  return createI18nWith(locale, messages)
}
