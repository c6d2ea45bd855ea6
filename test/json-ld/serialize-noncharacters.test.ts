import { serializeJsonLd } from 'articlekit/json-ld'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

// serializeJsonLd before it named noncharacters by their Unicode property: each astral one as a
// surrogate pair, read code unit by code unit. Its output must not change.
const HIGH = Array.from({ length: 16 }, (_, plane) => String.fromCharCode(0xd83f + plane * 0x40)).join('')
const BEFORE = new RegExp(`[<>&\\u2028\\u2029\\x7f-\\x9f\\ufdd0-\\ufdef\\ufffe\\uffff]|[${HIGH}][\\udffe\\udfff]`, 'g')
const reference = (value: unknown) =>
  (JSON.stringify(value) as string).replace(BEFORE, (found) =>
    Array.from(
      { length: found.length },
      (_, index) => `\\u${found.charCodeAt(index).toString(16).padStart(4, '0')}`,
    ).join(''),
  )

/** Code units around every hazard: markup, controls, noncharacters and both halves of surrogate pairs. */
const unit = fc.constantFrom(
  ...'a<>&"\\\u2028\u2029\x7f\x9f\xa0\ufdcf\ufdd0\ufdef\ufdf0\ufffd\ufffe\uffff',
  ...HIGH,
  '\ud800',
  '\udbfe',
  '\udc00',
  '\udffd',
  '\udffe',
  '\udfff',
  '\ud83c\udf89',
)

describe('serializeJsonLd and noncharacters', () => {
  it('writes every code point as before', () => {
    const all = Array.from({ length: 0x110000 }, (_, code) => String.fromCodePoint(code)).join('')
    // Compared in one test, so a failure shows where they part rather than a million code points.
    const [written, expected] = [serializeJsonLd({ name: all }), reference({ name: all })]
    let parted = 0
    while (parted < expected.length && written[parted] === expected[parted]) parted++
    expect(
      written.length === expected.length && parted === expected.length ? 'same' : expected.slice(parted, parted + 40),
    ).toBe('same')
    // An astral noncharacter is escaped as its two halves; the code points beside it stay.
    expect(serializeJsonLd('\u{1fffd}\u{1fffe}\u{10ffff}')).toBe('"\u{1fffd}\\ud83f\\udffe\\udbff\\udfff"')
  })

  it('treats lone and paired surrogates as before', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const value = { text: units.join('') }
        expect(serializeJsonLd(value)).toBe(reference(value))
      }),
      { numRuns: 3000 },
    )
  })
})
