/**
 * The HTML renderer: an article as an HTML fragment or document. It does not
 * import zod.
 *
 * @module articlekit/html
 */

export { escapeAttribute, escapeText } from './escape.js'
export { englishLabels, type HtmlLabels } from './labels.js'
export { defaultHandlers, toHtml } from './to-html.js'
export type { HtmlOptions, HtmlScratch, HtmlSection, HtmlState, HtmlWarning, ResolvedHtmlOptions } from './types.js'
