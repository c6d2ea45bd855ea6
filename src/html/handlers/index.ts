import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { HtmlParts, ResolvedHtmlOptions } from '../types.js'
import {
  article,
  backstory,
  body,
  byline,
  corrections,
  credits,
  header,
  leadImage,
  related,
  sources,
  tableOfContents,
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
import { table } from './table.js'
import { text } from './text.js'

/**
 * The HTML renderer's default handlers: one per node type, plus the article's
 * parts (`header`, `byline`, `credits`, `leadImage`, `tableOfContents`, `body`,
 * `backstory`, `corrections`, `sources`, `related`). Override any of them with the `handlers` option.
 */
export const defaultHandlers = {
  /** The whole article: `<article>` with the parts below in order. */
  article,
  /** `<header>`: kicker, headline, standfirst, byline, credit lines and dates. */
  header,
  /** The byline: every author, linked with `rel="author"` when they have a URL, then additional reporting. */
  byline,
  /** The article's audio (`audio`), under the dates: a player named "Listen to this article". */
  listen,
  /** The credit lines of the other contributors ("Edited by …"), under the byline. */
  credits,
  /** The lead image as a `<figure>`. */
  leadImage,
  /** The table of contents, when the `tableOfContents` option asks for one. */
  tableOfContents,
  /** The body blocks, in a `<div>`. */
  body,
  /** A live blog's updates, after the body, under "Live updates". */
  liveBlog,
  /** One update of a live blog: an `<article>` with its time, headline and blocks. */
  update,
  /** How the story was reported (`backstory`), after the body. */
  backstory,
  /** The corrections and editor's notes. */
  corrections,
  /** The sources, as a numbered list under a heading. */
  sources,
  /** The related articles, as a list under a heading. */
  related,
  /** `<li>`. */
  listItem,
  /** `<p>`. */
  paragraph,
  /** `<h2>`–`<h6>`, shifted by `headingOffset`, with an `id`. */
  heading,
  /** `<ul>` or `<ol>`. */
  list,
  /** `<figure>` with `<blockquote>` and the attribution in `<figcaption>`. */
  quote,
  /** `<aside>` set apart from the prose. */
  pullquote,
  /** `<figure>` with `<img>`, caption and credit. */
  image,
  /** A link card, or a player for a provider listed in the `embeds` option. */
  embed,
  /** `<pre><code>` with the language as a class. */
  code,
  /** `<table>` with caption, header row and alignment. */
  table,
  /** A "Read more" box: `<aside>` with a list of links. */
  relatedLinks,
  /** `<hr>`. */
  divider,
  /** `<aside>` for a box beside the story. */
  aside,
  /** A promo: `<aside>` with its label and link. */
  promo,
  /** `<figure>` holding each image's figure, then the gallery's caption. */
  gallery,
  /** `<figure>` with a native `<audio controls>` player and its title, length and transcript link. */
  audio,
  /** Escaped text. */
  text,
  /** `<em>`. */
  emphasis,
  /** `<strong>`. */
  strong,
  /** `<s>`. */
  strikethrough,
  /** `<code>`. */
  inlineCode,
  /** `<a>`, with the URL policy, `linkTarget` and `linkRel` applied. */
  link,
  /** `<br>`. */
  break: lineBreak,
  /** A citation: a numbered link to its source in the sources list. */
  citation,
} satisfies Handlers<string, ResolvedHtmlOptions, HtmlParts> & {
  article: Handler<Article, string, ResolvedHtmlOptions>
}
