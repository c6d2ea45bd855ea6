// JSON for a <script> element. JSON.stringify alone is not enough: `</script>`
// or `<!--` inside a string would end or change the script element, U+2028
// and U+2029 break older JavaScript parsers, and HTML forbids the C1 controls
// and the noncharacters anywhere in a document, script text included. Each
// of them is written as a \u escape, which JSON reads back as the same
// character; never as an HTML entity, which JSON would keep as text.

const UNSAFE =
  /[<>&\u2028\u2029\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g
/** Every UTF-16 unit of the match as `\uXXXX`. */
const toEscape = (match: string) => {
  let escaped = ''
  for (let index = 0; index < match.length; index++)
    escaped += `\\u${match.charCodeAt(index).toString(16).padStart(4, '0')}`
  return escaped
}

/**
 * Serialize a value as JSON that is safe inside
 * `<script type="application/ld+json">`: `JSON.stringify`, then `<`, `>`,
 * `&`, U+2028 and U+2029 written as `\u003c`, `\u003e`, `\u0026`, `\u2028`
 * and `\u2029`, and the code points HTML forbids in a document (DEL, the C1
 * controls, the noncharacters) as `\u` escapes too. `JSON.parse` of the
 * result gives the value back. Lone surrogates are escaped by
 * `JSON.stringify` itself.
 *
 * @throws TypeError for what JSON cannot hold: `undefined`, a function, a
 *   cycle or a BigInt (as `JSON.stringify` does).
 *
 * @example
 * serializeJsonLd({ headline: '</script><b>' })
 * // '{"headline":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined
  if (json === undefined) throw new TypeError(`Cannot serialize \`${typeof value}\` as JSON-LD: expected a JSON value`)
  return json.replace(UNSAFE, toEscape)
}
