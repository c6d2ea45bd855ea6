/**
 * The HTML renderer: an article as an HTML fragment (`toHtml`), as a whole
 * page (`toHtmlDocument`), or as a hast tree. It does not import zod.
 *
 * @module articlekit/html
 */

export { type EmbedProvider, embedProviders, soundcloud, spotify, vimeo, youtube } from './embeds.js'
export { escapeAttribute, escapeText } from './escape.js'
export { englishLabels, type HtmlLabels } from './labels.js'
export { rawHtml } from './raw.js'
export { toHast } from './to-hast.js'
export { defaultHandlers, toHtml } from './to-html.js'
export { toHtmlDocument } from './to-html-document.js'
export type {
  HtmlDocumentOptions,
  HtmlOptions,
  HtmlParts,
  HtmlSection,
  HtmlState,
  HtmlWarning,
  ResolvedHtmlOptions,
} from './types.js'
