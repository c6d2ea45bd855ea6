import { type Article, parseArticle } from 'articlekit'
import { type FeedWarning, recentForNews, sitemapHandlers, toNewsSitemap, toSitemap } from 'articlekit/feed'
import { describe, expect, it } from 'vitest'
import { ferry, night, undated } from './articles.js'
import { all, childNames, one, parseXml } from './parse-xml.js'

const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const IMAGE = 'http://www.google.com/schemas/sitemap-image/1.1'
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9'

/** `count` articles with URLs, one a minute from 2026-06-12T00:00:00Z. */
function many(count: number): Article[] {
  return Array.from({ length: count }, (_, index) =>
    parseArticle({
      url: `https://news.example.com/a/${index}`,
      headline: `Article ${index}`,
      language: 'en',
      datePublished: new Date(Date.UTC(2026, 5, 12, 0, index)).toISOString(),
      body: [],
    }),
  )
}

describe('toSitemap', () => {
  it('writes one urlset with loc, lastmod and the lead image, newest first', () => {
    const sitemap = toSitemap([undated, ferry])
    expect(sitemap.index).toBeUndefined()
    expect(sitemap.files.map((file) => file.name)).toEqual(['sitemap.xml'])
    const urlset = parseXml(sitemap.files[0]?.xml as string)
    expect(urlset).toMatchObject({ name: 'urlset', uri: SITEMAP, attributes: { 'xmlns:image': IMAGE } })
    const [first, second] = all(urlset, 'url')
    expect(childNames(first as never)).toEqual(['loc', 'lastmod', 'image:image'])
    expect(one(first as never, 'loc').text).toBe('https://news.example.com/ferry')
    expect(one(first as never, 'lastmod').text).toBe('2026-06-12T14:20:00+01:00')
    expect(one(first as never, 'image:loc')).toMatchObject({
      uri: IMAGE,
      text: 'https://news.example.com/img/ferry.jpg',
    })
    expect(childNames(second as never)).toEqual(['loc'])
  })

  it('leaves out an article without a URL, with a warning', () => {
    const warnings: FeedWarning[] = []
    const sitemap = toSitemap([night, ferry], { onWarning: (w) => warnings.push(w) })
    expect(all(parseXml(sitemap.files[0]?.xml as string), 'url')).toHaveLength(1)
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['missing_url', [0, 'url']]])
  })

  it('splits past maxUrls and writes an index of the files', () => {
    const sitemap = toSitemap(many(5), { maxUrls: 2, base: 'https://news.example.com/maps/' })
    expect(sitemap.files.map((file) => file.name)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
    ])
    expect(sitemap.index).toBe(sitemap.files[0])
    const index = parseXml(sitemap.index?.xml as string)
    expect(index).toMatchObject({ name: 'sitemapindex', uri: SITEMAP })
    expect(all(index, 'sitemap').map((entry) => [one(entry, 'loc').text, one(entry, 'lastmod').text])).toEqual([
      ['https://news.example.com/maps/sitemap-1.xml', '2026-06-12T00:04:00.000Z'],
      ['https://news.example.com/maps/sitemap-2.xml', '2026-06-12T00:02:00.000Z'],
      ['https://news.example.com/maps/sitemap-3.xml', '2026-06-12T00:00:00.000Z'],
    ])
    const counts = sitemap.files.slice(1).map((file) => all(parseXml(file.xml), 'url').length)
    expect(counts).toEqual([2, 2, 1])
  })

  it('splits past maxBytes, every file within it', () => {
    const maxBytes = 1200
    const sitemap = toSitemap(many(20), { maxBytes, base: 'https://news.example.com/maps/' })
    const files = sitemap.files.slice(1)
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) expect(new TextEncoder().encode(file.xml).length).toBeLessThanOrEqual(maxBytes)
    expect(files.reduce((sum, file) => sum + all(parseXml(file.xml), 'url').length, 0)).toBe(20)
  })

  it('splits at the protocol limit of 50,000 URLs by default', () => {
    const articles = many(50_001)
    const sitemap = toSitemap(articles, { base: 'https://news.example.com/maps/', images: false })
    expect(sitemap.files.map((file) => file.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml'])
    expect(sitemap.files[2]?.xml.match(/<url>/g)).toHaveLength(1)
  })

  it('needs a base to write an index, and limits within the protocol', () => {
    expect(() => toSitemap(many(3), { maxUrls: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['base'] }),
    )
    expect(() => toSitemap(many(3), { maxUrls: 50_001 })).toThrow(expect.objectContaining({ path: ['maxUrls'] }))
    expect(() => toSitemap(many(1), { maxBytes: 100 })).toThrow(expect.objectContaining({ path: ['maxBytes'] }))
  })

  it('leaves images out with images: false, and lets the <url> be changed', () => {
    expect(toSitemap([ferry], { images: false }).files[0]?.xml).not.toContain('image')
    const xml = toSitemap([ferry], {
      handlers: {
        article: (article, state, parent) => {
          const [url] = sitemapHandlers.article(article, state, parent)
          if (url?.type === 'element') {
            url.children.push({
              type: 'element',
              name: 'priority',
              attributes: {},
              children: [{ type: 'text', value: '0.8' }],
            })
          }
          return url ? [url] : []
        },
      },
    }).files[0]?.xml as string
    expect(one(parseXml(xml), 'priority').text).toBe('0.8')
  })
})

