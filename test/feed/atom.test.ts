import { parseArticle } from 'articlekit'
import { atomHandlers, type FeedWarning, toAtom } from 'articlekit/feed'
import { describe, expect, it } from 'vitest'
import { channel, ferry, night, undated } from './articles.js'
import { all, childNames, one, parseXml } from './parse-xml.js'

const ATOM = 'http://www.w3.org/2005/Atom'

describe('toAtom', () => {
  it('writes the feed with what RFC 4287 requires: id, title, updated, and an author for every entry', () => {
    const feed = parseXml(toAtom([ferry], channel))
    expect(feed).toMatchObject({ name: 'feed', uri: ATOM, attributes: { 'xml:lang': 'en-GB' } })
    expect(childNames(feed)).toEqual(['id', 'title', 'subtitle', 'link', 'link', 'updated', 'generator', 'entry'])
    expect(one(feed, 'id').text).toBe('https://news.example.com/feed.xml')
    expect(feed.children.filter((child) => child.name === 'link').map((link) => link.attributes)).toEqual([
      { rel: 'alternate', type: 'text/html', href: 'https://news.example.com/' },
      { rel: 'self', type: 'application/atom+xml', href: 'https://news.example.com/feed.xml' },
    ])
    // The feed's updated is its newest entry's, as the article states it.
    expect(one(feed, 'updated').text).toBe('2026-06-12T14:20:00+01:00')
  })

  it('writes every part of an entry', () => {
    const entry = one(parseXml(toAtom([ferry], channel)), 'entry')
    expect(childNames(entry)).toEqual([
      'id',
      'title',
      'link',
      'published',
      'updated',
      'author',
      'author',
      'category',
      'category',
      'category',
      'summary',
      'content',
    ])
    expect(one(entry, 'id').text).toBe('https://news.example.com/ferry')
    expect(one(entry, 'link').attributes).toEqual({
      rel: 'alternate',
      type: 'text/html',
      href: 'https://news.example.com/ferry',
    })
    expect(one(entry, 'published').text).toBe('2026-06-12T07:45:00+01:00')
    expect(one(entry, 'updated').text).toBe('2026-06-12T14:20:00+01:00')
    expect(all(entry, 'author').map((author) => author.children.map((child) => [child.name, child.text]))).toEqual([
      [
        ['name', 'Ada Quill'],
        ['uri', 'https://news.example.com/authors/ada'],
      ],
      [['name', 'Ben Ro']],
    ])
    expect(all(entry, 'category').map((category) => category.attributes.term)).toEqual(['Local', 'ferry', 'tides'])
    expect(one(entry, 'summary')).toMatchObject({
      attributes: { type: 'text' },
      text: 'The first crossing left on time.',
    })
    expect(one(entry, 'content').attributes).toEqual({ type: 'html' })
    expect(one(entry, 'content').text).toContain('<p>It sailed.</p>')
  })

  it('leaves out, with a warning, an article without a URL or a date, or without an author when the feed has none', () => {
    const warnings: FeedWarning[] = []
    const anonymous = parseArticle({
      url: 'https://news.example.com/a',
      headline: 'A',
      datePublished: '2026-06-01',
      body: [],
    })
    const feed = parseXml(toAtom([ferry, night, undated, anonymous], channel, { onWarning: (w) => warnings.push(w) }))
    expect(all(feed, 'entry')).toHaveLength(1)
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['missing_url', [1, 'url']],
      ['missing_date', [2, 'datePublished']],
      ['missing_author', [3, 'authors']],
    ])
    // With a feed author, the entry without one is written; a calendar date is its midnight in UTC.
    const withAuthor = parseXml(toAtom([anonymous], { ...channel, author: 'Harbour News' }))
    expect(one(one(withAuthor, 'author'), 'name').text).toBe('Harbour News')
    expect(one(one(withAuthor, 'entry'), 'updated').text).toBe('2026-06-01T00:00:00Z')
  })

  it('uses now for the updated of a feed without entries', () => {
    expect(one(parseXml(toAtom([], channel, { now: '2026-06-20T10:00:00Z' })), 'updated').text).toBe(
      '2026-06-20T10:00:00.000Z',
    )
  })

  it('lets an entry part be replaced', () => {
    const xml = toAtom([ferry], channel, {
      handlers: {
        categories: (article, state, parent) => atomHandlers.categories(article, state, parent).slice(0, 1),
      },
    })
    expect(all(parseXml(xml), 'category').map((category) => category.attributes.term)).toEqual(['Local'])
  })
})
