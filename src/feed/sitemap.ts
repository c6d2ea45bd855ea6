// Sitemaps (sitemaps.org 0.9) with Google's image extension, Google News sitemaps, and the index
// a sitemap needs once it passes the protocol's limits.

import type { Element } from 'xast'
import { x } from 'xastscript'
import { createRenderer, RenderError } from '../core/renderer.js'
import { defaultUrlPolicy } from '../core/url-policy.js'
import type { Article, LeadImage } from '../model/types.js'
import { checkPublication, newsLanguage } from './channel.js'
import { instant, w3cDate } from './dates.js'
import { type Picked, select } from './select.js'
import { feedUrl, type ItemInput, type MissingPart, needsUrl, renderItems, resolvedOf } from './shared.js'
import type {
  FeedHandler,
  NewsPublication,
  NewsSitemapOptions,
  ResolvedFeedOptions,
  Sitemap,
  SitemapFile,
  SitemapOptions,
  XmlResult,
} from './types.js'
import { indentElement, textElement, xmlDocument, xmlFragment } from './xml.js'

const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const IMAGE = 'http://www.google.com/schemas/sitemap-image/1.1'
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9'

/** The protocol's limits for one file: 50,000 URLs and 50 MiB uncompressed. */
const MAX_URLS = 50_000
const MAX_BYTES = 52_428_800
/** Google's limit for one news sitemap: 1,000 `news:news` entries. */
const MAX_NEWS = 1_000

/** When the page last changed: `dateModified`, else `datePublished`, as W3C Datetime. */
function lastmod(article: Article<unknown>): string | undefined {
  return w3cDate(Number.isNaN(instant(article.dateModified)) ? article.datePublished : article.dateModified)
}

const article: FeedHandler<Article, XmlResult> = (node, state) => [
  x('url', [
    x('loc', state.options.canonical as string),
    ...textElement('lastmod', lastmod(node)),
    ...(node.image && state.options.publication === undefined ? state.handle('image', node.image, 'image') : []),
    ...(state.options.publication === undefined ? [] : state.handle('news', node)),
  ]),
]

const image: FeedHandler<LeadImage, XmlResult> = (lead, state) => {
  const url = feedUrl(state, lead.url, 'image', 'url')
  return url === undefined ? [] : [x('image:image', [x('image:loc', url)])]
}

const news: FeedHandler<Article, XmlResult> = (node, state) => {
  const publication = state.options.publication as NewsPublication
  return [
    x('news:news', [
      x('news:publication', [
        x('news:name', publication.name),
        x('news:language', publication.language ?? (newsLanguage(node.language) as string)),
      ]),
      x('news:publication_date', w3cDate(node.datePublished) as string),
      x('news:title', node.headline),
    ]),
  ]
}

/** The `<url>` handlers of {@link toSitemap} and {@link toNewsSitemap}: `article` writes the whole `<url>`. */
export const sitemapHandlers = { article, image, news }

const renderUrl = /* @__PURE__ */ createRenderer<XmlResult, ResolvedFeedOptions, typeof sitemapHandlers, ItemInput>({
  format: 'sitemap',
  empty: [],
  join: (joined, next) => joined.concat(next),
  handlers: sitemapHandlers,
  defaults: resolvedOf,
})

/** A limit option: a whole number from 1 to `max`, or `max` when absent. */
function limitOption(value: unknown, name: string, max: number): number {
  if (value === undefined) return max
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new RenderError(
      'invalid_option',
      [name],
      `Expected a whole number from 1 to ${max}, got \`${String(value)}\``,
    )
  }
  return value
}

/** UTF-8 length of a string, without Node's Buffer. */
const encoder = /* @__PURE__ */ new TextEncoder()
const bytes = (text: string): number => encoder.encode(text).length

/** A `<urlset>` around `urls`, with the namespaces it uses. */
function urlset(urls: readonly Element[], namespaces: Record<string, string>): Element {
  return x('urlset', { xmlns: SITEMAP, ...namespaces }, [...urls])
}

