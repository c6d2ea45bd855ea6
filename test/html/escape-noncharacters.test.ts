import { escapeAttribute, escapeText } from 'articlekit/html'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeSingleQuoted } from '../../src/html/escape.js'

// The escapers before they named noncharacters by their Unicode property: each astral one as a
// surrogate pair, read code unit by code unit. Their output must not change.
const FORBIDDEN = '\\0-\\x08\\v\\x0e-\\x1f\\x7f-\\x9f\\ufdd0-\\ufdef\\ufffe\\uffff'
const HIGH = Array.from({ length: 16 }, (_, plane) => String.fromCharCode(0xd83f + plane * 0x40)).join('')
const PAIR = `[${HIGH}][\\udffe\\udfff]`
const references: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const before = (markup: string) => {
  const pattern = new RegExp(`[${markup}${FORBIDDEN}]|${PAIR}`, 'g')
  return (value: string) => value.replace(pattern, (found) => references[found] ?? '')
}
const escapers = [
  ['escapeText', escapeText, before('&<>')],
  ['escapeAttribute', escapeAttribute, before('&"<>')],
  ['escapeSingleQuoted', escapeSingleQuoted, before("&'<>")],
] as const

/** Code units around every hazard: markup, controls, noncharacters and both halves of surrogate pairs. */
const unit = fc.constantFrom(
  ...'a&<>"\'\0\b\t\n\v\f\r\x1f\x7f\x9f\xa0\ufdcf\ufdd0\ufdef\ufdf0\ufffd\ufffe\uffff',
  ...HIGH,
  '\ud800',
  '\ud83e',
  '\udbfe',
  '\udc00',
  '\udffd',
  '\udffe',
  '\udfff',
  '\ud83c\udf89',
)

describe('escaping noncharacters', () => {
  it.each(escapers)('%s writes every code point as before', (_, escaper, reference) => {
    const all = Array.from({ length: 0x110000 }, (_, code) => String.fromCodePoint(code)).join('')
    expect(escaper(all)).toBe(reference(all))
    // The astral noncharacters go, the code points beside them stay.
    expect(escaper('a\u{1fffd}\u{1fffe}\u{10ffff}\u{10fffd}b')).toBe('a\u{1fffd}\u{10fffd}b')
  })

  it.each(escapers)('%s treats lone and paired surrogates as before', (_, escaper, reference) => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const value = `&${units.join('')}`
        expect(escaper(value)).toBe(reference(value))
      }),
      { numRuns: 3000 },
    )
  })
})
