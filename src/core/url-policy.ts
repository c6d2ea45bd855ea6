import { checkUrl } from '../model/url.js'

/** Where a URL is about to be written, so a policy can treat each use differently. */
export type UrlContext =
  | 'link'
  | 'image'
  | 'embed'
  | 'audio'
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
 * The common case, settled in one scan: `http://` or `https://`, a host, and only printable ASCII
 * (no whitespace, controls or invisible characters; no character reference can hide a scheme, as
 * the scheme comes first). `checkUrl` accepts every such URL, as a link and as a canonical URL;
 * anything else goes to it.
 */
const plainWebUrl = /^https?:\/\/(?![/?#])[!-~]+$/i

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
  typeof url === 'string' && (plainWebUrl.test(url) || checkUrl(url, context === 'canonical') === undefined)
    ? url
    : undefined
