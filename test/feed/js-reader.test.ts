// The RSS, Atom and JSON Feed documents as a JavaScript feed reader reads them: feedsmith, which
// parses all three formats and the namespaces the RSS feed writes (content, Dublin Core, Media
// RSS), run with its defaults. Every string of the hostile corpus, put into every text field of a
// validated article (its section and keywords too) and of the channel, must come back as the
// article holds it, in all three formats, RSS titles, copyright and captions included: feedsmith
// reads those as the text RSS 2.0 says they are, and does not guess at HTML as feedparser does.
//
// What feedsmith itself does to every text is allowed for, and nothing else: it trims white space
// at both ends with JavaScript's `String.prototype.trim` (so U+FEFF too, which Python's `strip`
// keeps), reports a text that is empty after that as absent, and decodes each character reference
// of the XML once (with the HTML entity table, which holds XML's five). It gives element content
// as written, so the RSS `<description>`, which RSS 2.0 allows to hold escaped HTML and the feed
// writes as HTML, comes back as that HTML: what it shows, read by parse5 as a browser reads HTML,
// must be the text. A writer that escapes once too often leaves `&lt;` in a text, one that escapes
// too little leaves malformed XML or a tag in a description, and both fail here.

import { type Article, parseArticle, safeParseArticle } from 'articlekit'
import { defaultUrlPolicy, type UrlPolicy } from 'articlekit/core'
import { toAtom, toJsonFeed, toRss } from 'articlekit/feed'
import { toHtml } from 'articlekit/html'
import { toText } from 'articlekit/text'
import { type AnyFeed, parseFeed } from 'feedsmith'
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { hostileStrings } from '../fixtures/hostile.js'
import { mapStrings, TEXT_KEYS } from '../fixtures/text-fields.js'
import { everyNode } from '../fixtures/valid.js'
import { channel, hostileChannel } from './articles.js'

/** A text as feedsmith gives it back: trimmed as JavaScript trims, and absent when nothing is left. */
const read = (text: string): string | undefined => text.trim() || undefined

/** Texts as feedsmith gives them back: each read, the absent ones dropped, and no list when none is left. */
function readAll(texts: readonly string[]): string[] | undefined {
  const kept = texts.map(read).filter((text): text is string => text !== undefined)
  return kept.length > 0 ? kept : undefined
}

type HtmlNode = DefaultTreeAdapterMap['node']

/** What a reader shows of HTML: the text of the fragment as an HTML parser reads it, tags dropped. */
function shown(html: string | undefined): string | undefined {
  if (html === undefined) return undefined
  const text = (node: HtmlNode): string =>
    node.nodeName === '#text'
      ? (node as DefaultTreeAdapterMap['textNode']).value
      : 'childNodes' in node
        ? node.childNodes.map(text).join('')
        : ''
  return text(parseFragment(html))
}

/** The article with `value` in every text field, its section and keywords too. */
function hostileArticle(value: string): Record<string, unknown> {
  const input = mapStrings(everyNode, (key, text) => (TEXT_KEYS.has(key) ? value : text)) as Record<string, unknown>
  input.section = value
  input.keywords = [value]
  return input
}

/**
 * The content as the feeds write it: `toHtml` and `toText` without the header, relative URLs made
 * absolute against the article's URL (a feed is read away from the site).
 */
function contentOptions(article: Article) {
  const urlPolicy: UrlPolicy = (url, context) => {
    const allowed = defaultUrlPolicy(url, context)
    return allowed === undefined ? undefined : new URL(allowed, article.url).href
  }
  return { sections: { header: false }, urlPolicy }
}

/** The feed of `format` that feedsmith read, or a failure saying what it read instead. */
function as<Format extends AnyFeed['format']>(read: AnyFeed, format: Format): Extract<AnyFeed, { format: Format }> {
  if (read.format !== format) throw new Error(`feedsmith read ${read.format}, not ${format}`)
  return read as Extract<AnyFeed, { format: Format }>
}

