// The URL rule shared by the model (on parse) and the renderers (at output).

/** The schemes an article may link to. Anything else is rejected. */
export const ALLOWED_URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/** Characters no stored URL may hold: whitespace and controls, including those browsers silently strip. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const forbidden = /[\s\0-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/
/** A character reference such as `&colon;` or `&#58;`, which could hide a scheme from a naive check. */
const entity = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i
const scheme = /^([a-z][a-z\d+.-]*):/i

/** Why a URL was rejected, or `undefined` when it is acceptable. */
export type UrlProblem = 'empty' | 'whitespace' | 'entity' | 'scheme' | 'not_absolute'

/**
 * Check a URL against the model's rule: absolute `http:`/`https:`, `mailto:`,
 * `tel:` or a relative reference; no whitespace, control characters or
 * character references before the first `/`, `?` or `#`.
 *
 * @param absolute Require an absolute `http:`/`https:` URL (for canonical URLs).
 * @returns The problem, or `undefined` when the URL is acceptable.
 */
export function checkUrl(value: string, absolute = false): UrlProblem | undefined {
  if (value.length === 0) return 'empty'
  if (forbidden.test(value)) return 'whitespace'
  // `#` may start a character reference (`&#58;`), so only `/` and `?` end the part checked for them.
  const beforePath = value.search(/[/?]/)
  if (entity.test(beforePath === -1 ? value : value.slice(0, beforePath))) return 'entity'
  const end = value.search(/[/?#]/)
  const head = end === -1 ? value : value.slice(0, end)
  const match = scheme.exec(head)
  if (match) {
    const name = (match[1] as string).toLowerCase()
    if (!ALLOWED_URL_SCHEMES.includes(name)) return 'scheme'
    if (absolute && name !== 'http' && name !== 'https') return 'not_absolute'
    if ((name === 'http' || name === 'https') && !value.slice(name.length + 1).startsWith('//')) {
      return absolute ? 'not_absolute' : 'scheme'
    }
    return undefined
  }
  if (head.includes(':')) return 'scheme'
  return absolute ? 'not_absolute' : undefined
}

/** Human-readable explanations of each {@link UrlProblem}. */
export const URL_PROBLEM_MESSAGES: Readonly<Record<UrlProblem, string>> = {
  empty: 'Expected a URL, got an empty string',
  whitespace: 'URL must not contain whitespace or control characters; percent-encode them',
  entity: 'URL must not contain character references (`&...;`) before its path',
  scheme: 'URL scheme is not allowed; use http:, https:, mailto:, tel: or a relative URL',
  not_absolute: 'Expected an absolute http: or https: URL',
}

/**
 * The URL rule as a JSON Schema `pattern` (ECMA-262 syntax): an allowed
 * scheme, or no scheme at all; no whitespace or controls; no character
 * reference before the path. Equivalent to {@link checkUrl} except that
 * the pattern cannot tell U+2028 and similar separators apart; see the docs.
 */
export const URL_PATTERN =
  '^(?![^/?]*&(?:#\\d+|#[xX][\\da-fA-F]+|[A-Za-z][A-Za-z\\d]*);?)(?:[hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:|(?![^/?#]*:))[^\\s\\u0000-\\u001f\\u007f-\\u009f]+$'

/** {@link URL_PATTERN} for canonical URLs: absolute `http:` or `https:` only. */
export const ABSOLUTE_URL_PATTERN = '^[hH][tT][tT][pP][sS]?://[^\\s\\u0000-\\u001f\\u007f-\\u009f]+$'
