/**
 * What counts as text a user can see. Shared by the schema (which refuses what breaks these
 * rules), the editing drafts (which clean what was typed or pasted) and the lenient clean-up of
 * stored data (`normalize.ts`), so the three never disagree.
 */

/** Control characters (C0, DEL, C1) except tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * Characters that draw nothing: whitespace, control and format characters (zero-width space
 * and joiners, word joiner, BOM, soft hyphen, bidi marks), the combining grapheme joiner, the
 * Hangul fillers, the braille blank and the variation selectors.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\u2800\uFE00-\uFE0F]/u
const INVISIBLE_EDGES = new RegExp(`^${INVISIBLE.source}+|${INVISIBLE.source}+$`, 'gu')

export function hasControlChars(text: string): boolean {
  CONTROL.lastIndex = 0
  return CONTROL.test(text)
}

/** The text without control characters (tab and line breaks stay). */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL, '')
}

/** Whether anything in the text would show: not only spaces or zero-width characters. */
export function hasVisibleText(text: string): boolean {
  for (const char of text) if (!INVISIBLE.test(char)) return true
  return false
}

/** Like `trim()`, for invisible characters too (a zero-width space at either end goes). */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, '')
}

/** Typed or pasted text, cleaned: control characters out, invisible ends trimmed. */
export function cleanText(text: string): string {
  return trimInvisible(stripControlChars(text))
}