/** One field: what feedsmith gave back, and what the article holds, as feedsmith reads it. */
type Field = [what: string, actual: unknown, wanted: unknown]

/** The fields of the RSS feed, channel and item. */
function rssFields(xml: string, held: string, article: Article): Field[] {
  const { feed } = as(parseFeed(xml), 'rss')
  const item = feed.items?.[0]
  const media = item?.media?.contents?.[0]
  return [
    ['channel title', feed.title, read(`T${held}`)],
    ['channel description, shown', shown(feed.description), read(`D${held}`)],
    ['copyright', feed.copyright, read(`C${held}`)],
    ['title', item?.title, read(held)],
    ['description, shown', shown(item?.description), read(held)],
    ['dc:creator', item?.dc?.creators, readAll([held, held])],
    ['category', item?.categories?.map((category) => category.name), readAll([held])],
    // The caption is two texts, the second a link's.
    ['media:description', media?.description?.value, read(held + held)],
    ['media:description type', media?.description?.type, read(held + held) && 'plain'],
    ['media:credit', media?.credits?.map((credit) => credit.value), readAll([held])],
    ['content:encoded', item?.content?.encoded, read(toHtml(article, contentOptions(article)))],
  ]
}

/** The fields of the Atom feed, feed and entry. */
function atomFields(xml: string, held: string, article: Article): Field[] {
  const { feed } = as(parseFeed(xml), 'atom')
  const entry = feed.entries?.[0]
  const text = (value: string) => (read(value) === undefined ? undefined : { value: read(value), type: 'text' })
  return [
    ['feed title', feed.title, text(`T${held}`)],
    ['subtitle', feed.subtitle, text(`D${held}`)],
    ['rights', feed.rights, text(`C${held}`)],
    ['feed author', feed.authors?.map((author) => author.name), readAll([`A${held}`])],
    ['title', entry?.title, text(held)],
    ['summary', entry?.summary, text(held)],
    ['authors', entry?.authors?.map((author) => author.name), readAll([held, held])],
    // An attribute: the feed writes its tabs and line feeds as the spaces an XML parser reads.
    ['category', entry?.categories?.map((category) => category.term), readAll([held.replace(/[\t\n]/g, ' ')])],
    ['content', entry?.content, { value: read(toHtml(article, contentOptions(article))), type: 'html' }],
  ]
}

/** The fields of the JSON Feed, feed and item. */
function jsonFields(json: string, held: string, article: Article): Field[] {
  const { feed } = as(parseFeed(json), 'json')
  const item = feed.items?.[0]
  return [
    ['feed title', feed.title, read(`T${held}`)],
    ['description', feed.description, read(`D${held}`)],
    ['feed author', feed.authors?.map((author) => author.name), readAll([`A${held}`])],
    ['title', item?.title, read(held)],
    ['summary', item?.summary, read(held)],
    ['authors', item?.authors?.map((author) => author.name), readAll([held, held])],
    ['tags', item?.tags, readAll([held])],
    ['content_html', item?.content_html, read(toHtml(article, contentOptions(article)))],
    ['content_text', item?.content_text, read(toText(article, contentOptions(article)))],
  ]
}

describe('feeds read by feedsmith, a JavaScript feed parser', () => {
  const cases: { name: string; held: string; article: Article }[] = []
  for (const hostile of hostileStrings) {
    const parsed = safeParseArticle(hostileArticle(hostile.value))
    // The model normalized the text once (the headline shows how); that is what must come back.
    if (parsed.success) cases.push({ name: hostile.name, held: parsed.data.headline, article: parsed.data })
  }

  const formats = [
    ['RSS', toRss, rssFields],
    ['Atom', toAtom, atomFields],
    ['JSON Feed', toJsonFeed, jsonFields],
  ] as const

  for (const [format, write, fields] of formats) {
    it(`gives back every text of the ${format} document exactly`, () => {
      expect(cases.length).toBeGreaterThan(hostileStrings.length / 2)
      const problems: string[] = []
      for (const { name, held, article } of cases) {
        for (const [what, actual, wanted] of fields(write([article], hostileChannel(held)), held, article)) {
          if (JSON.stringify(actual) !== JSON.stringify(wanted))
            problems.push(`${name}: ${format} ${what}: ${JSON.stringify(actual)} is not ${JSON.stringify(wanted)}`)
        }
      }
      expect(problems).toEqual([])
    })
  }
})

