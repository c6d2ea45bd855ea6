// The whole page: toHtml's fragment in a document whose head carries the
// tags and JSON-LD of articlekit/json-ld. A function of its own, so that a
// bundle that only renders fragments leaves all of json-ld out.

import { assertNotEmbargoed } from '../core/renderer.js'
import { metaTagsOf, toMetaTags } from '../json-ld/meta-tags.js'
import { serializeJsonLd } from '../json-ld/serialize.js'
import { toJsonLd } from '../json-ld/to-json-ld.js'
import type { JsonLdNode, JsonLdOptions } from '../json-ld/types.js'
import type { Article } from '../model/types.js'
import { attribute, attributes, escapeText } from './escape.js'
import { classPrefix, toHtml } from './to-html.js'
import type { HtmlDocumentOptions, HtmlWarning } from './types.js'

/**
 * Render an article as a whole HTML5 page: doctype, `<html lang>`, a
 * `<head>` with charset, viewport, color scheme and `<title>`, the head tags
 * and JSON-LD script of `articlekit/json-ld` (description, canonical link,
 * Open Graph, X card), and in `<body>` the fragment `toHtml` writes for the
 * same options. A problem both the body and the head meet is reported once.
 *
 * @example
 * import { parseArticle } from 'articlekit'
 * import { toHtmlDocument } from 'articlekit/html'
 *
 * const page = toHtmlDocument(parseArticle(input), { jsonLd: { site: { name: 'The Courier', url: 'https://news.example.com/' } } })
 * // '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">…'
 */
export function toHtmlDocument(article: Article<unknown>, options: HtmlDocumentOptions = {}): string {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  // The page is checked once, with its own options; the head then follows the body.
  assertNotEmbargoed(article, options)
  // The body and the head tags look at the same URLs: report each problem once.
  const report = options.onWarning
  const seen = new Set<string>()
  const onWarning =
    report &&
    ((warning: HtmlWarning) => {
      const key = `${warning.code} ${JSON.stringify(warning.path)}`
      if (seen.has(key)) return
      seen.add(key)
      report(warning)
    })
  // `document: true`, which toHtml once took for this, is no option of the fragment's.
  const { document: _document, ...resolved } = options as HtmlDocumentOptions & { document?: unknown }
  if (onWarning) resolved.onWarning = onWarning
  return wrapDocument(article, toHtml(article, resolved), resolved)
}

/**
 * The document around the fragment. The head's title, description, canonical
 * link, Open Graph and X tags, and the JSON-LD script come from
 * `articlekit/json-ld`, so they agree with what an SEO pipeline would emit.
 */
function wrapDocument(article: Article<unknown>, fragment: string, options: HtmlDocumentOptions): string {
  // Assistive technology needs the page's language: the article's, else the locale's (which the labels follow).
  const language =
    typeof article.language === 'string' ? article.language : typeof options.locale === 'string' ? options.locale : 'en'
  // The HTML's own URL policy, warnings and body class are the defaults; `jsonLd` overrides them.
  const seo: JsonLdOptions = {
    ...(options.urlPolicy ? { urlPolicy: options.urlPolicy } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    paywallSelector: `.${classPrefix(options)}body`,
    ...(options.jsonLd || {}),
    // The page passed the embargo check above.
    ignoreEmbargo: true,
  }
  let head =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    // The default stylesheet has a dark scheme; without a stylesheet, the browser's own colours follow the reader too.
    '<meta name="color-scheme" content="light dark">'
  // A document needs a title even when the headline is blank (the head tags then leave theirs out).
  head += `<title>${escapeText(title(article.headline, options.titleTemplate))}</title>`
  // Flat JSON-LD (the default) also feeds the head tags: the article is mapped once.
  const data = options.jsonLd === false ? undefined : toJsonLd(article, seo)
  const tags =
    data !== undefined && !('@graph' in data)
      ? metaTagsOf(article, data as unknown as JsonLdNode, seo)
      : toMetaTags(article, seo)
  for (const tag of tags) if (tag.tag !== 'title') head += `<${tag.tag}${attributes(tag.attributes)}>`
  if (data !== undefined) head += `<script type="application/ld+json">${serializeJsonLd(data)}</script>`
  for (const href of list(options.stylesheets, 'stylesheets'))
    head += `<link rel="stylesheet"${attribute('href', href)}>`
  if (options.headHtml != null) head += text(options.headHtml, 'headHtml')
  return `<!doctype html><html${attribute('lang', language)}><head>${head}</head><body>${fragment}</body></html>`
}

/** The page's title: the headline put in the template's `%s`, where there is a template. */
function title(headline: unknown, template: unknown): unknown {
  if (template == null) return headline
  const name = typeof headline === 'string' ? headline : ''
  return text(template, 'titleTemplate').replaceAll('%s', () => name)
}

/** An option that must be a string: a mistake in the page's set-up is a `TypeError`, never a page without it. */
function text(value: unknown, option: string): string {
  if (typeof value !== 'string') throw new TypeError(`toHtmlDocument: \`${option}\` must be a string`)
  return value
}

/** An option that must be a list of strings. */
function list(value: unknown, option: string): readonly string[] {
  if (value == null) return []
  if (!Array.isArray(value)) throw new TypeError(`toHtmlDocument: \`${option}\` must be an array of strings`)
  for (const item of value) text(item, `${option}[]`)
  return value
}
