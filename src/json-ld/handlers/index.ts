import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { JsonLdParts, JsonLdResult, ResolvedJsonLdOptions } from '../types.js'
import { article, articleNode, breadcrumbList, webPage, webSite } from './article.js'
import { imageObject } from './image-object.js'
import { inlineCode, lineBreak, text, words } from './inline.js'
import { liveBlogUpdate } from './live-blog.js'
import { audioObject } from './media.js'
import { author, publisher } from './people.js'
import { correction, source } from './sources.js'

/**
 * The JSON-LD renderer's default handlers. The parts of the output
 * (`article`, the whole output; `articleNode`, `author`, `publisher`,
 * `imageObject`, `audioObject`, `source`, `correction`, `webPage`, `webSite`,
 * `breadcrumbList`) each return a schema.org node, or `undefined` to leave it
 * out; the inline node types return plain text, for captions and the
 * standfirst. Override any of them with the `handlers` option.
 */
export const defaultHandlers = {
  /** The whole article: a `NewsArticle` object, or a `@graph` in graph mode. */
  article,
  /** The `NewsArticle` node itself. */
  articleNode,
  /** One author as a `Person` (or `Organization`); contributors and an image's creator too. */
  author,
  /** The publisher `Organization` with its logo. */
  publisher,
  /** An `ImageObject` with caption, credit and size. */
  imageObject,
  /** An `AudioObject`: the article's `audio`, and each audio block for `associatedMedia`. */
  audioObject,
  /** One source as a `CreativeWork`, for `citation` (and `isBasedOn`). */
  source,
  /** One correction, as a `CorrectionComment`. */
  correction,
  /** One update of a live blog, as a `BlogPosting` in `liveBlogUpdate`. */
  liveBlogUpdate,
  /** The `WebPage` node of graph mode. */
  webPage,
  /** The `WebSite` node of graph mode. */
  webSite,
  /** The `BreadcrumbList` of the `breadcrumbs` option. */
  breadcrumbList,
  /** Text, for `articleBody` and descriptions. */
  text,
  /** Inline code's text. */
  inlineCode,
  /** A line break, as a space. */
  break: lineBreak,
  /** Its children's text. */
  emphasis: words,
  /** Its children's text. */
  strong: words,
  /** Its children's text. */
  strikethrough: words,
  /** Its children's text. */
  link: words,
  /** Its children's text. */
  citation: words,
} satisfies Handlers<JsonLdResult, ResolvedJsonLdOptions, JsonLdParts> & {
  article: Handler<Article, JsonLdResult, ResolvedJsonLdOptions>
}
