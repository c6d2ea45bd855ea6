// Atom 1.0 (RFC 4287).

import type { ElementContent, Root } from 'xast'
import { x } from 'xastscript'
import { createRenderer } from '../core/renderer.js'
import { nonEmpty } from '../json-ld/util.js'
import type { Article, Author } from '../model/types.js'
import { checkChannel } from './channel.js'
import { instant, rfc3339 } from './dates.js'
import { categoryNames, lastUpdate, now } from './rss.js'
import { select } from './select.js'
import {
  feedUrl,
  htmlContent,
  type ItemInput,
  type MissingPart,
  needsUrl,
  renderItems,
  resolvedOf,
  summary,
} from './shared.js'
import type {
  AtomOptions,
  ChannelHandler,
  FeedChannel,
  FeedHandler,
  ResolvedChannel,
  ResolvedFeedOptions,
  XmlResult,
} from './types.js'
import { textElement, xmlDocument } from './xml.js'

const ATOM = 'http://www.w3.org/2005/Atom'

/** When the entry last changed: `dateModified`, else `datePublished`. */
function updated(article: Article<unknown>): string | undefined {
  return rfc3339(Number.isNaN(instant(article.dateModified)) ? article.datePublished : article.dateModified)
}

const article: FeedHandler<Article, XmlResult> = (node, state) => {
  const url = state.options.canonical as string
  const children: ElementContent[] = [
    x('id', url),
    x('title', { type: 'text' }, node.headline),
    x('link', { rel: 'alternate', type: 'text/html', href: url }),
    ...textElement('published', rfc3339(node.datePublished)),
    ...textElement('updated', updated(node)),
    ...(Array.isArray(node.authors) ? state.handle('authors', node.authors, 'authors') : []),
    ...state.handle('categories', node),
    ...textElement('summary', summary(node), { type: 'text' }),
    ...state.handle('content', node),
  ]
  return [x('entry', children)]
}

const authors: FeedHandler<Author[], XmlResult> = (list, state) =>
  list.flatMap((author, index) => {
    const name = nonEmpty(author?.name)
    if (name === undefined) return []
    const uri = author.url === undefined ? undefined : feedUrl(state, author.url, 'author', index, 'url')
    return [x('author', [x('name', name), ...textElement('uri', uri)])]
  })

const categories: FeedHandler<Article, XmlResult> = (node) => categoryNames(node).map((term) => x('category', { term }))

const content: FeedHandler<Article, XmlResult> = (_node, state) =>
  textElement('content', htmlContent(state), { type: 'html' })

/** The entry handlers of {@link toAtom}: `article` writes the whole `<entry>`, the others its parts. */
export const atomHandlers = { article, authors, categories, content }

/** The default channel handler of {@link toAtom}: `<feed>` around the entries. */
export const atomChannel: ChannelHandler<Root, XmlResult> = (channel, state, entries) => {
  const namespaces: Record<string, string> = {}
  for (const [prefix, uri] of Object.entries(state.namespaces)) namespaces[`xmlns:${prefix}`] = uri
  const language = channel.language === undefined ? {} : { 'xml:lang': channel.language }
  return x(
    null,
    x('feed', { xmlns: ATOM, ...namespaces, ...language }, [
      x('id', channel.self ?? channel.link),
      x('title', { type: 'text' }, channel.title),
      ...textElement('subtitle', channel.description, { type: 'text' }),
      x('link', { rel: 'alternate', type: 'text/html', href: channel.link }),
      ...(channel.self ? [x('link', { rel: 'self', type: 'application/atom+xml', href: channel.self })] : []),
      x('updated', rfc3339(lastUpdate(state.articles)) ?? state.now.toISOString()),
      ...(channel.author ? [x('author', [x('name', channel.author)])] : []),
      x('generator', channel.generator),
      ...textElement('logo', channel.image?.url),
      ...textElement('rights', channel.copyright, { type: 'text' }),
      ...entries,
    ]),
  )
}

const renderEntry = /* @__PURE__ */ createRenderer<XmlResult, ResolvedFeedOptions, typeof atomHandlers, ItemInput>({
  format: 'atom',
  empty: [],
  join: (joined, next) => joined.concat(next),
  handlers: atomHandlers,
  defaults: resolvedOf,
})

/** What an Atom entry needs beside its URL: a date, and an author unless the feed has one. */
function needsDateAndAuthor(channel: ResolvedChannel) {
  return (node: Article<unknown>): MissingPart | undefined => {
    if (updated(node) === undefined) {
      return {
        code: 'missing_date',
        at: ['datePublished'],
        message:
          'The article has no `datePublished` or `dateModified` that can be placed in time, which an Atom entry needs; left out',
      }
    }
    if (channel.author === undefined && !(node.authors ?? []).some((author) => nonEmpty(author?.name))) {
      return {
        code: 'missing_author',
        at: ['authors'],
        message: 'The article has no author and the channel no `author`, which an Atom entry needs; left out',
      }
    }
    return undefined
  }
}

/**
 * Articles as an Atom 1.0 feed, the newest first: each an `<entry>` with its
 * canonical URL as `id` and alternate link, `published` and `updated` (RFC
 * 3339, at the article's own offset), authors, categories, summary and the
 * `toHtml` fragment as `content type="html"`. The feed's `updated` is its
 * newest entry's. An article without a canonical URL, a date, or an author
 * (when the channel has no `author`) is left out with a warning, as is an
 * embargoed one.
 *
 * @example
 * import { toAtom } from 'articlekit/feed'
 *
 * const xml = toAtom(articles, { title: 'The Westmere Courier', link: 'https://news.example.com/', self: 'https://news.example.com/atom.xml' })
 * // '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">…'
 */
export function toAtom(articles: readonly Article<unknown>[], channel: FeedChannel, options: AtomOptions = {}): string {
  options ??= {}
  const checked = checkChannel(channel, options.urlPolicy)
  const url = needsUrl(options)
  const rest = needsDateAndAuthor(checked)
  const picked = select(articles, options, (node) => url(node) ?? rest(node))
  const entries = renderItems(renderEntry, picked, options, checked).flat()
  const handler = options.channelHandler ?? atomChannel
  return xmlDocument(
    handler(
      checked,
      { articles: picked.map((item) => item.article), namespaces: options.namespaces ?? {}, now: now(options.now) },
      entries,
    ),
    options.indent === true,
  )
}
