import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { ResolvedHtmlOptions } from '../types.js'
import { article, body, byline, corrections, header, leadImage, related, sources, tableOfContents } from './article.js'
import { aside } from './aside.js'
import { lineBreak } from './break.js'
import { citation } from './citation.js'
import { code } from './code.js'
import { divider } from './divider.js'
import { embed } from './embed.js'
import { emphasis } from './emphasis.js'
import { heading } from './heading.js'
import { image } from './image.js'
import { inlineCode } from './inline-code.js'
import { link } from './link.js'
import { list, listItem } from './list.js'
import { paragraph } from './paragraph.js'
import { promo } from './promo.js'
import { pullquote } from './pullquote.js'
import { quote } from './quote.js'
import { relatedLinks } from './related-links.js'
import { strikethrough } from './strikethrough.js'
import { strong } from './strong.js'
import { table } from './table.js'
import { text } from './text.js'

/**
 * The HTML renderer's default handlers: one per node type, plus the article's
 * parts (`header`, `byline`, `leadImage`, `tableOfContents`, `body`,
 * `corrections`, `sources`, `related`). Override any of them with the `handlers` option.
 */
export const defaultHandlers = {
  article,
  header,
  byline,
  leadImage,
  tableOfContents,
  body,
  corrections,
  sources,
  related,
  listItem,
  paragraph,
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
} satisfies Handlers<string, ResolvedHtmlOptions> & { article: Handler<Article, string, ResolvedHtmlOptions> }
