import type { ElementContent, Root } from 'xast'
import type { EmbargoOptions, Handler, Handlers, RendererOptions, RenderState, UrlPolicy } from '../core/index.js'
import type { Problem } from '../core/problem.js'
import type { HtmlOptions, HtmlWarning } from '../html/types.js'
import type { Article, AudioFile, Author, LeadImage } from '../model/types.js'
import type { TextOptions, TextWarning } from '../text/types.js'

/**
 * The feed as a whole: what RSS calls the channel, Atom the feed and JSON
 * Feed the top-level object. Checked by hand when a feed is built; a missing
 * or wrong field throws a `RenderError` (`invalid_option`) naming its path
 * (`['channel', 'link']`).
 */
export interface FeedChannel {
  /** The feed's name (`The Westmere Courier: Local`). One line. */
  title: string
  /** The site's home page (or the section's page), absolute `http:` or `https:`. */
  link: string
  /** What the feed carries, in a sentence. RSS requires it; the other formats write it when given. */
  description?: string
  /** BCP 47 language tag of the feed (`en-GB`). */
  language?: string
  /** The feed's logo: its URL, or the URL with a size. RSS `image`, Atom `logo`, JSON Feed `icon`. */
  image?: string | FeedImage
  /** The copyright line (`© 2026 The Westmere Courier`). RSS `copyright`, Atom `rights`. */
  copyright?: string
  /** What wrote the feed. (default: `'articlekit'`) */
  generator?: string
  /** Where the feed itself will be published, absolute: RSS and Atom `rel="self"` links, JSON Feed `feed_url`. */
  self?: string
  /** Who publishes the feed: Atom's feed-level `author`, which stands for entries without authors. */
  author?: string
}

/** The channel's image with its size. */
export interface FeedImage {
  url: string
  width?: number
  height?: number
}

/** The channel as handlers see it: checked, with the generator filled in. */
export interface ResolvedChannel {
  title: string
  link: string
  description: string | undefined
  language: string | undefined
  image: FeedImage | undefined
  copyright: string | undefined
  generator: string
  self: string | undefined
  author: string | undefined
}

/** Codes of {@link FeedWarning}: the feed's own, and those of `toHtml` and `toText` writing the content. */
export type FeedWarningCode =
  | HtmlWarning['code']
  | TextWarning['code']
  | 'embargoed'
  | 'missing_url'
  | 'missing_date'
  | 'date_without_offset'
  | 'missing_author'
  | 'missing_language'
  | 'missing_type'
  | 'url_refused'
  | 'url_relative'

/**
 * A problem a feed worked around, reported through `onWarning`. The path
 * starts with the article's index in the array given, then the path in the
 * article (`[3, 'audio', 'mimeType']`).
 *
 * `embargoed`: the article is under embargo at `now` and was left out.
 * `missing_url`, `missing_date`, `missing_author`, `missing_language`: the
 * article lacks what the format needs (a canonical URL for a sitemap or an
 * Atom entry, a date for a news sitemap or an Atom entry, an author for an
 * Atom entry when the channel has none, a language for a news sitemap) and
 * was left out whole. `date_without_offset`: a date and time without a
 * time zone offset (valid in the model, a wall-clock time) cannot be placed
 * in time, so the feed writes no date from it (and leaves the article out
 * where the format needs one). `missing_type`: the article's audio has no
 * `mimeType`, so it gets no enclosure. `url_refused`, `url_relative`: a URL
 * failed the URL policy or could not be made absolute, and was left out.
 * The content's own warnings (`raw_html_escaped`, …) come from `toHtml` and
 * `toText`, unless their options in `html` or `text` have an `onWarning` of
 * their own.
 */
export interface FeedWarning extends Problem<FeedWarningCode> {
  code: FeedWarningCode
  path: (string | number)[]
  message: string
}

/** Options every feed and sitemap function takes. */
export interface FeedBaseOptions extends EmbargoOptions {
  /**
   * At most this many articles, the newest first. (default: no limit; a
   * news sitemap file still holds at most 1,000)
   */
  limit?: number
  /** Called for every {@link FeedWarning}. (default: none) */
  onWarning?: (warning: FeedWarning) => void
  /** Decides whether each URL may be written. (default: `defaultUrlPolicy`) */
  urlPolicy?: UrlPolicy
  /**
   * Namespaces to declare on the root element, by prefix, for elements that
   * handler overrides add (`{ itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd' }`).
   * (default: none)
   */
  namespaces?: Record<string, string>
  /**
   * Write each element that holds only elements with its children on lines
   * of their own, indented by two spaces, for people reading the file; text
   * is never changed. (default: `false`, one line)
   */
  indent?: boolean
}

