import type { Locale, Text } from './schema'
import { hasVisibleText } from './text'

/** The UI language for a list of browser languages: Korean for any `ko*`, else English. */
export function pickLocale(languages: readonly string[]): Locale {
  const first = languages.find((l) => l.trim() !== '')
  return first && /^ko\b/i.test(first.trim()) ? 'ko' : 'en'
}

/** Text in the wanted language, falling back to the other one when that side shows nothing. */
export function localize(text: Text | undefined, locale: Locale): string {
  if (!text) return ''
  const other: Locale = locale === 'ko' ? 'en' : 'ko'
  return hasVisibleText(text[locale]) ? text[locale] : text[other]
}
