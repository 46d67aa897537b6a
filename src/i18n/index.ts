import { en } from './messages/en'
import { ko } from './messages/ko'
import { createI18n } from './runtime'
import type { MessageKey } from './keys'
import { browserLocale } from './setup'
import type { Locale } from '@/domain/schema'

export { browserLocale }

/** Both languages, bundled together: for tests and tools. The app loads them by area (./setup.ts). */
export const messages = { en, ko }

export function createAppI18n(locale: Locale = browserLocale()) {
  return createI18n<MessageKey>({ locale, messages })
}
