import type { Root } from 'mdast'
import { fromMarkdown as parse } from 'mdast-util-from-markdown'
import type { Extension } from 'micromark-util-types'
import type { Article } from '../model/types.js'
import { fromMarkdownExtensions, micromarkExtensions } from './extensions.js'
import { type FromMarkdownOptions, fromMdast, type MarkdownDialect } from './from-mdast.js'
import type { MarkdownLimits } from './limits.js'
import { readWithin } from './parse-guard.js'

/**
 * Parse Markdown into an mdast tree the way `fromMarkdown` does: CommonMark,
 * GFM tables, strikethrough and footnotes, YAML front matter and directives,
 * but no GFM autolink literals (text that looks like a URL stays text) and
 * no task list items. The same `limits` apply.
 *
 * @throws {ArticleValidationError} with a `too_deep` or `too_large` issue for
 * Markdown past the limits.
 *
 * @example
 * parseMarkdown('Hello *world*').children[0] // { type: 'paragraph', … }
 */
export function parseMarkdown(markdown: string, options?: { limits?: Partial<MarkdownLimits> }): Root {
  const source = String(markdown)
  return readWithin(
    source,
    options?.limits,
    (guard) => parseWith(source, [guard]),
    (tree) => tree,
    true,
  )
}

function parseWith(source: string, extensions: Extension[]): Root {
  return parse(source, {
    extensions: [...micromarkExtensions(), ...extensions],
    mdastExtensions: fromMarkdownExtensions(),
  })
}

/**
 * Read an article from Markdown with optional YAML front matter, validated
 * with the model. `fromMarkdown(toMarkdown(article, { frontmatter: true }))`
 * gives the same article back.
 *
 * Any input gives an article or an `ArticleValidationError`, in time linear
 * in its length: Markdown nested or packed past `options.limits` is refused
 * with a `too_deep` or `too_large` issue before the work grows faster.
 *
 * With the `dialect` option, the dialect reads the Markdown instead: `blog()`
 * from `articlekit/import` reads posts written for static-site generators.
 *
 * @throws {ArticleValidationError} whose issues point at the front-matter key
 * or carry the Markdown line and column (see {@link MarkdownIssue}); raw HTML
 * and unknown directives are reported there, never dropped.
 *
 * @example
 * import { fromMarkdown } from 'articlekit/markdown'
 *
 * const article = fromMarkdown('---\nheadline: Ferry runs on time\n---\n\nThe ferry left at dawn.')
 * article.body[0] // { type: 'paragraph', children: [{ type: 'text', value: 'The ferry left at dawn.' }] }
 */
export function fromMarkdown<C = never>(markdown: string, options: FromMarkdownOptions<C> = {}): Article<C> {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  const source = String(markdown)
  if (options.dialect) return options.dialect.fromMarkdown(source, options)
  return readWithin(
    source,
    options.limits,
    (guard) => parseWith(source, [guard]),
    (tree) => fromMdast(tree, options),
    true,
  )
}

export type { FromMarkdownOptions, MarkdownDialect }