/**
 * The `<url>` elements in files: as many per file as fit within `maxUrls`
 * and `maxBytes`; one file, named `indexName`, when all fit; else the files
 * and an index that lists them.
 */
function split(
  urls: readonly Element[],
  times: readonly (string | undefined)[],
  namespaces: Record<string, string>,
  options: SitemapOptions,
  maxUrls: number,
): Sitemap {
  const maxBytes = limitOption(options.maxBytes, 'maxBytes', MAX_BYTES)
  const indexName = options.indexName ?? 'sitemap.xml'
  const indent = options.indent === true
  // Serialization is concatenation: a file is its shell plus each URL's own bytes (with its line
  // break and indent when indented). The shell is measured around a stand-in `<u/>`, since an
  // empty urlset would close as `<urlset/>`.
  const lead = indent ? '\n  ' : ''
  const shell = bytes(xmlDocument(urlset([x('u')], namespaces), indent)) - bytes(`${lead}<u/>`)
  const groups: number[][] = [[]]
  let size = shell
  urls.forEach((url, index) => {
    if (indent) indentElement(url, 1)
    const added = bytes(lead + xmlFragment(url))
    if (shell + added > maxBytes) {
      throw new RenderError(
        'invalid_option',
        ['maxBytes'],
        `One URL alone needs ${shell + added} bytes, more than \`maxBytes\` (${maxBytes})`,
      )
    }
    let group = groups[groups.length - 1] as number[]
    if (group.length >= maxUrls || size + added > maxBytes) {
      group = []
      groups.push(group)
      size = shell
    }
    group.push(index)
    size += added
  })
  const file = (group: number[]) =>
    xmlDocument(
      urlset(
        group.map((index) => urls[index] as Element),
        namespaces,
      ),
      indent,
    )
  if (groups.length === 1) return { files: [{ name: indexName, xml: file(groups[0] as number[]) }], index: undefined }
  const base = options.base
  if (
    typeof base !== 'string' ||
    !/^https?:\/\/[^/].*\/$/i.test(base) ||
    defaultUrlPolicy(base, 'other') === undefined
  ) {
    throw new RenderError(
      'invalid_option',
      ['base'],
      `The sitemap needs ${groups.length} files and an index, which lists them by URL: pass \`base\`, the absolute URL of their folder ending in \`/\``,
    )
  }
  const name = options.fileName ?? ((number: number) => `sitemap-${number}.xml`)
  const files: SitemapFile[] = groups.map((group, index) => ({ name: name(index + 1), xml: file(group) }))
  const index: SitemapFile = {
    name: indexName,
    xml: xmlDocument(
      x(
        'sitemapindex',
        { xmlns: SITEMAP },
        files.map((entry, number) => {
          // The file's last change: the latest lastmod of its URLs.
          let newest: string | undefined
          for (const at of groups[number] as number[]) {
            const time = times[at]
            if (time !== undefined && (newest === undefined || instant(time) > instant(newest))) newest = time
          }
          return x('sitemap', [x('loc', base + entry.name), ...textElement('lastmod', newest)])
        }),
      ),
      indent,
    ),
  }
  return { files: [index, ...files], index }
}

/**
 * Articles as a sitemap, the newest first: a `<url>` per article with its
 * canonical URL, `lastmod` (its `dateModified`, else `datePublished`) and
 * the lead image (`image:image`). Past 50,000 URLs or 50 MiB a file, the
 * sitemap is split and an index lists the files (pass `base`, where they
 * will be published). An article without a canonical URL is left out with
 * a warning, as is an embargoed one.
 *
 * @example
 * import { toSitemap } from 'articlekit/feed'
 *
 * const { files } = toSitemap(articles, { base: 'https://news.example.com/sitemaps/' })
 * for (const file of files) writeFileSync(`public/sitemaps/${file.name}`, file.xml)
 */
