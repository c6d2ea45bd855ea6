// ISO 8601 dates as the model stores them.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/

/**
 * Check an ISO 8601 date string: a calendar date (`2026-03-14`) or a date and
 * time with an optional offset (`2026-03-14T09:30:00+01:00`). Impossible
 * dates (`2023-02-30`, `25:00`) fail.
 *
 * @returns `true` when the date is valid.
 */
export function isValidIsoDate(value: string): boolean {
  const match = isoDate.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false
  if (match[4] !== undefined) {
    if (Number(match[4]) > 23 || Number(match[5]) > 59) return false
    if (match[6] !== undefined && Number(match[6]) > 59) return false
    if (match[8] !== undefined && (Number(match[8]) > 23 || Number(match[9]) > 59)) return false
  }
  return true
}

/** Whether an ISO date string carries a time zone (`Z` or an offset). */
export function hasTimeZone(value: string): boolean {
  return /(?:Z|[+-]\d{2}:\d{2})$/.test(value)
}

/**
 * Whether an ISO date string names one instant, the same everywhere: a date
 * and time with `Z` or an offset (`2026-03-14T06:00:00Z`), not a calendar
 * date or a local time. What an embargo needs.
 */
export function isIsoInstant(value: string): boolean {
  return value.includes('T') && hasTimeZone(value) && isValidIsoDate(value)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Dates as a JSON Schema `pattern`: field ranges are checked, but not the
 * length of each month (`2023-02-30` passes it; {@link isValidIsoDate} does not).
 */
export const ISO_DATE_PATTERN =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?)?$'

/** Instants (see {@link isIsoInstant}) as a JSON Schema `pattern`, with the same caveat as {@link ISO_DATE_PATTERN}. */
export const ISO_INSTANT_PATTERN =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$'
