// Helpers shared by the JSON-LD handlers and the meta tags.

import type { UrlContext, UrlPolicy } from '../core/index.js'
import { quoteUrl, refusedUrlMessage } from '../core/url-message.js'
import { squash } from '../model/text.js'
import type { JsonLdNode, JsonLdState, JsonLdWarning } from './types.js'

const ABSOLUTE_HTTP = /^https?:\/\/[^/]/i
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i

/** What URL resolution needs: a policy, a base, and where to report. */
export interface UrlResolver {
  urlPolicy: UrlPolicy
  canonical: string | undefined
  onWarning: ((warning: JsonLdWarning) => void) | undefined
}

/**
 * A URL as it may be written into structured data: it passes the URL policy,
 * a relative one is resolved against the canonical URL, and the result is
 * absolute `http:` or `https:`. Otherwise `undefined`, reported with its path.
 * An absolute URL is kept exactly as written.
 */
export function absoluteUrl(
  resolver: UrlResolver,
  value: unknown,
  context: UrlContext,
  path: (string | number)[],
): string | undefined {
  if (value === undefined || value === null) return undefined
  const allowed = typeof value === 'string' ? resolver.urlPolicy(value, context) : undefined
  if (allowed === undefined) return refuse(resolver, path, refusedUrlMessage(value))
  if (ABSOLUTE_HTTP.test(allowed)) return allowed
  if (HAS_SCHEME.test(allowed)) {
    return refuse(resolver, path, `URL is not http: or https: and was left out: ${quoteUrl(value)}`)
  }
  if (resolver.canonical === undefined) {
    resolver.onWarning?.({
      code: 'url_relative',
      path,
      message: `URL is relative and the article has no canonical \`url\` to resolve it against; left out: ${quoteUrl(value)}`,
    })
    return undefined
  }
  try {
    return new URL(allowed, resolver.canonical).href
  } catch {
    return refuse(resolver, path, `URL cannot be resolved and was left out: ${quoteUrl(value)}`)
  }
}

function refuse(resolver: UrlResolver, path: (string | number)[], message: string): undefined {
  resolver.onWarning?.({ code: 'url_refused', path, message })
  return undefined
}

/** A URL from a handler: resolved against the canonical URL, with the current path plus `at`. */
export function stateUrl(
  state: JsonLdState,
  value: unknown,
  context: UrlContext,
  ...at: (string | number)[]
): string | undefined {
  return absoluteUrl(state.options, value, context, [...state.path, ...at])
}

/** Set `node[key]` only when `value` is worth writing: not `undefined`, not an empty string or array. */
export function put(node: JsonLdNode, key: string, value: unknown): void {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return
  node[key] = value
}

/**
 * A handler's result as a node: a part's node passes, and anything else (text
 * from an inline handler, `undefined` for a part left out, `null` from a
 * custom handler) is `undefined`.
 */
export function nodeOf(result: unknown): JsonLdNode | undefined {
  return result && typeof result === 'object' ? (result as JsonLdNode) : undefined
}

/** A string field as it is, or `undefined` when it is not a non-empty string. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** A non-negative integer (a width, a year), or `undefined`. */
export function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
}

/** An array field, or an empty array when the field is absent or not an array. */
export function list<T>(value: T[] | readonly T[] | undefined | unknown): readonly T[] {
  return Array.isArray(value) ? value : []
}

/** The plain text of a node's inline children (default field `children`), through the handlers. */
export function inlineText(state: JsonLdState, node: object, field = 'children'): string | undefined {
  const parts = state.all(node, field)
  let text = ''
  for (const part of parts) if (typeof part === 'string') text += part
  return nonEmpty(squash(text))
}

/** The `@id` of a node in the graph: a URL with its fragment replaced (`https://a.example/#organization`). */
export function idOf(base: string, fragment: string): string {
  try {
    const url = new URL(base)
    url.hash = fragment
    return url.href
  } catch {
    return `${base}#${fragment}`
  }
}

/** A reference to a node of the graph. */
export function ref(id: string): { '@id': string } {
  return { '@id': id }
}