/** What an XML feed's item handler returns: the elements it writes (an empty array for none). */
export type XmlResult = ElementContent[]

/** What item handlers find in `state.options`. */
export interface ResolvedFeedOptions {
  /** The checked channel; `undefined` in sitemaps, which have none. */
  channel: ResolvedChannel | undefined
  /** The URL policy. */
  urlPolicy: UrlPolicy
  /** Reports a warning, the path prefixed with the article's index. */
  onWarning: ((warning: FeedWarning) => void) | undefined
  /** The article's canonical URL, absolute, or `undefined`. */
  canonical: string | undefined
  /** Options for `toHtml` (content), with the feed's `now` and `ignoreEmbargo`; `false` for no HTML content. */
  html: HtmlOptions | false
  /** Options for `toText` (JSON Feed's `content_text`); `false` for none. */
  text: TextOptions | false
  /** The news sitemap's publication, when writing one. */
  publication: NewsPublication | undefined
}

/** The state an item handler receives. */
export type FeedState<Result> = RenderState<Result, ResolvedFeedOptions>

/** The parts of an RSS item a handler can replace, beside `article` (the whole `<item>`). */
export interface RssParts {
  /** `<guid>`: the canonical URL, or the id with `isPermaLink="false"`. */
  guid: Article
  /** One `<dc:creator>` per author. */
  creators: Author[]
  /** `<category>` for the section, then each keyword. */
  categories: Article
  /** `<enclosure>` for the article's audio. */
  enclosure: AudioFile
  /** `<media:content>` with `<media:thumbnail>`, caption and credit, for the lead image. */
  media: LeadImage
  /** `<content:encoded>`: the article as the `toHtml` fragment. */
  content: Article
}

/** The parts of an Atom entry a handler can replace, beside `article` (the whole `<entry>`). */
export interface AtomParts {
  /** One `<author>` per author. */
  authors: Author[]
  /** `<category>` for the section, then each keyword. */
  categories: Article
  /** `<content type="html">`: the article as the `toHtml` fragment. */
  content: Article
}

/** The parts of a sitemap `<url>` a handler can replace, beside `article` (the whole `<url>`). */
export interface SitemapParts {
  /** `<image:image>` for the lead image. */
  image: LeadImage
  /** `<news:news>`, in a news sitemap. */
  news: Article
}

/** Options of an XML feed or sitemap, with per-item handlers of type `Parts`. */
export interface XmlFeedOptions<Parts extends object>
  extends FeedBaseOptions,
    Pick<RendererOptions<XmlResult, ResolvedFeedOptions, Parts>, 'handlers' | 'unknownNode' | 'maxDepth'> {}

/** A channel-level handler: builds the document around the items the item handlers wrote. */
export type ChannelHandler<Result, Items> = (channel: ResolvedChannel, state: ChannelState, items: Items) => Result

/** What a channel handler receives beside the channel and the items. */
export interface ChannelState {
  /** The articles written, in feed order (newest first), after the limit. */
  readonly articles: readonly Article<unknown>[]
  /** The namespaces option. */
  readonly namespaces: Readonly<Record<string, string>>
  /** The `now` of the build as a `Date` (default: the current time). */
  readonly now: Date
}

/** Options of {@link toRss} and {@link toAtom}. */
export interface XmlFeedFormatOptions<Parts extends object> extends XmlFeedOptions<Parts> {
  /** Options passed to `toHtml` for the content; `false` leaves the content out. (default: `{}`) */
  html?: HtmlOptions | false
  /**
   * Replaces how the document around the items is built (RSS `<rss>` with
   * `<channel>`, Atom `<feed>`): call the default from `defaultChannelHandler`
   * and change its result. (default: the format's own)
   */
  channelHandler?: ChannelHandler<Root, XmlResult> | undefined
}

/** Options of {@link toRss}. */
export type RssOptions = XmlFeedFormatOptions<RssParts>

/** Options of {@link toAtom}. */
export type AtomOptions = XmlFeedFormatOptions<AtomParts>