export function toSitemap(articles: readonly Article<unknown>[], options: SitemapOptions = {}): Sitemap {
  options ??= {}
  const maxUrls = limitOption(options.maxUrls, 'maxUrls', MAX_URLS)
  const picked = select(articles, options, needsUrl(options))
  const resolved = options.images === false ? { handlers: { ...options.handlers, image: () => [] } } : {}
  const urls = renderItems(renderUrl, picked, { ...options, ...resolved }, undefined).flat() as Element[]
  return files(urls, picked, options.images === false ? {} : { 'xmlns:image': IMAGE }, options, maxUrls)
}

/**
 * Articles as a Google News sitemap, the newest first: a `<url>` per article
 * with `news:news` (the publication's name and language, the publication
 * date, the headline). Google reads only articles of the last two days:
 * pass the articles through {@link recentForNews} first. At most 1,000
 * articles a file, as Google asks; more are split with an index. An article
 * without a canonical URL, a `datePublished` or a language (its own, or the
 * publication's) is left out with a warning, as is an embargoed one.
 *
 * @example
 * import { recentForNews, toNewsSitemap } from 'articlekit/feed'
 *
 * const { files } = toNewsSitemap(recentForNews(articles), { name: 'The Westmere Courier', language: 'en' })
 */
export function toNewsSitemap(
  articles: readonly Article<unknown>[],
  publication: NewsPublication,
  options: NewsSitemapOptions = {},
): Sitemap {
  options ??= {}
  const checked = checkPublication(publication)
  const maxUrls = limitOption(options.maxUrls, 'maxUrls', MAX_NEWS)
  const url = needsUrl(options)
  const picked = select(articles, options, (node) => url(node) ?? needsNews(node, checked))
  const urls = renderItems(renderUrl, picked, options, undefined, { publication: checked }).flat() as Element[]
  return files(urls, picked, { 'xmlns:news': NEWS }, options, maxUrls)
}

/** The files of either sitemap: its own namespaces and the caller's, then {@link split}. */
function files(
  urls: Element[],
  picked: Picked[],
  namespaces: Record<string, string>,
  options: SitemapOptions,
  maxUrls: number,
): Sitemap {
  for (const [prefix, uri] of Object.entries(options.namespaces ?? {})) namespaces[`xmlns:${prefix}`] = uri
  const dates = picked.map((item) => lastmod(item.article))
  return split(urls, dates, namespaces, options, maxUrls)
}

/** What a news entry needs beside a URL: a publication date and a language. */
function needsNews(node: Article<unknown>, publication: NewsPublication): MissingPart | undefined {
  if (w3cDate(node.datePublished) === undefined) {
    return {
      code: 'missing_date',
      at: ['datePublished'],
      message: 'The article has no `datePublished` that can be placed in time, which a news sitemap needs; left out',
    }
  }
  if (publication.language === undefined && newsLanguage(node.language) === undefined) {
    return {
      code: 'missing_language',
      at: ['language'],
      message: 'The article has no `language` and the publication none, which a news sitemap needs; left out',
    }
  }
  return undefined
}

/** Two days, in milliseconds: how far back Google News reads a news sitemap. */
const TWO_DAYS = 2 * 24 * 60 * 60 * 1000

/**
 * The articles published in the two days before `now` (default: the
 * current time), which are all Google News reads from a news sitemap; those
 * published later than `now`, or without a `datePublished`, are left out.
 * The order is kept.
 *
 * @example
 * import { recentForNews } from 'articlekit/feed'
 *
 * recentForNews(articles, { now: '2026-06-14T20:00:00Z' }) // those published since 2026-06-12T20:00:00Z
 */
export function recentForNews<A extends Article<unknown>>(
  articles: readonly A[],
  options: { now?: Date | string | number } = {},
): A[] {
  const given = options?.now ?? Date.now()
  const time = typeof given === 'string' ? Date.parse(given) : +given
  if (Number.isNaN(time)) throw new RenderError('invalid_option', ['now'], `\`now\` is no time: \`${String(given)}\``)
  return articles.filter((item) => {
    const published = instant(item?.datePublished)
    return published <= time && published > time - TWO_DAYS
  })
}
