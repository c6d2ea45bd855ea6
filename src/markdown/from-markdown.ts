import type { Root } from 'mdast'
import { fromMarkdown as parse } from 'mdast-util-from-markdown'
import type { Article } from '../model/types.js'
import { type FromMarkdownOptions, fromMdast, type MarkdownDialect } from './from-mdast.js'
import { fromMarkdownExtensions, micromarkExtensions } from './syntax.js'

/**
 * Parse Markdown into an mdast tree the way `fromMarkdown` does: CommonMark,
 * GFM tables, strikethrough and footnotes, YAML front matter and directives,
 * but no GFM autolink literals (text that looks like a URL stays text) and
 * no task list items.
 *
 * @example
 * parseMarkdown('Hello *world*').children[0] // { type: 'paragraph', … }
 */
export function parseMarkdown(markdown: string): Root {
  return parse(String(markdown), { extensions: micromarkExtensions(), mdastExtensions: fromMarkdownExtensions() })
}

/**
 * Read an article from Markdown with optional YAML front matter, validated
 * with the model. `fromMarkdown(toMarkdown(article, { frontmatter: true }))`
 * gives the same article back.
 *
 * @throws {ArticleValidationError} whose issues point at the front-matter key
 * or carry the Markdown line and column (see {@link MarkdownIssue}); raw HTML
 * and unknown directives are reported there, never dropped.
 *
 * With the `dialect` option, the dialect reads the Markdown instead: `blog()`
 * from `articlekit/import` reads posts written for static-site generators.
 *
 * @example
 * import { fromMarkdown } from 'articlekit/markdown'
 *
 * const article = fromMarkdown('---\nheadline: Ferry runs on time\n---\n\nThe ferry left at dawn.')
 * article.body[0] // { type: 'paragraph', children: [{ type: 'text', value: 'The ferry left at dawn.' }] }
 */
export function fromMarkdown<C = never>(markdown: string, options: FromMarkdownOptions<C> = {}): Article<C> {
  if (options?.dialect) return options.dialect.fromMarkdown(String(markdown), options)
  return fromMdast(parseMarkdown(markdown), options)
}

export type { FromMarkdownOptions, MarkdownDialect }
