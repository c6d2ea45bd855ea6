import { checkUrl } from '../model/url.js'

/** Where a URL is about to be written, so a policy can treat each use differently. */
export type UrlContext =
  | 'link'
  | 'image'
  | 'embed'
  | 'author'
  | 'source'
  | 'related'
  | 'canonical'
  | 'license'
  | 'other'

/**
 * Decide, at output, whether a URL may be written. Return the URL to write
 * (possibly rewritten), or `undefined` to leave it out; renderers then keep
 * the link's text and drop only the link.
 */
export type UrlPolicy = (url: string, context: UrlContext) => string | undefined

/**
 * The default policy: the model's own rule (`http:`, `https:`, `mailto:`,
 * `tel:` and relative URLs; no whitespace, controls or hidden schemes),
 * applied again at output so that articles which skipped validation are
 * just as safe. A `canonical` URL must be absolute `http:` or `https:`.
 *
 * @example
 * defaultUrlPolicy('https://example.com/a', 'link') // 'https://example.com/a'
 * defaultUrlPolicy('javascript:alert(1)', 'link') // undefined
 */
export const defaultUrlPolicy: UrlPolicy = (url, context) =>
  typeof url === 'string' && checkUrl(url, context === 'canonical') === undefined ? url : undefined
