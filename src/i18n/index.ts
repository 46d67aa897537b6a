import { createI18n } from 'vue-i18n'
import { en } from './messages/en'
import { ko } from './messages/ko'
import { pickLocale } from '@/domain/locale'
import type { Locale } from '@/domain/schema'

export const messages = { en, ko }

export function browserLocale(): Locale {
  return typeof navigator === 'undefined'
    ? 'en'
    : pickLocale(navigator.languages ?? [navigator.language])
}

export function createAppI18n(locale: Locale = browserLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
  })
}
