// URLs of a post: template variables in front of them taken off, spaces
// percent-encoded, relative ones resolved against the base URL when there is
// one, and every result checked with the model's URL rule.

import { checkUrl, INVISIBLE, URL_PROBLEM_MESSAGES } from '../model/url.js'

/** A URL ready for the article, or why it is not. */
export type PostUrl = { url: string; note?: string } | { problem: string; template?: true }

/** What a URL may not hold and a browser would percent-encode: whitespace, controls, invisible characters. */
const ENCODE = /* @__PURE__ */ new RegExp(`[${INVISIBLE}]`, 'g')

/** `{{ site.url }}`, `{{ site.baseurl }}` and both, at the start of a URL (spaces may have become `-`). */
const SITE_VARIABLES = /^(?:\{\{[-\s]*site\.(?:url|baseurl)[-\s]*\}\})+/i
/** `{{ "/img/a.png" | relative_url }}` (or `absolute_url`): Jekyll's filters that put the site's address in front. */
const URL_FILTER = /^\{\{[-\s]*(["'])([^"'{}]*)\1[-\s]*\|[-\s]*(?:relative_url|absolute_url)[-\s]*\}\}/

/**
 * Prepare a URL from a post. `baseUrl` is an absolute `http(s):` URL or
 * `undefined`; fragments (`#notes`) stay as they are, they point into the
 * post itself.
 */
export function postUrl(value: string, baseUrl: string | undefined, absolute = false): PostUrl {
  let url = value.trim()
  let note: string | undefined
  const filtered = URL_FILTER.exec(url)
  if (filtered) {
    url = (filtered[2] as string) + url.slice(filtered[0].length)
    if (!url.startsWith('/')) url = `/${url}`
    note = 'its Liquid URL filter is taken off'
  } else if (SITE_VARIABLES.test(url)) {
    url = url.replace(SITE_VARIABLES, '') || '/'
    if (!url.startsWith('/')) url = `/${url}`
    note = 'its Liquid site variable is taken off'
  }
  // Any other template tag would have been filled in by the generator: the address is not known.
  if (/\{[{%]/.test(url)) return { problem: 'it holds a template tag the site generator fills in', template: true }
  // Spaces and other characters a URL may not hold are percent-encoded, as browsers do.
  url = url.replace(ENCODE, encodeURIComponent)
  const relative =
    url !== '' && !url.startsWith('#') && checkUrl(url) === undefined && checkUrl(url, true) !== undefined
  if (baseUrl !== undefined && relative && !/^(?:mailto|tel):/i.test(url)) {
    try {
      url = new URL(url, baseUrl).href
    } catch {
      return { problem: `it cannot be resolved against \`${baseUrl}\`` }
    }
  }
  const problem = checkUrl(url, absolute)
  if (problem) return { problem: URL_PROBLEM_MESSAGES[problem].replace(/^URL /, 'the URL ') }
  return note === undefined ? { url } : { url, note }
}

/** Check the `baseUrl` option: an absolute `http:` or `https:` URL. */
export function checkBaseUrl(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || checkUrl(value, true) !== undefined) {
    throw new TypeError(
      `Expected \`baseUrl\` to be an absolute http: or https: URL such as \`https://blog.example.com/\`, got \`${String(value)}\``,
    )
  }
  return value
}
