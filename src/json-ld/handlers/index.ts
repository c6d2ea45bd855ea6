import type { Handler, Handlers } from '../../core/index.js'
import type { Article } from '../../model/types.js'
import type { ResolvedJsonLdOptions } from '../types.js'
import { article, articleNode, breadcrumbList, webPage, webSite } from './article.js'
import { imageObject } from './image-object.js'
import { inlineCode, lineBreak, text, words } from './inline.js'
import { author, publisher } from './people.js'
import { correction, source } from './sources.js'

/**
 * The JSON-LD renderer's default handlers. The parts of the output
 * (`article`, the whole output; `articleNode`, `author`, `publisher`,
 * `imageObject`, `source`, `correction`, `webPage`, `webSite`,
 * `breadcrumbList`) each return a schema.org node, or `undefined` to leave it
 * out; the inline node types return plain text, for captions and the
 * standfirst. Override any of them with the `handlers` option.
 */
export const defaultHandlers = {
  article,
  articleNode,
  author,
  publisher,
  imageObject,
  source,
  correction,
  webPage,
  webSite,
  breadcrumbList,
  text,
  inlineCode,
  break: lineBreak,
  emphasis: words,
  strong: words,
  strikethrough: words,
  link: words,
  citation: words,
} satisfies Handlers<unknown, ResolvedJsonLdOptions> & { article: Handler<Article, unknown, ResolvedJsonLdOptions> }
