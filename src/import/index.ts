/**
 * Importers: content written for other tools, read into validated articles.
 * `blog()` is the import mode of `fromMarkdown` for posts written for
 * static-site generators (Jekyll, Hugo, Eleventy, Astro, Gatsby, Ghost's
 * Markdown export, Decap CMS).
 *
 * @module articlekit/import
 */

export { type BlogOptions, blog } from './blog.js'
