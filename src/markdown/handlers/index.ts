import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { MdastResult, ResolvedMarkdownOptions } from '../types.js'
import { article, body, byline, corrections, frontmatter, header, leadImage, related, sources } from './article.js'
import { code, divider, heading, image, list, listItem, paragraphHandler, quote, table } from './blocks.js'
import { aside, embed, promo, pullquote, relatedLinks } from './furniture.js'
import { citation, emphasis, inlineCode, lineBreak, link, strikethrough, strong, text } from './inline.js'

/**
 * The Markdown renderer's default handlers: one per node type, each
 * returning mdast nodes, plus the article's parts (`frontmatter`, `header`,
 * `byline`, `leadImage`, `body`, `corrections`, `sources`, `related`).
 * Override any of them with the `handlers` option.
 */
export const defaultHandlers = {
  article,
  frontmatter,
  header,
  byline,
  leadImage,
  body,
  corrections,
  sources,
  related,
  listItem,
  paragraph: paragraphHandler,
  heading,
  list,
  quote,
  pullquote,
  image,
  embed,
  code,
  table,
  relatedLinks,
  divider,
  aside,
  promo,
  text,
  emphasis,
  strong,
  strikethrough,
  inlineCode,
  link,
  break: lineBreak,
  citation,
} satisfies Handlers<MdastResult, ResolvedMarkdownOptions> & {
  article: Handler<Article, MdastResult, ResolvedMarkdownOptions>
}
