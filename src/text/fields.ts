// The words of a custom node that has neither `children` nor `value`.

/** Keys that hold a URL or an identifier, never words. */
const skipped = /^(?:type|id|key)$|(?:url|href|src)$/i
/** Values that are a URL and nothing else (a scheme with `//`, or a scheme that runs code or dials). */
const address = /^\s*(?:[a-z][a-z\d+.-]*:\/\/|(?:javascript|vbscript|data|mailto|tel|sms|file):)\S*\s*$/i

/**
 * The string fields of a node, in key order: each own string property, and
 * each string in an own array property, except `type`, `id`, `key`, fields
 * whose name ends in `url`, `href` or `src`, and values that are nothing but
 * a URL (which would have to pass the URL policy; they are not words). Empty strings
 * are left out.
 *
 * @internal
 */
export function stringFields(node: object): string[] {
  const found: string[] = []
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '' && !address.test(value)) found.push(value)
  }
  for (const key of Object.keys(node)) {
    if (skipped.test(key)) continue
    const value = (node as Record<string, unknown>)[key]
    if (Array.isArray(value)) for (const item of value) add(item)
    else add(value)
  }
  return found
}
