// Dates as the feed formats write them, read from the article's own string: the wall-clock time and
// the offset it states, never converted to the machine's time zone.

/** A calendar date, then maybe a time (seconds and fraction optional) with `Z` or an offset. */
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d))?$/

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

interface Parts {
  year: number
  month: number
  day: number
  time: string
  fraction: string
  offset: string
  hasTime: boolean
}

function parts(value: unknown): Parts | undefined {
  if (typeof value !== 'string') return undefined
  const match = ISO.exec(value)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction, offset] = match
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    time: hour === undefined ? '00:00:00' : `${hour}:${minute}:${second ?? '00'}`,
    fraction: fraction ?? '',
    offset: offset ?? 'Z',
    hasTime: hour !== undefined,
  }
}

/**
 * The moment an ISO date stands for, in milliseconds since the epoch (a
 * calendar date is its midnight in UTC), or `NaN` for anything else.
 *
 * @internal
 */
export function instant(value: unknown): number {
  return parts(value) === undefined ? Number.NaN : Date.parse(value as string)
}

/**
 * An ISO date as RFC 822 (RSS `pubDate`): `Fri, 12 Jun 2026 07:45:00 +0100`,
 * the day, time and offset the string states. A calendar date is its
 * midnight, `+0000`. `undefined` for anything that is not such a date.
 *
 * @internal
 */
export function rfc822(value: unknown): string | undefined {
  const date = parts(value)
  if (date === undefined || Number.isNaN(instant(value))) return undefined
  const weekday = DAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]
  const offset = date.offset === 'Z' ? '+0000' : date.offset.replace(':', '')
  return `${weekday}, ${String(date.day).padStart(2, '0')} ${MONTHS[date.month - 1]} ${date.year} ${date.time} ${offset}`
}

/**
 * An ISO date as RFC 3339 (Atom, JSON Feed, sitemaps): the string as the
 * article states it, with seconds added when it has none; a calendar date
 * becomes its midnight, `Z`. `undefined` for anything that is not such a date.
 *
 * @internal
 */
export function rfc3339(value: unknown): string | undefined {
  const date = parts(value)
  if (date === undefined || Number.isNaN(instant(value))) return undefined
  const day = (value as string).slice(0, 10)
  return `${day}T${date.time}${date.fraction}${date.offset}`
}

/**
 * A sitemap's date (W3C Datetime): a calendar date as it is, a date and
 * time as RFC 3339. `undefined` for anything that is not such a date.
 *
 * @internal
 */
export function w3cDate(value: unknown): string | undefined {
  const date = parts(value)
  if (date === undefined || Number.isNaN(instant(value))) return undefined
  return date.hasTime ? rfc3339(value) : (value as string)
}
