/**
 * Markdown out and in: an article as an mdast tree or Markdown text (with
 * YAML front matter for a lossless round trip), Markdown or mdast back to a
 * validated article, and a unified plugin pair. Its renderer does not import
 * zod; `fromMarkdown` and `fromMdast` validate with the model.
 *
 * @module articlekit/markdown
 */

export { toMarkdownExtensions } from './extensions.js'
export { fromMarkdown, parseMarkdown } from './from-markdown.js'
export { type FromMarkdownOptions, fromMdast, type MarkdownDialect } from './from-mdast.js'
export { englishLabels, englishMarkdownLabels, type MarkdownLabels } from './labels.js'
export { defaultMarkdownLimits, type MarkdownLimits } from './limits.js'
export { articleRemark, remarkArticle } from './plugins.js'
export { defaultHandlers, toMarkdown, toMdast } from './to-markdown.js'
export type {
  MarkdownIssue,
  MarkdownOptions,
  MarkdownParts,
  MarkdownState,
  MarkdownWarning,
  MdastResult,
  ResolvedMarkdownOptions,
} from './types.js'
