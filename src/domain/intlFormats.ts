/**
 * `Intl` formatters, one per kind, locale and options, kept for good: creating one costs far more
 * than using one (with years of time entries, one per call blew the frame budget). Numbers in
 * English and Korean mostly need none: `./numberText.ts`.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined
  if (!format) {
    format = make()
    formatters.set(key, format)
  }
  return format
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  cached(
    `n|${locale}|${JSON.stringify(options ?? {})}`,
    () => new Intl.NumberFormat(locale, options),
  )

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) =>
  cached(
    `d|${locale}|${JSON.stringify(options ?? {})}`,
    () => new Intl.DateTimeFormat(locale, options),
  )
