// The unified plugin pair: `remarkArticle` compiles an mdast tree to an
// article (like remark-stringify compiles it to text), `articleRemark` parses
// an article's JSON into an mdast tree (like remark-parse parses Markdown).

import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { Article } from '../model/types.js'
import { defaultModel } from '../validate/parse.js'
import { type FromMarkdownOptions, fromMdast } from './from-mdast.js'
import { toMarkdownExtensions } from './syntax.js'
import { fromMarkdownExtensions, micromarkExtensions } from './syntax-read.js'
import { toMdast } from './to-markdown.js'
import type { MarkdownOptions } from './types.js'

declare module 'unified' {
  interface CompileResultMap {
    /** What `remarkArticle` compiles a tree to. */
    Article: Article<unknown>
  }
}

/** Add extensions to the list remark-parse or remark-stringify reads from the processor's data. */
function register(processor: Processor, key: string, extensions: unknown[]): void {
  const data = processor.data() as Record<string, unknown[] | undefined>
  const list = data[key] ?? []
  list.push(...extensions)
  processor.data(key as never, list as never)
}

/**
 * A unified compiler plugin: turns the mdast tree into a validated article,
 * found in `file.result`. It also teaches remark-parse articlekit's dialect
 * (front matter, GFM tables, strikethrough and footnotes, directives; no
 * autolink literals), so no other syntax plugin is needed.
 *
 * @example
 * import { unified } from 'unified'
 * import remarkParse from 'remark-parse'
 * import { remarkArticle } from 'articlekit/markdown'
 *
 * const file = unified().use(remarkParse).use(remarkArticle).processSync(markdown)
 * const article = file.result // an Article
 */
export function remarkArticle(this: Processor, options: FromMarkdownOptions<unknown> = {}): void {
  register(this, 'micromarkExtensions', micromarkExtensions())
  register(this, 'fromMarkdownExtensions', fromMarkdownExtensions())
  // unified's Compiler type has no slot for a non-text result without the CompileResultMap entry above.
  ;(this as unknown as { compiler: (tree: Root) => Article<unknown> }).compiler = (tree) => fromMdast(tree, options)
}

/**
 * A unified parser plugin: reads an article's JSON (the file's value),
 * validates it with the model, and turns it into an mdast tree, so that
 * remark plugins and remark-stringify can follow. It registers the
 * serializer extensions of the chosen form (`frontmatter: true` for the
 * lossless one) with remark-stringify.
 *
 * @example
 * import { unified } from 'unified'
 * import remarkStringify from 'remark-stringify'
 * import { articleRemark } from 'articlekit/markdown'
 *
 * const markdown = String(unified().use(articleRemark, { frontmatter: true }).use(remarkStringify).processSync(json))
 */
export function articleRemark(this: Processor, options: MarkdownOptions = {}): void {
  register(this, 'toMarkdownExtensions', toMarkdownExtensions(options ?? {}))
  ;(this as unknown as { parser: (document: string) => Root }).parser = (document) =>
    toMdast(defaultModel().parse(JSON.parse(document)), options)
}
