// The URL rule shared by the model (on parse) and the renderers (at output).

/** The schemes an article may link to. Anything else is rejected. */
export const ALLOWED_URL_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/**
 * Characters no stored URL may hold: whitespace, controls, invisible
 * formatting characters (soft hyphen, zero-width and bidirectional controls)
 * that could make a URL read differently from where it goes, and the BMP
 * noncharacters, which HTML forbids.
 */
export const INVISIBLE =
  '\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufdd0-\\ufdef\\ufeff\\ufff9-\\ufffb\\ufffe\\uffff'
const forbidden = /* @__PURE__ */ new RegExp(`[${INVISIBLE}]`)
/** A character reference such as `&colon;` or `&#58;`, which could hide a scheme from a naive check. */
const entity = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i
const scheme = /^([a-z][a-z\d+.-]*):/i

/** Why a URL was rejected, or `undefined` when it is acceptable. */
export type UrlProblem = 'empty' | 'whitespace' | 'entity' | 'scheme' | 'incomplete' | 'not_absolute'

/**
 * Check a URL against the model's rule: absolute `http:`/`https:` with a
 * host, `mailto:` or `tel:` with an address, or a relative reference; no
 * whitespace, control or invisible formatting characters anywhere; no
 * character references before the path.
 *
 * @param absolute Require an absolute `http:`/`https:` URL (for canonical URLs).
 * @returns The problem, or `undefined` when the URL is acceptable.
 *
 * @example
 * checkUrl('https://example.com/a') // undefined
 * checkUrl('javascript:alert(1)') // 'scheme'
 * checkUrl('/local/page', true) // 'not_absolute'
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
    const rest = value.slice(name.length + 1)
    if (name === 'http' || name === 'https') {
      // `http:` needs `//` and a host: `https://` alone, or `http:foo`, goes nowhere.
      if (!/^\/\/[^/?#]/.test(rest)) return 'incomplete'
    } else if (rest.length === 0) {
      return 'incomplete'
    }
    return undefined
  }
  if (head.includes(':')) return 'scheme'
  return absolute ? 'not_absolute' : undefined
}

/** Human-readable explanations of each {@link UrlProblem}. */
export const URL_PROBLEM_MESSAGES: Readonly<Record<UrlProblem, string>> = {
  empty: 'Expected a URL, got an empty string',
  whitespace: 'URL must not contain whitespace, control or invisible formatting characters; percent-encode them',
  entity: 'URL must not contain character references (`&...;`) before its path',
  scheme: 'URL scheme is not allowed; use http:, https:, mailto:, tel: or a relative URL',
  incomplete: 'URL has a scheme but nothing to go to: `http(s)://` needs a host, `mailto:` and `tel:` an address',
  not_absolute: 'Expected an absolute http: or https: URL',
}