describe('feedsmith on the example article', () => {
  const everyArticle = parseArticle(everyNode)

  it('reads an RSS title and copyright that look like HTML as the plain text they are', () => {
    const article = parseArticle({ ...everyNode, headline: 'Fish &amp; chips, <b>bold</b> claim' })
    const { feed } = as(parseFeed(toRss([article], { ...channel, copyright: '© <i>Harbour</i> & co' })), 'rss')
    expect(feed.items?.[0]?.title).toBe('Fish &amp; chips, <b>bold</b> claim')
    expect(feed.copyright).toBe('© <i>Harbour</i> & co')
  })

  it('reads the links, guid, enclosure, lead image and dates at the article’s own offset, in RSS', () => {
    const { feed } = as(parseFeed(toRss([everyArticle], channel)), 'rss')
    expect(feed.lastBuildDate).toBe('Sat, 14 Mar 2026 11:05:00 +0100')
    expect(feed.atom?.links).toEqual([
      { href: 'https://news.example.com/feed.xml', rel: 'self', type: 'application/rss+xml' },
    ])
    expect(feed.items?.[0]).toMatchObject({
      link: 'https://news.example.com/every-node',
      guid: { value: 'https://news.example.com/every-node', isPermaLink: true },
      pubDate: 'Sat, 14 Mar 2026 09:30:00 +0100',
      enclosures: [{ url: 'https://audio.example.com/read/ferry.mp3', length: 0, type: 'audio/mpeg' }],
      media: {
        contents: [{ url: 'https://images.example.com/lead.jpg', medium: 'image', width: 1600, height: 900 }],
        thumbnails: [{ url: 'https://images.example.com/lead.jpg', width: 1600, height: 900 }],
      },
    })
  })

  it('reads the links and dates at the article’s own offset, in Atom', () => {
    const { feed } = as(parseFeed(toAtom([everyArticle], channel)), 'atom')
    expect(feed.id).toBe('https://news.example.com/feed.xml')
    expect(feed.updated).toBe('2026-03-14T11:05:00+01:00')
    expect(feed.entries?.[0]).toMatchObject({
      id: 'https://news.example.com/every-node',
      links: [{ href: 'https://news.example.com/every-node', rel: 'alternate', type: 'text/html' }],
      published: '2026-03-14T09:30:00+01:00',
      updated: '2026-03-14T11:05:00+01:00',
      authors: [{ name: 'Ada Quill', uri: 'https://news.example.com/authors/ada' }, { name: 'Data Desk' }],
    })
  })

  it('reads the links, image, audio, language and dates at the article’s own offset, in JSON Feed', () => {
    const { feed } = as(parseFeed(toJsonFeed([everyArticle], channel)), 'json')
    expect(feed).toMatchObject({
      home_page_url: 'https://news.example.com/',
      feed_url: 'https://news.example.com/feed.xml',
      language: 'en-GB',
    })
    expect(feed.items?.[0]).toMatchObject({
      id: 'https://news.example.com/every-node',
      url: 'https://news.example.com/every-node',
      image: 'https://images.example.com/lead.jpg',
      date_published: '2026-03-14T09:30:00+01:00',
      date_modified: '2026-03-14T11:05:00+01:00',
      language: 'en-GB',
      authors: [
        {
          name: 'Ada Quill',
          url: 'https://news.example.com/authors/ada',
          avatar: 'https://images.example.com/ada.jpg',
        },
        { name: 'Data Desk' },
      ],
      attachments: [
        { url: 'https://audio.example.com/read/ferry.mp3', mime_type: 'audio/mpeg', duration_in_seconds: 372 },
      ],
    })
  })
})