describe('toNewsSitemap', () => {
  it("writes Google's news:news with the publication, date and title", () => {
    const sitemap = toNewsSitemap([ferry], { name: 'Harbour News' })
    const urlset = parseXml(sitemap.files[0]?.xml as string)
    expect(urlset.attributes).toEqual({ xmlns: SITEMAP, 'xmlns:news': NEWS })
    const news = one(urlset, 'news:news')
    expect(news.uri).toBe(NEWS)
    expect(childNames(news)).toEqual(['news:publication', 'news:publication_date', 'news:title'])
    expect(childNames(one(news, 'news:publication'))).toEqual(['news:name', 'news:language'])
    expect(one(news, 'news:name').text).toBe('Harbour News')
    // The article's en-GB as Google's ISO 639 code.
    expect(one(news, 'news:language').text).toBe('en')
    expect(one(news, 'news:publication_date').text).toBe('2026-06-12T07:45:00+01:00')
    expect(one(news, 'news:title').text).toBe('Ferry sails at dawn')
  })

  it('leaves out articles without a URL, a date or a language, with warnings', () => {
    const warnings: FeedWarning[] = []
    const nolang = parseArticle({
      url: 'https://news.example.com/x',
      headline: 'X',
      datePublished: '2026-06-12',
      body: [],
    })
    toNewsSitemap([night, undated, nolang, ferry], { name: 'Harbour News' }, { onWarning: (w) => warnings.push(w) })
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['missing_url', [0, 'url']],
      ['missing_date', [1, 'datePublished']],
      ['missing_language', [2, 'language']],
    ])
    const withLanguage = toNewsSitemap([nolang], { name: 'Harbour News', language: 'zh-TW' }).files[0]?.xml as string
    expect(one(parseXml(withLanguage), 'news:language').text).toBe('zh-tw')
  })

  it('holds at most 1,000 articles a file, as Google asks', () => {
    const sitemap = toNewsSitemap(many(1001), { name: 'Harbour News' }, { base: 'https://news.example.com/maps/' })
    expect(sitemap.files.slice(1).map((file) => all(parseXml(file.xml), 'news:news').length)).toEqual([1000, 1])
  })

  it('checks the publication', () => {
    expect(() => toNewsSitemap([ferry], { name: '' })).toThrow(
      expect.objectContaining({ path: ['publication', 'name'] }),
    )
    expect(() => toNewsSitemap([ferry], { name: 'A', language: 'english' })).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['publication', 'language'] }),
    )
  })
})

describe('recentForNews', () => {
  it('keeps the articles of the two days before now, in their order', () => {
    const articles = many(3).concat(ferry, night, undated)
    // ferry: 06:45Z on the 12th; night: 06:00Z on the 13th.
    expect(recentForNews(articles, { now: '2026-06-14T07:00:00Z' }).map((article) => article.headline)).toEqual([
      'Night crossing & its fare',
    ])
    expect(recentForNews(articles, { now: '2026-06-13T06:00:00Z' })).toHaveLength(5)
    // Published after now: not yet.
    expect(recentForNews([night], { now: '2026-06-13T05:59:59Z' })).toEqual([])
    expect(() => recentForNews(articles, { now: 'soon' })).toThrow(expect.objectContaining({ path: ['now'] }))
  })
})

describe('indent', () => {
  it('puts elements on lines of their own and keeps every file within maxBytes', () => {
    const maxBytes = 1500
    const sitemap = toSitemap(many(20), { maxBytes, indent: true, base: 'https://news.example.com/maps/' })
    const files = sitemap.files.slice(1)
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) {
      const size = new TextEncoder().encode(file.xml).length
      expect(size).toBeLessThanOrEqual(maxBytes)
      expect(file.xml).toContain('\n  <url>\n    <loc>')
    }
    // A file with one URL fewer than the next would take: the count is exact, not cautious.
    const first = files[0]?.xml as string
    const urls = all(parseXml(first), 'url').length
    const alone = toSitemap(many(20).slice(20 - urls - 1), { maxBytes: 100_000, indent: true }).files[0]?.xml as string
    expect(new TextEncoder().encode(alone).length).toBeGreaterThan(maxBytes)
    expect(sitemap.index?.xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP}">\n${files
        .map((file, index) => {
          const newest = all(parseXml(file.xml), 'lastmod')[0]?.text
          return `  <sitemap>\n    <loc>https://news.example.com/maps/sitemap-${index + 1}.xml</loc>\n    <lastmod>${newest}</lastmod>\n  </sitemap>\n`
        })
        .join('')}</sitemapindex>\n`,
    )
  })
})
