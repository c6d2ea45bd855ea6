import type { Graph, WithContext } from 'schema-dts'
import { createRenderer, defaultUrlPolicy } from '../core/index.js'
import { assertArticle } from '../core/renderer.js'
import type { Article } from '../model/types.js'
import { defaultHandlers } from './handlers/index.js'
import { fallback } from './handlers/inline.js'
import { serializeJsonLd } from './serialize.js'
import type { JsonLd, JsonLdArticleNode, JsonLdOptions, JsonLdResult, ResolvedJsonLdOptions } from './types.js'
import { absoluteUrl, list } from './util.js'

/** Turn the caller's options into what handlers see. */
function resolve(options: JsonLdOptions, article: Article<unknown>): ResolvedJsonLdOptions {
  const urlPolicy = typeof options.urlPolicy === 'function' ? options.urlPolicy : defaultUrlPolicy
  const onWarning = typeof options.onWarning === 'function' ? options.onWarning : undefined
  const site = options.site !== null && typeof options.site === 'object' ? options.site : {}
  const canonical = absoluteUrl({ urlPolicy, canonical: undefined, onWarning }, article.url, 'canonical', ['url'])
  return {
    mode: options.mode === 'graph' ? 'graph' : 'flat',
    site,
    breadcrumbs: list(options.breadcrumbs),
    includeBody: options.includeBody === true,
    wordCount: options.wordCount !== false,
    images: list(options.images),
    paywallSelector: typeof options.paywallSelector === 'string' ? options.paywallSelector : '.ak-body',
    urlPolicy,
    onWarning,
    canonical,
    siteUrl: absoluteUrl({ urlPolicy, canonical, onWarning }, site.url, 'other', ['options', 'site', 'url']),
    graph: [],
    publisherId: undefined,
  }
}

const renderArticle = /* @__PURE__ */ createRenderer<
  JsonLdResult,
  ResolvedJsonLdOptions,
  typeof defaultHandlers,
  JsonLdOptions
>({
  format: 'json-ld',
  empty: undefined,
  handlers: defaultHandlers,
  // A custom inline node without a handler gives its text, so that what toHtml renders never breaks the data.
  unknownNode: fallback,
  // The renderer is called with the user's JsonLdOptions; resolve turns them into what handlers see.
  defaults: resolve,
})

/**
 * An article as schema.org structured data: a plain object, typed with
 * `schema-dts`, to merge into your own graph or serialize with
 * {@link serializeJsonLd}. Values the article lacks are left out, never
 * made up; dates keep the offset they were written with; every URL is
 * absolute (relative ones are resolved against `article.url`, or left out
 * and reported through `onWarning`).
 *
 * @example
 * import { parseArticle } from 'articlekit'
 * import { toJsonLd } from 'articlekit/json-ld'
 *
 * const data = toJsonLd(parseArticle(input), { mode: 'graph', site: { name: 'The Courier', url: 'https://news.example.com/' } })
 * // { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsMediaOrganization', … }, …] }
 */
export function toJsonLd(article: Article<unknown>, options: JsonLdOptions & { mode: 'graph' }): Graph
export function toJsonLd(
  article: Article<unknown>,
  options?: JsonLdOptions & { mode?: 'flat' | undefined },
): WithContext<JsonLdArticleNode>
export function toJsonLd(article: Article<unknown>, options?: JsonLdOptions): JsonLd
export function toJsonLd(article: Article<unknown>, options: JsonLdOptions = {}): JsonLd {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  assertArticle(article)
  return renderArticle(article, options) as JsonLd
}

/**
 * The article's structured data as a `<script type="application/ld+json">`
 * element, serialized with {@link serializeJsonLd} so that no string in the
 * article can end the script or open a comment.
 *
 * @example
 * import { toJsonLdScript } from 'articlekit/json-ld'
 *
 * const head = toJsonLdScript(article, { includeBody: true })
 * // '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",…}</script>'
 */
export function toJsonLdScript(article: Article<unknown>, options: JsonLdOptions = {}): string {
  return `<script type="application/ld+json">${serializeJsonLd(toJsonLd(article, options))}</script>`
}

/** The `handlers` toJsonLd starts from, to call from an override. */
export { defaultHandlers }
