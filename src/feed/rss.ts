// RSS 2.0, with the content, Dublin Core, Media RSS and Atom namespaces.

import type { Element, ElementContent, Root } from 'xast'
import { x } from 'xastscript'
import { createRenderer } from '../core/renderer.js'
import { escapeText } from '../html/escape.js'
import { int, list, nonEmpty } from '../json-ld/util.js'
import type { Article, AudioFile, Author, LeadImage } from '../model/types.js'
import { checkChannel } from './channel.js'
import { instant, rfc822 } from './dates.js'
import { select } from './select.js'
import { feedUrl, htmlContent, type ItemInput, inlineText, renderItems, resolvedOf, summary } from './shared.js'
import type { ChannelHandler, FeedChannel, FeedHandler, ResolvedFeedOptions, RssOptions, XmlResult } from './types.js'
import { textElement, xmlDocument } from './xml.js'

/** The namespaces every RSS feed declares. */
export const RSS_NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
} as const

/** `<category>` elements: the section, then each keyword, each once. Shared with Atom, which writes `term`. */
export function categoryNames(article: Article<unknown>): string[] {
  const names = new Set<string>()
  const section = nonEmpty(article.section)
  if (section) names.add(section)
  for (const keyword of list<unknown>(article.keywords)) {
    const name = nonEmpty(keyword)
    if (name) names.add(name)
  }
  return [...names]
}

/**
 * Plain text as the HTML an RSS `<description>` holds: readers take the
 * element as HTML (RSS 2.0 allows entity-encoded HTML there; feedparser reads
 * it as HTML always), so text written once would lose every `<…>` and
 * `&…;` to their sanitizers. Escaped for HTML, then for XML, it shows as
 * written.
 */
function htmlDescription(text: string | undefined): string | undefined {
  return text === undefined ? undefined : escapeText(text)
}

/** Width and height attributes of an image, when they are whole numbers. */
function dimensions(image: { width?: unknown; height?: unknown }): Record<string, string> {
  const size: Record<string, string> = {}
  const width = int(image.width)
  const height = int(image.height)
  if (width) size.width = String(width)
  if (height) size.height = String(height)
  return size
}

const article: FeedHandler<Article, XmlResult> = (node, state) => {
  const children: ElementContent[] = [
    ...textElement('title', node.headline),
    ...textElement('link', state.options.canonical),
    ...state.handle('guid', node),
    ...textElement('description', htmlDescription(summary(node))),
    ...(Array.isArray(node.authors) ? state.handle('creators', node.authors, 'authors') : []),
    ...state.handle('categories', node),
    ...textElement('pubDate', rfc822(node.datePublished)),
    ...(node.audio ? state.handle('enclosure', node.audio, 'audio') : []),
    ...(node.image ? state.handle('media', node.image, 'image') : []),
    ...state.handle('content', node),
  ]
  return [x('item', children)]
}

const guid: FeedHandler<Article, XmlResult> = (node, state) => {
  if (state.options.canonical) return [x('guid', { isPermaLink: 'true' }, state.options.canonical)]
  const id = nonEmpty(node.id)
  return id ? [x('guid', { isPermaLink: 'false' }, id)] : []
}

const creators: FeedHandler<Author[], XmlResult> = (authors) =>
  authors.flatMap((author) => textElement('dc:creator', nonEmpty(author?.name)))

const categories: FeedHandler<Article, XmlResult> = (node) => categoryNames(node).map((name) => x('category', name))

const enclosure: FeedHandler<AudioFile, XmlResult> = (audio, state) => {
  const url = feedUrl(state, audio.url, 'audio', 'url')
  if (url === undefined) return []
  const type = nonEmpty(audio.mimeType)
  if (type === undefined) {
    state.options.onWarning?.({
      code: 'missing_type',
      path: [...state.path, 'mimeType'],
      message: 'The audio has no `mimeType`, which an RSS enclosure requires; no enclosure was written',
    })
    return []
  }
  // The model has no file size; RSS readers take 0 for "unknown".
  return [x('enclosure', { url, length: '0', type })]
}

const media: FeedHandler<LeadImage, XmlResult> = (image, state) => {
  const url = feedUrl(state, image.url, 'image', 'url')
  if (url === undefined) return []
  const caption = nonEmpty(inlineText(image.caption))
  const credit = nonEmpty(image.credit) ?? nonEmpty(image.creator?.name)
  return [
    x('media:content', { url, medium: 'image', ...dimensions(image) }, [
      ...textElement('media:description', caption, { type: 'plain' }),
      ...textElement('media:credit', credit),
    ]),
    x('media:thumbnail', { url, ...dimensions(image) }),
  ]
}

