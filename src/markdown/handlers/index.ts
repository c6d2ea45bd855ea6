import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { MarkdownParts, MdastResult, ResolvedMarkdownOptions } from '../types.js'
import {
  article,
  backstory,
  body,
  byline,
  corrections,
  credits,
  frontmatter,
  header,
  leadImage,
  related,
  sources,
} from './article.js'
import { aside } from './aside.js'
import { audio, listen } from './audio.js'
import { lineBreak } from './break.js'
import { citation } from './citation.js'
import { code } from './code.js'
import { divider } from './divider.js'
import { embed } from './embed.js'
import { emphasis } from './emphasis.js'
import { gallery } from './gallery.js'
import { heading } from './heading.js'
import { image } from './image.js'
import { inlineCode } from './inline-code.js'
import { link } from './link.js'
import { list, listItem } from './list.js'
import { liveBlog, update } from './live-blog.js'
import { paragraphHandler } from './paragraph.js'
import { promo } from './promo.js'
import { pullquote } from './pullquote.js'
import { quote } from './quote.js'
import { relatedLinks } from './related-links.js'
import { strikethrough } from './strikethrough.js'
import { strong } from './strong.js'
import { table } from './table.js'
import { text } from './text.js'

/**
 * The Markdown renderer's default handlers: one per node type, each
 * returning mdast nodes, plus the article's parts (`frontmatter`, `header`,
 * `byline`, `credits`, `leadImage`, `body`, `corrections`, `sources`, `related`).
 * Override any of them with the `handlers` option.
 */
export const defaultHandlers = {
  /** The whole article: an mdast `root`. */
  article,
  /** The YAML front matter of `frontmatter: true`. */
  frontmatter,
  /** Kicker, headline as `#`, standfirst, byline, credit lines and dates. */
  header,
  /** The byline paragraph, additional reporting included. */
  byline,
  /** The article's audio (`audio`), for readers: a link with its length, under the dates. */
  listen,
  /** A live blog's updates, for readers: a heading, then each update. */
  liveBlog,
  /** One update: its headline, time, byline and blocks. */
  update,
  /** The credit lines of the other contributors, a paragraph under the byline. */
  credits,
  /** The lead image with caption and credit. */
  leadImage,
  /** The body blocks. */
  body,
  /** How the story was reported: a heading and a paragraph. */
  backstory,
  /** The corrections and editor's notes. */
  corrections,
  /** The sources section, with footnote definitions for citations. */
  sources,
  /** The related articles list under its heading. */
  related,
  /** One list item. */
  listItem,
  /** A paragraph. */
  paragraph: paragraphHandler,
  /** A heading. */
  heading,
  /** A list. */
  list,
  /** A `>` quote with a final `> — Name` line. */
  quote,
  /** A pullquote as a set-apart construct. */
  pullquote,
  /** `![alt](url "title")`, then caption and credit. */
  image,
  /** An embed as a link (a directive in the lossless form). */
  embed,
  /** A gallery: its images, then its caption (a directive in the lossless form). */
  gallery,
  /** An audio block as a link with its length and transcript (a directive in the lossless form). */
  audio,
  /** A fenced code block with its language. */
  code,
  /** A GFM table with alignment. */
  table,
  /** A related-links box as a set-apart construct. */
  relatedLinks,
  /** A thematic break. */
  divider,
  /** A box beside the story as a set-apart construct. */
  aside,
  /** A promo as a set-apart construct. */
  promo,
  /** Text. */
  text,
  /** Emphasis. */
  emphasis,
  /** Strong. */
  strong,
  /** GFM strikethrough. */
  strikethrough,
  /** Inline code. */
  inlineCode,
  /** A link, with the URL policy applied. */
  link,
  /** A hard line break. */
  break: lineBreak,
  /** A GFM footnote reference to its source. */
  citation,
} satisfies Handlers<MdastResult, ResolvedMarkdownOptions, MarkdownParts> & {
  article: Handler<Article, MdastResult, ResolvedMarkdownOptions>
}
