/**
 * Structured data and head tags: an article as schema.org JSON-LD (typed
 * with `schema-dts`), as a safe `<script type="application/ld+json">`, and
 * as `<title>`, meta description, canonical, Open Graph and X card tags. It
 * does not import zod.
 *
 * @module articlekit/json-ld
 */

export { type HeadTag, toMetaTags, toMetaTagsHtml, X_CARD_LIMITS } from './meta-tags.js'
export { serializeJsonLd } from './serialize.js'
export { defaultHandlers, toJsonLd, toJsonLdScript } from './to-json-ld.js'
export type {
  JsonLd,
  JsonLdArticleNode,
  JsonLdBreadcrumb,
  JsonLdImageCrop,
  JsonLdNode,
  JsonLdOptions,
  JsonLdParts,
  JsonLdResult,
  JsonLdSite,
  JsonLdState,
  JsonLdWarning,
  ResolvedJsonLdOptions,
} from './types.js'
