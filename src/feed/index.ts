/**
 * Feeds and sitemaps for a set of articles: RSS 2.0, Atom 1.0, JSON Feed
 * 1.1, a sitemap with images (split with an index past the protocol's
 * limits) and a Google News sitemap. It does not import zod.
 *
 * @module articlekit/feed
 */

// Design. What a build calls, and what it gets back:
//
//   toRss(articles, channel, options?)            → string (the XML document)
//   toAtom(articles, channel, options?)           → string
//   toJsonFeed(articles, channel, options?)       → string (JSON)
//   toJsonFeedObject(articles, channel, options?) → JsonFeed (the object, to add to before serializing)
//   toSitemap(articles, options?)                 → Sitemap { files, index }
//   toNewsSitemap(articles, publication, options?) → Sitemap
//   recentForNews(articles, { now })              → the articles of the last two days
//
// - `articles` are validated articles (`parseArticle`); each is checked as every renderer checks
//   it, and an error's path starts with its index. `channel` is a small typed object checked by
//   hand: a wrong field throws `RenderError` (`invalid_option`, path `['channel', 'link']`), the
//   core's error, with one new code rather than a new error class.
// - Articles come out newest first (`datePublished`, else `dateModified`; undated last), at most
//   `limit`. An article a format cannot write whole (no URL for a sitemap, no date for a news
//   sitemap or Atom entry) is left out and reported through `onWarning`, the core's warning
//   shape, with the article's index first in the path. An embargoed article is left out with an
//   `embargoed` warning rather than failing the build: a feed build publishes many articles and
//   the embargoed one waits for a later build (the check is the core's `assertNotEmbargoed`,
//   with `now` and `ignoreEmbargo`).
// - Each article is rendered by a renderer made with `createRenderer`, so `handlers` overrides
//   an item's parts as in every other renderer (`rssHandlers`, `atomHandlers`,
//   `jsonFeedHandlers`, `sitemapHandlers` are the defaults). The document around the items is
//   one `channelHandler` (`rssChannel`, …); `namespaces` declares prefixes for what overrides add.
// - XML is a xast tree, made safe, escaped and serialized in one walk of our own (`xml.ts`).
// - The content is `toHtml` (`html` options) and, for JSON Feed, `toText` (`text` options),
//   without the header by default (a reader shows title, byline and date itself), with relative
//   URLs made absolute against the article's URL through the URL policy, since a feed is read
//   away from the site.
// - Sitemaps return files rather than one string, since the protocol splits them (50,000 URLs,
//   50 MiB; 1,000 for a news sitemap), with an index listing them under `base`.
// - `indent` writes one element a line for people; the default is one line.

export { atomChannel, atomHandlers, toAtom } from './atom.js'
export { jsonFeedChannel, jsonFeedHandlers, toJsonFeed, toJsonFeedObject } from './json-feed.js'
export { rssChannel, rssHandlers, toRss } from './rss.js'
export { recentForNews, sitemapHandlers, toNewsSitemap, toSitemap } from './sitemap.js'
export type {
  AtomOptions,
  AtomParts,
  ChannelHandler,
  ChannelState,
  FeedBaseOptions,
  FeedChannel,
  FeedHandler,
  FeedHandlers,
  FeedImage,
  FeedState,
  FeedWarning,
  FeedWarningCode,
  JsonFeed,
  JsonFeedAuthor,
  JsonFeedItem,
  JsonFeedOptions,
  JsonFeedParts,
  JsonFeedResult,
  NewsPublication,
  NewsSitemapOptions,
  ResolvedChannel,
  ResolvedFeedOptions,
  RssOptions,
  RssParts,
  Sitemap,
  SitemapFile,
  SitemapOptions,
  SitemapParts,
  XmlFeedFormatOptions,
  XmlFeedOptions,
  XmlResult,
} from './types.js'
