import type { Root } from 'mdast'
import { toMarkdown as serialize } from 'mdast-util-to-markdown'
import { createRenderer, defaultUrlPolicy } from '../core/index.js'
import type { Article } from '../model/types.js'
import { toMarkdownExtensions } from './extensions.js'
import { fastText } from './fast-text.js'
import { defaultHandlers } from './handlers/index.js'
import { englishLabels } from './labels.js'
import type { MarkdownOptions, MarkdownState, MdastResult, ResolvedMarkdownOptions } from './types.js'
import { fallbackBlock } from './util.js'

function resolve(options: MarkdownOptions, article: Article<unknown>): ResolvedMarkdownOptions {
  return {
    frontmatter: options.frontmatter === true,
    urlPolicy: options.urlPolicy ?? defaultUrlPolicy,
    resolveUrl: options.resolveUrl === true,
    labels: { ...englishLabels, ...options.labels },
    locale: options.locale ?? (typeof article.language === 'string' ? article.language : 'en'),
    onWarning: options.onWarning,
    scratch: {
      footnotes: new Map(),
      unknownSources: 0,
      strike: 0,
      link: 0,
      attention: 0,
      cite: 0,
      citeRisk: false,
      heading: false,
      cell: false,
      direct: false,
      nextDirect: false,
      marks: [],
    },
  }
}

const renderArticle = createRenderer<
  Root['children'],
  ResolvedMarkdownOptions,
  typeof defaultHandlers,
  MarkdownOptions
>({
  format: 'markdown',
  empty: [],
  handlers: defaultHandlers,
  defaults: resolve,
})

const keepAsJson = (node: unknown, state: MarkdownState): MdastResult => fallbackBlock(state, node)

/**
 * Turn an article into an mdast tree (the syntax tree of remark and the
 * unified ecosystem), so that remark plugins can work on it before it is
 * written out. Every URL passes the URL policy here. The reader form refuses
 * an article under embargo (see `assertNotEmbargoed` of `articlekit/core`);
 * the lossless form (`frontmatter: true`) writes it, embargo included.
 *
 * @example
 * import { toMdast } from 'articlekit/markdown'
 *
 * const tree = toMdast(article, { frontmatter: true })
 * tree.children[0] // { type: 'yaml', value: 'schemaVersion: 1\n…' }
 */
export function toMdast(article: Article<unknown>, options: MarkdownOptions = {}): Root {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  if (options.frontmatter !== true) return { type: 'root', children: renderArticle(article, options) }
  // The lossless form is storage, not publication: it keeps the embargo, so whatever renders it
  // later refuses in turn. A custom block without a handler is kept as JSON rather than refused.
  const children = renderArticle(article, {
    ...options,
    ignoreEmbargo: true,
    unknownNode: options.unknownNode ?? keepAsJson,
  })
  return { type: 'root', children }
}

/**
 * Write an article as Markdown. The default reader form is plain CommonMark
 * and GFM (tables, strikethrough, footnotes) that reads right on GitHub, in a
 * terminal and to a language model; what it cannot carry is reported through
 * `onWarning`. With `frontmatter: true` the metadata is YAML front matter,
 * directives (`:::aside`, `::node{…}`) carry what GFM has no construct for,
 * and `fromMarkdown` reads the result back to the same article.
 *
 * @example
 * import { toMarkdown } from 'articlekit/markdown'
 *
 * const markdown = toMarkdown(article, { frontmatter: true })
 * // '---\nschemaVersion: 1\ntype: NewsArticle\nheadline: …\n---\n\nThe first tram left…'
 */
export function toMarkdown(article: Article<unknown>, options: MarkdownOptions = {}): string {
  // `null` from plain JavaScript means no options, as `undefined` does.
  options ??= {}
  return serialize(toMdast(article, options), { ...serializeOptions(options), handlers: { text: fastText } })
}

/** The mdast-util-to-markdown options matching articlekit's options. */
export function serializeOptions(options: MarkdownOptions = {}) {
  return {
    extensions: toMarkdownExtensions(options),
    bullet: options.bullet ?? '-',
    bulletOrdered: options.bulletOrdered ?? '.',
    emphasis: options.emphasis ?? '*',
    strong: options.strong ?? '*',
    fence: options.fence ?? '`',
    fences: options.fences ?? true,
    rule: options.rule ?? '-',
    listItemIndent: options.listItemIndent ?? 'one',
  } as const
}

/** The `handlers` toMdast and toMarkdown start from, to call from an override. */
export { defaultHandlers }
