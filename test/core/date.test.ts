import { describe, expect, it, vi } from 'vitest'
import { displayDate } from '../../src/core/date.js'

// displayDate reads the date digit by digit; these pin down what it accepts.
describe('displayDate', () => {
  it('shows a date-time at the wall-clock time it carries, in the locale', () => {
    expect(displayDate('2026-06-12T07:45:00+01:00', 'en-GB')).toBe('12 June 2026 at 07:45')
    expect(displayDate('2026-06-12T23:59-08:00', 'en-GB')).toBe('12 June 2026 at 23:59')
    expect(displayDate('2026-06-12T07:45:00Z', 'de')).toBe('12. Juni 2026 um 07:45')
  })

  it('shows a date alone without a time', () => {
    expect(displayDate('2026-06-12', 'en-GB')).toBe('12 June 2026')
    expect(displayDate('2026-06-12 07:45', 'en-GB')).toBe('12 June 2026')
    // A time needs both fields as two digits; otherwise the date stands alone.
    expect(displayDate('2026-06-12T7:45', 'en-GB')).toBe('12 June 2026')
    expect(displayDate('2026-06-12T07:4', 'en-GB')).toBe('12 June 2026')
    expect(displayDate('2026-06-12T07-45', 'en-GB')).toBe('12 June 2026')
  })

  it('rolls over out-of-range fields as Date.UTC does', () => {
    expect(displayDate('2026-13-01', 'en-GB')).toBe('1 January 2027')
    expect(displayDate('2026-02-30T25:00', 'en-GB')).toBe('3 March 2026 at 01:00')
  })

  it('returns undefined for anything that does not start with YYYY-MM-DD', () => {
    for (const value of [
      '',
      '2026',
      '2026-6-12',
      '2026-06-1',
      '26-06-12',
      '2026/06/12',
      '２０２６-06-12',
      ' 2026-06-12',
    ])
      expect([value, displayDate(value, 'en-GB')]).toEqual([value, undefined])
    for (const value of [undefined, null, 20260612, new Date(0), ['2026-06-12']])
      expect(displayDate(value, 'en-GB')).toBeUndefined()
  })

  it('falls back to English for a locale Intl does not know', () => {
    expect(displayDate('2026-06-12', 'not a locale')).toBe('June 12, 2026')
  })

  it('formats each date once per locale: later renders reuse the words', () => {
    // `format` is a getter returning a bound function: count the reads, one per date formatted.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: unknown }, 'format', 'get')
    try {
      const first = displayDate('2031-02-03T04:05Z', 'en-GB')
      for (let round = 0; round < 50; round++) expect(displayDate('2031-02-03T04:05Z', 'en-GB')).toBe(first)
      expect(displayDate('2031-02-03T04:05Z', 'de')).toBe('3. Februar 2031 um 04:05')
      expect(displayDate('2031-02-31', 'en-GB')).toBe('3 March 2031')
      expect(displayDate('2031-02-31', 'en-GB')).toBe('3 March 2031')
      expect(format).toHaveBeenCalledTimes(3)
    } finally {
      format.mockRestore()
    }
  })

  it('keeps its cache small whatever the dates and locales', () => {
    for (let day = 0; day < 2000; day++) displayDate(`2031-01-01T00:00Z${day}`, `en-x-${day % 40}`)
    expect(displayDate('2031-01-01', 'en-GB')).toBe('1 January 2031')
  })
})
