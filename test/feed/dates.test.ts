// Dates keep the article's own offset, whatever the machine's time zone. Node reads `TZ` again
// whenever it is set, so each zone is checked in this process (and checked to be in effect).

import { parseArticle } from 'articlekit'
import { toAtom, toJsonFeedObject, toNewsSitemap, toRss, toSitemap } from 'articlekit/feed'
import { describe, expect, it } from 'vitest'
import { enterZone, restoreZoneAfterEach, ZONES } from '../fixtures/time-zones.js'
import { channel } from './articles.js'
import { all, one, parseXml } from './parse-xml.js'

restoreZoneAfterEach()

/** Articles at offsets either side of UTC, close to midnight so that a shift would change the day. */
const articles = [
  parseArticle({
    url: 'https://news.example.com/east',
    headline: 'East',
    language: 'en',
    authors: [{ name: 'A' }],
    datePublished: '2026-01-01T00:30:00+14:00',
    body: [],
  }),
  parseArticle({
    url: 'https://news.example.com/west',
    headline: 'West',
    language: 'en',
    authors: [{ name: 'B' }],
    datePublished: '2026-12-31T23:59:59.250-11:00',
    dateModified: '2027-01-01T00:10Z',
    body: [],
  }),
  parseArticle({
    url: 'https://news.example.com/day',
    headline: 'Day',
    language: 'en',
    authors: [{ name: 'C' }],
    datePublished: '2026-07-04',
    body: [],
  }),
]

/** Every date the formats write, in order. */
function written(): Record<string, string[]> {
  const rss = parseXml(toRss(articles, channel))
  const atom = parseXml(toAtom(articles, channel))
  return {
    rss: all(rss, 'pubDate').map((date) => date.text),
    atom: all(atom, 'published').map((date) => date.text),
    atomUpdated: all(atom, 'updated').map((date) => date.text),
    json: toJsonFeedObject(articles, channel).items.map((item) => item.date_published ?? ''),
    sitemap: all(parseXml(toSitemap(articles).files[0]?.xml as string), 'lastmod').map((date) => date.text),
    news: all(parseXml(toNewsSitemap(articles, { name: 'N' }).files[0]?.xml as string), 'news:publication_date').map(
      (date) => date.text,
    ),
    lastBuildDate: [one(rss, 'lastBuildDate').text],
  }
}

const expected = {
  rss: ['Thu, 31 Dec 2026 23:59:59 -1100', 'Sat, 04 Jul 2026 00:00:00 +0000', 'Thu, 01 Jan 2026 00:30:00 +1400'],
  atom: ['2026-12-31T23:59:59.250-11:00', '2026-07-04T00:00:00Z', '2026-01-01T00:30:00+14:00'],
  atomUpdated: ['2027-01-01T00:10:00Z', '2027-01-01T00:10:00Z', '2026-07-04T00:00:00Z', '2026-01-01T00:30:00+14:00'],
  json: ['2026-12-31T23:59:59.250-11:00', '2026-07-04T00:00:00Z', '2026-01-01T00:30:00+14:00'],
  sitemap: ['2027-01-01T00:10:00Z', '2026-07-04', '2026-01-01T00:30:00+14:00'],
  news: ['2026-12-31T23:59:59.250-11:00', '2026-07-04', '2026-01-01T00:30:00+14:00'],
  lastBuildDate: ['Fri, 01 Jan 2027 00:10:00 +0000'],
}

describe('feed dates', () => {
  it.each(ZONES)('are the same in %s: the article’s own day, time and offset', (zone) => {
    enterZone(zone)
    expect(written()).toEqual(expected)
  })
})

describe('a date and time without an offset', () => {
  // Valid in the model (a wall-clock time), but no feed can place it in time.
  const floating = parseArticle({
    url: 'https://news.example.com/floating',
    headline: 'Floating',
    language: 'en',
    authors: [{ name: 'F' }],
    datePublished: '2026-06-12T07:45:00',
    body: [],
  })
  const warned = (write: (options: { onWarning: (warning: { code: string; path: unknown[] }) => void }) => void) => {
    const codes: [string, unknown[]][] = []
    write({ onWarning: (warning) => codes.push([warning.code, warning.path]) })
    return codes
  }

  it('is reported in every format, never dropped in silence', () => {
    const without: [string, unknown[]] = ['date_without_offset', [0, 'datePublished']]
    expect(warned((options) => toRss([floating], channel, options))).toEqual([without])
    expect(toRss([floating], channel)).not.toContain('<pubDate>')
    expect(warned((options) => toJsonFeedObject([floating], channel, options))).toEqual([without])
    expect(warned((options) => toSitemap([floating], options))).toEqual([without])
    // Formats that need a date leave the article out, and say why.
    expect(warned((options) => toAtom([floating], channel, options))).toEqual([
      without,
      ['missing_date', [0, 'datePublished']],
    ])
    expect(
      warned((options) =>
        toNewsSitemap(
          [floating],
          { name: 'Example News', language: 'en' },
          { ...options, now: '2026-06-12T12:00:00Z' },
        ),
      ),
    ).toEqual([without, ['missing_date', [0, 'datePublished']]])
  })
})
