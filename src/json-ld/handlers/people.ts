import { isNewsType } from '../../model/article-types.js'
import { squash } from '../../model/text.js'
import { TRUST_POLICIES } from '../../model/trust.js'
import type { Article, Author, Image } from '../../model/types.js'
import type { JsonLdNode, JsonLdState } from '../types.js'
import { absoluteUrl, idOf, list, nonEmpty, put, stateUrl } from '../util.js'

/**
 * An author: a Person or an Organization, one per author, never merged.
 * With `name`, `url`, `sameAs`, `jobTitle` (people only) and `image`. In
 * graph mode an author with a profile URL gets the id `<profile url>#person`
 * (or `#organization`), the same in every article; an author whose id is
 * already taken by a different entity is nested without it (see `id_conflict`).
 * An author without a name is left out (`undefined`).
 */
export function author(value: Author, state: JsonLdState): JsonLdNode | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const name = nonEmpty(value.name)
  if (name === undefined) return undefined
  const type = value.type === 'Organization' ? 'Organization' : 'Person'
  const node: JsonLdNode = { '@type': type }
  const url = stateUrl(state, value.url, 'author', 'url')
  if (state.options.mode === 'graph' && url !== undefined) {
    node['@id'] = idOf(url, type === 'Person' ? 'person' : 'organization')
  }
  node.name = name
  put(node, 'url', url)
  put(
    node,
    'sameAs',
    list<unknown>(value.sameAs)
      .map((profile, index) => stateUrl(state, profile, 'author', 'sameAs', index))
      .filter((profile) => profile !== undefined),
  )
  if (type === 'Person') put(node, 'jobTitle', nonEmpty(value.jobTitle))
  put(node, 'image', stateUrl(state, value.image, 'author', 'image'))
  return node
}

/**
 * The publisher: the article's `publisher`, or else the `site` option, as an
 * Organization (a NewsMediaOrganization for news articles) with its `logo`
 * as an ImageObject and its policy pages (`publishingPrinciples`,
 * `ethicsPolicy`, …; see `TRUST_POLICIES`). In graph mode its id is `<site>/#organization` when it
 * is the site's organization, else `<its URL>#organization`.
 * `undefined` when neither gives a name.
 */
export function publisher(article: Article, state: JsonLdState): JsonLdNode | undefined {
  const { site } = state.options
  const own = article.publisher !== null && typeof article.publisher === 'object' ? article.publisher : undefined
  const name = own ? nonEmpty(own.name) : nonEmpty(site.name)
  if (name === undefined) return undefined
  const type = isNewsType(article.type) ? 'NewsMediaOrganization' : 'Organization'
  const node: JsonLdNode = { '@type': type }
  const url = own ? stateUrl(state, own.url, 'other', 'publisher', 'url') : state.options.siteUrl
  const id = organizationId(state, own !== undefined, url, name)
  if (state.options.mode === 'graph' && id !== undefined) node['@id'] = id
  node.name = name
  put(node, 'url', url)
  // The Trust Project's policy pages, from the article's publisher or else the site.
  for (const policy of TRUST_POLICIES) {
    const at = own ? ['publisher', policy] : ['options', 'site', policy]
    put(node, policy, absoluteUrl(state.options, (own ?? site)[policy], 'other', own ? [...state.path, ...at] : at))
  }
  const logo: Image | string | undefined = own ? own.logo : site.logo
  if (logo !== undefined && logo !== null) {
    const image = typeof logo === 'string' ? { url: logo, alt: '' } : logo
    put(
      node,
      'logo',
      own
        ? state.handle('imageObject', image, 'publisher', 'logo')
        : state.handle('imageObject', image, 'options', 'site', 'logo'),
    )
  }
  return node
}

/**
 * The id of the publisher's Organization. The site's, `<site>/#organization`,
 * when the publisher is the site: it comes from the `site` option (`own` is
 * false), or it has the site's name and, if it has a URL, the site's origin.
 * Otherwise one from the publisher's own URL; without a URL, none.
 */
export function organizationId(
  state: JsonLdState,
  own: boolean,
  url: string | undefined,
  name: string | undefined,
): string | undefined {
  const { siteUrl, site } = state.options
  const siteName = nonEmpty(site.name)
  const isSite =
    siteUrl !== undefined &&
    (!own ||
      (siteName !== undefined &&
        name !== undefined &&
        squash(siteName) === squash(name) &&
        (url === undefined || origin(siteUrl) === origin(url))))
  if (isSite) return idOf(siteUrl, 'organization')
  return url === undefined ? undefined : idOf(url, 'organization')
}

/** A URL's origin, or `undefined`. */
function origin(url: string): string | undefined {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}
