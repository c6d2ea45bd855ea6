// JSON Feed 1.1.

import { createRenderer, RenderError } from '../core/renderer.js'
import { int, nonEmpty } from '../json-ld/util.js'
import type { Article, Author } from '../model/types.js'
import { checkChannel } from './channel.js'
import { rfc3339 } from './dates.js'
import { categoryNames, now } from './rss.js'
import { select } from './select.js'
import {
  feedUrl,
  htmlContent,
  type ItemInput,
  needsUrl,
  renderItems,
  resolvedOf,
  summary,
  textContent,
} from './shared.js'
import type {
  ChannelHandler,
  FeedChannel,
  FeedHandler,
  JsonFeed,
  JsonFeedAuthor,
  JsonFeedItem,
  JsonFeedOptions,
  JsonFeedResult,
  ResolvedFeedOptions,
} from './types.js'

/** Set `item[key]` when `value` is worth writing: not `undefined`, not an empty string or array. */
function put<Item extends object>(item: Item, key: keyof Item & string, value: unknown): void {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return
  ;(item as Record<string, unknown>)[key] = value
}

const article: FeedHandler<Article, JsonFeedResult> = (node, state) => {
  const url = state.options.canonical
  const item = { id: url ?? (nonEmpty(node.id) as string) } as JsonFeedItem
  put(item, 'url', url)
  put(item, 'title', nonEmpty(node.headline))
  put(item, 'content_html', htmlContent(state))
  put(item, 'content_text', textContent(state))
  put(item, 'summary', summary(node))
  put(item, 'image', node.image ? feedUrl(state, node.image.url, 'image', 'image', 'url') : undefined)
  put(item, 'date_published', rfc3339(node.datePublished))
  put(item, 'date_modified', rfc3339(node.dateModified))
  put(item, 'authors', Array.isArray(node.authors) ? state.handle('authors', node.authors, 'authors') : undefined)
  put(item, 'tags', categoryNames(node))
  put(item, 'language', nonEmpty(node.language))
  const audio = node.audio
  if (audio) {
    const audioUrl = feedUrl(state, audio.url, 'audio', 'audio', 'url')
    const type = nonEmpty(audio.mimeType)
    if (audioUrl !== undefined && type === undefined) {
      state.options.onWarning?.({
        code: 'missing_type',
        path: [...state.path, 'audio', 'mimeType'],
        message: 'The audio has no `mimeType`, which a JSON Feed attachment requires; no attachment was written',
      })
    } else if (audioUrl !== undefined && type !== undefined) {
      const attachment: NonNullable<JsonFeedItem['attachments']>[number] = { url: audioUrl, mime_type: type }
      put(attachment, 'title', nonEmpty(audio.title))
      put(attachment, 'duration_in_seconds', int(audio.duration))
      item.attachments = [attachment]
    }
  }
  return item
}

const authors: FeedHandler<Author[], JsonFeedResult> = (list, state) =>
  list.flatMap((author, index) => {
    const name = nonEmpty(author?.name)
    if (name === undefined) return []
    const entry: JsonFeedAuthor = { name }
    put(entry, 'url', author.url === undefined ? undefined : feedUrl(state, author.url, 'author', index, 'url'))
    put(entry, 'avatar', author.image === undefined ? undefined : feedUrl(state, author.image, 'image', index, 'image'))
    return [entry]
  })

/** The item handlers of {@link toJsonFeedObject}: `article` writes the whole item, `authors` its authors. */
export const jsonFeedHandlers = { article, authors }

/** The default channel handler of {@link toJsonFeedObject}: the top-level object around the items. */
export const jsonFeedChannel: ChannelHandler<JsonFeed, JsonFeedItem[]> = (channel, _state, items) => {
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: channel.title } as JsonFeed
  put(feed, 'home_page_url', channel.link)
  put(feed, 'feed_url', channel.self)
  put(feed, 'description', channel.description)
  put(feed, 'icon', channel.image?.url)
  put(feed, 'language', channel.language)
  if (channel.author) feed.authors = [{ name: channel.author }]
  feed.items = items
  return feed
}

const renderItem = /* @__PURE__ */ createRenderer<
  JsonFeedResult,
  ResolvedFeedOptions,
  typeof jsonFeedHandlers,
  ItemInput
>({
  format: 'json-feed',
  empty: undefined,
  handlers: jsonFeedHandlers,
  defaults: resolvedOf,
})

/**
 * Articles as a JSON Feed 1.1 object, the newest first: each item with its
 * canonical URL (or its `id`) as `id`, the `toHtml` fragment as
 * `content_html`, `toText` as `content_text`, summary, lead image, dates (RFC
 * 3339, at the article's own offset), authors, tags, language and the
 * article's audio as an attachment. An article with neither a canonical URL
 * nor an `id` is left out with a warning, as is an embargoed one.
 *
 * @example
 * import { toJsonFeedObject } from 'articlekit/feed'
 *
 * const feed = toJsonFeedObject(articles, { title: 'The Westmere Courier', link: 'https://news.example.com/' })
 * feed._courier = { edition: 'evening' }
 */
export function toJsonFeedObject(
  articles: readonly Article<unknown>[],
  channel: FeedChannel,
  options: JsonFeedOptions = {},
): JsonFeed {
  options ??= {}
  const checked = checkChannel(channel, options.urlPolicy)
  if (options.html === false && options.text === false) {
    throw new RenderError(
      'invalid_option',
      ['html'],
      'JSON Feed needs `content_html` or `content_text`: `html` and `text` cannot both be `false`',
    )
  }
  const url = needsUrl(options)
  // The item's `id` is the canonical URL, else the article's own `id`.
  const picked = select(articles, options, (node) => (nonEmpty(node.id) === undefined ? url(node) : undefined))
  const items = renderItems(renderItem, picked, options, checked).filter(
    (item): item is JsonFeedItem => item !== undefined && !Array.isArray(item) && typeof item.id === 'string',
  )
  const handler = options.channelHandler ?? jsonFeedChannel
  return handler(
    checked,
    { articles: picked.map((item) => item.article), namespaces: {}, now: now(options.now) },
    items,
  )
}

/**
 * Articles as a JSON Feed 1.1 document: {@link toJsonFeedObject}, serialized.
 * Serve it as `application/feed+json`.
 *
 * @example
 * import { toJsonFeed } from 'articlekit/feed'
 *
 * writeFileSync('feed.json', toJsonFeed(articles, { title: 'The Westmere Courier', link: 'https://news.example.com/' }))
 */
export function toJsonFeed(
  articles: readonly Article<unknown>[],
  channel: FeedChannel,
  options: JsonFeedOptions = {},
): string {
  return JSON.stringify(toJsonFeedObject(articles, channel, options), null, options?.indent === true ? 2 : undefined)
}