const content: FeedHandler<Article, XmlResult> = (_node, state) => textElement('content:encoded', htmlContent(state))

/** The item handlers of {@link toRss}: `article` writes the whole `<item>`, the others its parts. */
export const rssHandlers = { article, guid, creators, categories, enclosure, media, content }

/**
 * The article among `articles` updated last, as its date string: its
 * `dateModified`, else its `datePublished`. Shared with Atom.
 *
 * @internal
 */
export function lastUpdate(articles: readonly Article<unknown>[]): string | undefined {
  let latest: string | undefined
  let time = Number.NEGATIVE_INFINITY
  for (const item of articles) {
    const date = Number.isNaN(instant(item.dateModified)) ? item.datePublished : item.dateModified
    const at = instant(date)
    if (at > time) {
      time = at
      latest = date
    }
  }
  return latest
}

/** The channel's RSS image: its URL, the channel's title and link, and a size within RSS's limits (144 × 400). */
function channelImage(channel: Parameters<ChannelHandler<Root, XmlResult>>[0]): ElementContent[] {
  const image = channel.image
  if (!image) return []
  const fits = (image.width ?? 0) <= 144 && (image.height ?? 0) <= 400
  return [
    x('image', [
      x('url', image.url),
      x('title', channel.title),
      x('link', channel.link),
      ...(fits && image.width ? [x('width', String(image.width))] : []),
      ...(fits && image.height ? [x('height', String(image.height))] : []),
    ]),
  ]
}

/** The default channel handler of {@link toRss}: `<rss>` and its `<channel>` around the items. */
export const rssChannel: ChannelHandler<Root, XmlResult> = (channel, state, items) => {
  const namespaces: Record<string, string> = { ...RSS_NAMESPACES }
  for (const [prefix, uri] of Object.entries(state.namespaces)) namespaces[`xmlns:${prefix}`] = uri
  const root: Element = x('rss', { version: '2.0', ...namespaces }, [
    x('channel', [
      x('title', channel.title),
      x('link', channel.link),
      x('description', htmlDescription(channel.description) ?? ''),
      ...(channel.self ? [x('atom:link', { href: channel.self, rel: 'self', type: 'application/rss+xml' })] : []),
      ...textElement('language', channel.language),
      ...textElement('copyright', channel.copyright),
      ...textElement('lastBuildDate', rfc822(lastUpdate(state.articles))),
      x('generator', channel.generator),
      x('docs', 'https://www.rssboard.org/rss-specification'),
      ...channelImage(channel),
      ...items,
    ]),
  ])
  return x(null, root)
}

const renderItem = /* @__PURE__ */ createRenderer<XmlResult, ResolvedFeedOptions, typeof rssHandlers, ItemInput>({
  format: 'rss',
  empty: [],
  join: (joined, next) => joined.concat(next),
  handlers: rssHandlers,
  defaults: resolvedOf,
})

/**
 * Articles as an RSS 2.0 feed, the newest first: each an `<item>` with its
 * title, link, `guid`, summary, `dc:creator` per author, categories,
 * `pubDate` (RFC 822, at the article's own offset), audio `enclosure`, lead
 * image (`media:content`, `media:thumbnail`) and the `toHtml` fragment as
 * `content:encoded`. Embargoed articles are left out with a warning.
 *
 * @example
 * import { toRss } from 'articlekit/feed'
 *
 * const xml = toRss(articles, {
 *   title: 'The Westmere Courier',
 *   link: 'https://news.example.com/',
 *   description: 'News from Porthcarrow and the estuary',
 *   self: 'https://news.example.com/feed.xml',
 * })
 * // '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" …'
 */
export function toRss(articles: readonly Article<unknown>[], channel: FeedChannel, options: RssOptions = {}): string {
  options ??= {}
  const checked = checkChannel(channel, options.urlPolicy, true)
  const picked = select(articles, options)
  const items = renderItems(renderItem, picked, options, checked).flat()
  const handler = options.channelHandler ?? rssChannel
  return xmlDocument(
    handler(
      checked,
      { articles: picked.map((item) => item.article), namespaces: options.namespaces ?? {}, now: now(options.now) },
      items,
    ),
    options.indent === true,
  )
}

/** `now` as a `Date`: the option, or the current time. @internal */
export function now(value: Date | string | number | undefined): Date {
  return value === undefined ? new Date() : new Date(typeof value === 'string' ? Date.parse(value) : +value)
}
