import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { ResolvedTextOptions } from '../types.js'
import { article, body, byline, corrections, header, leadImage, notes, related, sources } from './article.js'
import { aside } from './aside.js'
import { code, divider } from './code.js'
import { promo, relatedLinks } from './furniture.js'
import { citation, inlineCode, lineBreak, link, phrase, text } from './inline.js'
import { list, listItem } from './list.js'
import { embed, image } from './media.js'
import { heading, paragraph } from './paragraph.js'
import { pullquote, quote } from './quote.js'
import { table, tableCell } from './table.js'

/**
 * The text renderer's default handlers: one per node type, plus the article's
 * parts (`header`, `byline`, `leadImage`, `body`, `corrections`, `sources`,
 * `related`, `notes`) and `listItem` and `tableCell`. Override any of them
 * with the `handlers` option.
 */
export const defaultHandlers = {
  article,
  header,
  byline,
  leadImage,
  body,
  corrections,
  sources,
  related,
  notes,
  paragraph,
  heading,
  list,
  listItem,
  quote,
  pullquote,
  image,
  embed,
  code,
  table,
  tableCell,
  relatedLinks,
  divider,
  aside,
  promo,
  text,
  emphasis: phrase,
  strong: phrase,
  strikethrough: phrase,
  inlineCode,
  link,
  break: lineBreak,
  citation,
} satisfies Handlers<string, ResolvedTextOptions> & { article: Handler<Article, string, ResolvedTextOptions> }
