// Escaping by context, with a one-test fast path for text that needs none.
// Text content and double-quoted attribute values are the only two contexts
// this renderer writes into; control characters that HTML forbids are dropped
// in both, so an article that skipped validation still yields valid HTML.

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing forbidden controls is the point.
const textHazard = /[&<>\0-\x08\v\x0e-\x1f\x7f-\x9f]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing forbidden controls is the point.
const attributeHazard = /[&"<>\0-\x08\v\x0e-\x1f\x7f-\x9f]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing forbidden controls is the point.
const controls = /[\0-\x08\v\x0e-\x1f\x7f-\x9f]/g
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const replaceEntity = (character: string) => entities[character] as string

/** Turn any value into text: strings as they are, finite numbers as digits, anything else into nothing. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
}

/**
 * Escape text for HTML content: `&`, `<` and `>` become references, and
 * control characters HTML forbids are removed.
 *
 * @example
 * escapeText('Fish & <chips>') // 'Fish &amp; &lt;chips&gt;'
 */
export function escapeText(value: unknown): string {
  const text = toText(value)
  if (!textHazard.test(text)) return text
  return text.replace(controls, '').replace(/[&<>]/g, replaceEntity)
}

/**
 * Escape text for a double-quoted attribute value: `&`, `"`, `<` and `>`
 * become references, and control characters are removed.
 *
 * @example
 * escapeAttribute('say "hi"') // 'say &quot;hi&quot;'
 */
export function escapeAttribute(value: unknown): string {
  const text = toText(value)
  if (!attributeHazard.test(text)) return text
  return text.replace(controls, '').replace(/[&"<>]/g, replaceEntity)
}

/** Attributes as a string (` name="value"` each), skipping `undefined`, `false` and empty class lists. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  let result = ''
  for (const name of Object.keys(values)) {
    const value = values[name]
    if (value === undefined || value === false) continue
    result += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`
  }
  return result
}
