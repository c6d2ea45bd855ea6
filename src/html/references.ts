// Character references read back: the one decoder, for HTML articlekit wrote (`toHast`) and for
// JSON-LD text that sites escaped twice (the page reader). In a module of its own, so that neither
// bundle takes the escapers with it.

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g

/**
 * The references an escaper writes, read back: the numeric ones (a
 * surrogate or out-of-range code point is left as written) and `&amp;`,
 * `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`. Not a full HTML decoder: for
 * markup articlekit wrote, and text that sites escaped twice.
 *
 * @internal
 */
export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(REFERENCE, (match, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] as string
    const code = decimal === undefined ? Number.parseInt(hex as string, 16) : Number(decimal)
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : match
  })
}
