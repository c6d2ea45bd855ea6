import { parseArticle } from 'articlekit'
import { type FeedWarning, jsonFeedHandlers, toJsonFeed, toJsonFeedObject } from 'articlekit/feed'
import { toText } from 'articlekit/text'
import { describe, expect, it } from 'vitest'
import { channel, ferry, night, undated } from './articles.js'

/** The JSON Feed 1.1 rules a document must meet, as a list of what breaks them. */
function jsonFeedProblems(feed: unknown): string[] {
  const problems: string[] = []
  const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/]/.test(value)
  const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/
  const top = feed as Record<string, unknown>
  if (top.version !== 'https://jsonfeed.org/version/1.1') problems.push('version')
  if (typeof top.title !== 'string' || top.title === '') problems.push('title')
  for (const key of ['home_page_url', 'feed_url', 'icon']) if (key in top && !isUrl(top[key])) problems.push(key)
  if (!Array.isArray(top.items)) return [...problems, 'items']
  const ids = new Set<string>()
  top.items.forEach((item: Record<string, unknown>, index: number) => {
    if (typeof item.id !== 'string' || item.id === '') problems.push(`items[${index}].id`)
    if (ids.has(item.id as string)) problems.push(`items[${index}].id repeated`)
    ids.add(item.id as string)
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
      problems.push(`items[${index}] content`)
    for (const key of ['url', 'image']) if (key in item && !isUrl(item[key])) problems.push(`items[${index}].${key}`)
    for (const key of ['date_published', 'date_modified']) {
      if (key in item && !rfc3339.test(item[key] as string)) problems.push(`items[${index}].${key}`)
    }
    if ('tags' in item && !(Array.isArray(item.tags) && item.tags.every((tag) => typeof tag === 'string')))
      problems.push(`items[${index}].tags`)
    if ('authors' in item) {
      const authors = item.authors as Record<string, unknown>[]
      if (!Array.isArray(authors) || authors.some((author) => !author.name && !author.url && !author.avatar))
        problems.push(`items[${index}].authors`)
    }
    for (const attachment of (item.attachments as Record<string, unknown>[] | undefined) ?? []) {
      if (!isUrl(attachment.url) || typeof attachment.mime_type !== 'string')
        problems.push(`items[${index}].attachments`)
    }
    for (const key of Object.keys(item)) {
      const known = [
        'id',
        'url',
        'external_url',
        'title',
        'content_html',
        'content_text',
        'summary',
        'image',
        'banner_image',
        'date_published',
        'date_modified',
        'authors',
        'tags',
        'language',
        'attachments',
      ]
      if (!known.includes(key) && !key.startsWith('_')) problems.push(`items[${index}].${key} is not in JSON Feed 1.1`)
    }
  })
  return problems
}

describe('toJsonFeedObject', () => {
  it('writes a JSON Feed 1.1 document, newest first', () => {
    const feed = toJsonFeedObject([ferry, undated, night], channel)
    expect(jsonFeedProblems(feed)).toEqual([])
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Harbour News',
      home_page_url: 'https://news.example.com/',
      feed_url: 'https://news.example.com/feed.xml',
      description: 'Ferries, tides and the town',
      language: 'en-GB',
    })
    expect(feed.items.map((item) => item.id)).toEqual([
      'night-2',
      'https://news.example.com/ferry',
      'https://news.example.com/undated',
    ])
  })

  it('writes every field of an item, dates as the article states them', () => {
    const [item] = toJsonFeedObject([ferry], channel).items
    expect(item).toEqual({
      id: 'https://news.example.com/ferry',
      url: 'https://news.example.com/ferry',
      title: 'Ferry sails at dawn',
      content_html: expect.stringContaining('<p>It sailed.</p>'),
      content_text: toText(ferry, { sections: { header: false } }),
      summary: 'The first crossing left on time.',
      image: 'https://news.example.com/img/ferry.jpg',
      date_published: '2026-06-12T07:45:00+01:00',
      date_modified: '2026-06-12T14:20:00+01:00',
      authors: [{ name: 'Ada Quill', url: 'https://news.example.com/authors/ada' }, { name: 'Ben Ro' }],
      tags: ['Local', 'ferry', 'tides'],
      language: 'en-GB',
      attachments: [
        {
          url: 'https://audio.example.com/ferry.mp3',
          mime_type: 'audio/mpeg',
          title: 'Listen',
          duration_in_seconds: 245,
        },
      ],
    })
  })

  it('needs a content: html and text cannot both be off', () => {
    expect(() => toJsonFeedObject([ferry], channel, { html: false, text: false })).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['html'] }),
    )
    const [item] = toJsonFeedObject([ferry], channel, { html: false }).items
    expect(item && 'content_html' in item).toBe(false)
    expect(jsonFeedProblems(toJsonFeedObject([ferry], channel, { text: false }))).toEqual([])
  })

  it('leaves out an article with neither a URL nor an id, with a warning', () => {
    const warnings: FeedWarning[] = []
    const nameless = parseArticle({ headline: 'No way to name it', body: [] })
    expect(toJsonFeedObject([nameless, ferry], channel, { onWarning: (w) => warnings.push(w) }).items).toHaveLength(1)
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['missing_url', [0, 'url']]])
  })

  it('lets an item be extended with a field of its own', () => {
    const feed = toJsonFeedObject([ferry], channel, {
      handlers: {
        article: (article, state, parent) => {
          const item = jsonFeedHandlers.article(article, state, parent)
          return item && !Array.isArray(item) ? { ...item, _harbour: { tide: 'high' } } : item
        },
      },
    })
    expect(feed.items[0]?._harbour).toEqual({ tide: 'high' })
    expect(jsonFeedProblems(feed)).toEqual([])
  })

  it('serializes to JSON that reads back as the object', () => {
    expect(JSON.parse(toJsonFeed([ferry, night], channel))).toEqual(toJsonFeedObject([ferry, night], channel))
  })
})
