import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { ResolvedTextOptions, TextParts } from '../types.js'
import {
  article,
  backstory,
  body,
  byline,
  corrections,
  credits,
  header,
  leadImage,
  notes,
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
import { paragraph } from './paragraph.js'
import { promo } from './promo.js'
import { pullquote } from './pullquote.js'
import { quote } from './quote.js'
import { relatedLinks } from './related-links.js'
import { strikethrough } from './strikethrough.js'
import { strong } from './strong.js'
import { table, tableCell } from './table.js'
import { text } from './text.js'

/**
 * The text renderer's default handlers: one per node type, plus the article's
 * parts (`header`, `byline`, `credits`, `leadImage`, `body`, `backstory`, `corrections`, `sources`,
 * `related`, `notes`) and `listItem` and `tableCell`. Override any of them
 * with the `handlers` option.
 */
export const defaultHandlers = {
  /** The whole article: the parts below joined by blank lines. */
  article,
  /** Kicker, headline, standfirst, byline, credit lines and date line. */
  header,
  /** `By` and the authors' names, then additional reporting. */
  byline,
  /** The article's audio (`audio`) as `[Listen to this article (6:12) (url)]`, under the date line. */
  listen,
  /** The credit lines of the other contributors (`Edited by …`). */
  credits,
  /** The lead image as `[Image: caption (credit)]`. */
  leadImage,
  /** The body blocks, separated by blank lines. */
  body,
  /** A live blog's updates under "Live updates", after the body. */
  liveBlog,
  /** One update: its time and headline, its byline, then its blocks. */
  update,
  /** `Behind the story:` and the backstory. */
  backstory,
  /** The corrections and editor's notes. */
  corrections,
  /** The `Sources:` list. */
  sources,
  /** The related articles list. */
  related,
  /** The numbered link list of `links: 'footnotes'`. */
  notes,
  /** A paragraph, wrapped when `wrap` is set. */
  paragraph,
  /** A heading on its own line, underlined or upper-cased as `headings` asks. */
  heading,
  /** A list with `-` or `1.` markers, nested lists indented. */
  list,
  /** One list item. */
  listItem,
  /** A quote, indented, with `— Name` after it. */
  quote,
  /** A pullquote (furniture: only with `furniture: true`). */
  pullquote,
  /** An image as `[Image: caption (credit)]`, or nothing when `captions` is false. */
  image,
  /** An embed as `[Media: title: caption (url)]`. */
  embed,
  /** A gallery: its images as image blocks render, then `[Gallery: caption]`. */
  gallery,
  /** An audio block as `[Audio: title (25:30): caption (url)]`. */
  audio,
  /** Code, verbatim. */
  code,
  /** A table as aligned columns. */
  table,
  /** One table cell's text. */
  tableCell,
  /** A related-links box (furniture: only with `furniture: true`). */
  relatedLinks,
  /** A divider: `* * *`. */
  divider,
  /** A box beside the story. */
  aside,
  /** A promo (furniture: only with `furniture: true`). */
  promo,
  /** Text, cleaned of terminal controls when it skipped validation. */
  text,
  /** Its children's text. */
  emphasis,
  /** Its children's text. */
  strong,
  /** Its children's text. */
  strikethrough,
  /** The code's text. */
  inlineCode,
  /** Its text, then the URL as the `links` option asks. */
  link,
  /** A line break. */
  break: lineBreak,
  /** A citation: its words, or `[Source 2]` without words. */
  citation,
} satisfies Handlers<string, ResolvedTextOptions, TextParts> & {
  article: Handler<Article, string, ResolvedTextOptions>
}
