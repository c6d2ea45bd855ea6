// Dates for people, shared by the renderers that write them as words.

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * An ISO date or date-time as words in `locale` ("12 June 2026 at 07:45"), at
 * the wall-clock time the string carries (its own offset, never converted
 * to the reader's zone); `undefined` if the value is not such a string. An
 * unknown locale falls back to English.
 *
 * @internal
 */
export function displayDate(iso: unknown, locale: string): string | undefined {
  if (typeof iso !== 'string') return undefined
  const match = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?/.exec(iso)
  if (!match) return undefined
  const [, year, month, day, hour, minute] = match
  const withTime = hour !== undefined
  const key = `${locale}|${withTime}`
  let format = formats.get(key)
  if (!format) {
    const style: Intl.DateTimeFormatOptions = withTime
      ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' }
    try {
      format = new Intl.DateTimeFormat(locale, style)
    } catch {
      format = new Intl.DateTimeFormat('en', style)
    }
    // Locales come from articles; keep the cache small whatever they are.
    if (formats.size >= 32) formats.clear()
    formats.set(key, format)
  }
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0))
  return Number.isNaN(time) ? undefined : format.format(time)
}
