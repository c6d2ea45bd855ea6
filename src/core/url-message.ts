// URLs at output, shared by every renderer: the policy check and the words of its warnings.

import type { UrlContext, UrlPolicy } from './url-policy.js'

/**
 * A URL as a warning quotes it: a short, escaped excerpt of a string, or
 * what else the value was (never calling its `toString`).
 *
 * @internal
 */
export function quoteUrl(value: unknown): string {
  return typeof value === 'string'
    ? `\`${JSON.stringify(value.slice(0, 80)).slice(1, -1)}\``
    : `not a string but ${value === null ? 'null' : `a ${typeof value}`}`
}

/**
 * The message of a `url_refused` warning.
 *
 * @internal
 */
export function refusedUrlMessage(value: unknown): string {
  return `URL refused by the URL policy and left out: ${quoteUrl(value)}`
}

/**
 * A URL as a renderer may write it, or `undefined`: resolved against `base`
 * first when one is given (an unresolvable URL is judged as it is), then
 * passed to the URL policy. A refusal is reported as `url_refused` at
 * `path` + `at`; an absent URL (`undefined`, `null`) is not a refusal.
 *
 * @internal
 */
export function policyUrl(
  options: {
    urlPolicy: UrlPolicy
    onWarning?: ((warning: { code: 'url_refused'; path: (string | number)[]; message: string }) => void) | undefined
  },
  value: unknown,
  context: UrlContext,
  base: unknown,
  path: readonly (string | number)[],
  at: readonly (string | number)[],
): string | undefined {
  if (value === undefined || value === null) return undefined
  let url = typeof value === 'string' ? value : undefined
  if (url !== undefined && typeof base === 'string') {
    try {
      url = new URL(url, base).href
    } catch {
      // Not resolvable: the policy judges it as it is.
    }
  }
  const allowed = url === undefined ? undefined : options.urlPolicy(url, context)
  if (allowed === undefined) {
    options.onWarning?.({ code: 'url_refused', path: [...path, ...at], message: refusedUrlMessage(value) })
  }
  return allowed
}
