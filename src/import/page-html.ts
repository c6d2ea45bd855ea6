// `fromHtml`: a page as a string, parsed with linkedom (pure JavaScript, so
// it runs in Node, Deno, Bun and edge runtimes) and read by `fromDocument`.
// Kept apart so that an app that brings its own DOM never bundles linkedom.

import { parseHTML } from 'linkedom'
import type { Article } from '../model/types.js'
import { type FromHtmlOptions, readPage } from './page.js'
import { checkPageHtml, pageLimits } from './page-limits.js'

/**
 * Read the article in a web page, given as a string of HTML, into a
 * validated article, with a report: {@link fromDocument} on the page parsed
 * with linkedom. The page's length and nesting are checked before it is
 * parsed.
 *
 * @throws {ArticleValidationError} when `html` is not a string, is longer
 *   or nested deeper than `limits`, has no headline or no article text, or
 *   when the article read is not valid.
 * @throws {TypeError} when `url`, `embeds` or `limits` are not what they should be.
 *
 * @example
 * import { fromHtml } from 'articlekit/import'
 *
 * const html = await (await fetch('https://news.example.com/2026/ferry')).text()
 * const article = fromHtml(html, {
 *   url: 'https://news.example.com/2026/ferry',
 *   onWarning: (warning) => console.warn(`${warning.code}: ${warning.message}`),
 * })
 */
export function fromHtml(html: string, options: FromHtmlOptions = {}): Article {
  options ??= {}
  const page = checkPageHtml(html, pageLimits(options.limits))
  let { document } = parseHTML(page)
  // Without `<html>`, linkedom makes the first element the root and leaves the body empty: a
  // fragment is read as a page's body, as an HTML5 parser reads it.
  if (document.documentElement?.localName !== 'html')
    document = parseHTML(`<!doctype html><html><head></head><body>${page}</body></html>`).document
  // linkedom splits a text at each character reference (`Publi&eacute; le` is three text nodes);
  // merged, as a browser's parser leaves them, a line's first text is read whole.
  document.documentElement?.normalize()
  // The document is fromHtml's own, so it is read in place, without the copy fromDocument makes.
  return readPage(document as unknown as Document, options, true)
}