/** One item of a JSON Feed, as {@link toJsonFeedObject} writes it. Keys follow JSON Feed 1.1. */
export interface JsonFeedItem {
  id: string
  url?: string
  title?: string
  content_html?: string
  content_text?: string
  summary?: string
  image?: string
  date_published?: string
  date_modified?: string
  authors?: JsonFeedAuthor[]
  tags?: string[]
  language?: string
  attachments?: { url: string; mime_type: string; title?: string; duration_in_seconds?: number }[]
  /** Extensions a handler adds start with `_`, as JSON Feed asks. */
  [extension: `_${string}`]: unknown
}

/** An author of a JSON Feed or its item. */
export interface JsonFeedAuthor {
  name?: string
  url?: string
  avatar?: string
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url?: string
  feed_url?: string
  description?: string
  icon?: string
  language?: string
  authors?: JsonFeedAuthor[]
  items: JsonFeedItem[]
  [extension: `_${string}`]: unknown
}

/** What a JSON Feed item handler returns: the item, or `undefined` to leave it out. */
export type JsonFeedResult = JsonFeedItem | JsonFeedAuthor[] | undefined

/** The parts of a JSON Feed item a handler can replace, beside `article` (the whole item). */
export interface JsonFeedParts {
  /** `authors`: the article's authors. */
  authors: Author[]
}

/** Options of {@link toJsonFeed} and {@link toJsonFeedObject}. */
export interface JsonFeedOptions
  extends Omit<FeedBaseOptions, 'namespaces'>,
    Pick<RendererOptions<JsonFeedResult, ResolvedFeedOptions, JsonFeedParts>, 'handlers' | 'unknownNode' | 'maxDepth'> {
  /** Options passed to `toHtml` for `content_html`; `false` leaves it out. (default: `{}`) */
  html?: HtmlOptions | false
  /** Options passed to `toText` for `content_text`; `false` leaves it out. (default: `{}`) */
  text?: TextOptions | false
  /** Replaces how the top-level object is built around the items. (default: the format's own) */
  channelHandler?: ChannelHandler<JsonFeed, JsonFeedItem[]> | undefined
}

/** The publication a news sitemap names (Google's `news:publication`). */
export interface NewsPublication {
  /** The publication's name, exactly as it appears on the site (`The Westmere Courier`). */
  name: string
  /**
   * The language of the articles, as Google asks: an ISO 639 code of two or
   * three letters (`en`), or `zh-cn` / `zh-tw`. (default: each article's
   * `language`, its primary subtag)
   */
  language?: string
}

/** Options of {@link toSitemap}. */
export interface SitemapOptions extends XmlFeedOptions<SitemapParts> {
  /**
   * Where the sitemap files will be published, absolute and ending in `/`:
   * the base of the file URLs a sitemap index lists. Needed only when the
   * sitemap is split: a split without it throws a `RenderError`
   * (`invalid_option`). (default: none)
   */
  base?: string
  /** Name of the n-th file (from 1) when the sitemap is split. (default: `sitemap-1.xml`, …) */
  fileName?: (index: number) => string
  /** Name of the index file. (default: `sitemap.xml`) */
  indexName?: string
  /** Most URLs per file. (default: `50000`, the protocol's limit) */
  maxUrls?: number
  /** Most bytes (UTF-8) per file. (default: `52428800`, 50 MiB, the protocol's limit) */
  maxBytes?: number
  /** Write `<image:image>` for the lead image. (default: `true`) */
  images?: boolean
}

/** Options of {@link toNewsSitemap}. */
export type NewsSitemapOptions = Omit<SitemapOptions, 'images'>

/** One file of a sitemap: its name and its XML. */
export interface SitemapFile {
  /** The file name (`sitemap.xml`, `sitemap-2.xml`). */
  name: string
  /** The XML, with its declaration. */
  xml: string
}

/**
 * A sitemap: one file when everything fits, else the files and an index
 * that lists them. `files[0]` is what to submit: the index when there is one.
 */
export interface Sitemap {
  /** Every file to publish, the index first when there is one. */
  files: SitemapFile[]
  /** The index, when the sitemap was split. */
  index: SitemapFile | undefined
}

/** A handler of the item renderers, for documentation. */
export type FeedHandler<Node, Result> = Handler<Node, Result, ResolvedFeedOptions>

/** The handler maps of the item renderers. */
export type FeedHandlers<Result, Parts extends object> = Handlers<Result, ResolvedFeedOptions, Parts>
