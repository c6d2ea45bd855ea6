/**
 * Importers: content written for other tools, read into validated articles.
 * `blog()` is the import mode of `fromMarkdown` for posts written for
 * static-site generators (Jekyll, Hugo, Eleventy, Astro, Gatsby, Ghost's
 * Markdown export, Decap CMS); `fromHtml()` and `fromDocument()` read the
 * article in a web page, and read the pages `toHtml` writes back whole
 * (`readOwnHtml()` does that for a hast tree); `fromText()` reads news
 * stories saved as plain text, as scrapers save them.
 *
 * @module articlekit/import
 */

export { type BlogOptions, blog } from './blog.js'
export { type OwnHtmlOptions, readOwnHtml } from './own-html.js'
export { type FromHtmlOptions, fromDocument } from './page.js'
export { fromHtml } from './page-html.js'
export { defaultPageLimits, type PageLimits } from './page-limits.js'
export { type FromTextOptions, fromText } from './text.js'
