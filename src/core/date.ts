// Dates for people, shared by the renderers that write them as words.

/**
 * Dates already written, by locale then ISO string: an article's two dates
 * are written on every render, and formatting costs far more than a lookup.
 * Both levels are cleared when they grow past a few entries.
 */
const written = new Map<string, Map<string, string | undefined>>()

/** Formats by locale: with a time, and date only. Keyed by the locale alone, so a lookup builds no key. */
const formats = new Map<string, [Intl.DateTimeFormat | undefined, Intl.DateTimeFormat | undefined]>()

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
  let byIso = written.get(locale)
  if (!byIso) {
    if (written.size >= 16) written.clear()
    byIso = new Map()
    written.set(locale, byIso)
  }
  if (byIso.has(iso)) return byIso.get(iso)
  if (byIso.size >= 256) byIso.clear()
  const shown = format(iso, locale)
  byIso.set(iso, shown)
  return shown
}

/** {@link displayDate} without the cache. */
function format(iso: string, locale: string): string | undefined {
  // `YYYY-MM-DD`, then maybe `THH:MM`; the rest (seconds, offset) is not shown. Read digit by
  // digit: no match array or substrings for what every article has twice.
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined
  const year = digits(iso, 0, 4)
  const month = digits(iso, 5, 2)
  const day = digits(iso, 8, 2)
  if (year < 0 || month < 0 || day < 0) return undefined
  const hour = iso.charCodeAt(10) === 84 && iso.charCodeAt(13) === 58 ? digits(iso, 11, 2) : -1
  const minute = hour < 0 ? -1 : digits(iso, 14, 2)
  const withTime = hour >= 0 && minute >= 0
  let pair = formats.get(locale)
  if (!pair) {
    // Locales come from articles; keep the cache small whatever they are.
    if (formats.size >= 16) formats.clear()
    pair = [undefined, undefined]
    formats.set(locale, pair)
  }
  let formatter = pair[withTime ? 0 : 1]
  if (!formatter) {
    const style: Intl.DateTimeFormatOptions = withTime
      ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' }
    try {
      formatter = new Intl.DateTimeFormat(locale, style)
    } catch {
      formatter = new Intl.DateTimeFormat('en', style)
    }
    pair[withTime ? 0 : 1] = formatter
  }
  const time = withTime ? Date.UTC(year, month - 1, day, hour, minute) : Date.UTC(year, month - 1, day)
  return Number.isNaN(time) ? undefined : formatter.format(time)
}

/** The number written by the ASCII digits `value[start]` to `value[start + count - 1]`, or -1 if one is not a digit. */
function digits(value: string, start: number, count: number): number {
  let number = 0
  for (let index = start; index < start + count; index++) {
    const digit = value.charCodeAt(index) - 48
    if (!(digit >= 0 && digit <= 9)) return -1
    number = number * 10 + digit
  }
  return number
}
