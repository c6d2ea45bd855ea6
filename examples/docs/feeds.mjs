// @ts-check
// docs/feeds.md: the two example articles as each feed and sitemap. The first
// argument names the format: rss, atom, json-feed, sitemap, news-sitemap, or
// content (one invented article's RSS item with its HTML content). Run
// `npm run build` first.
//
//   node examples/docs/feeds.mjs rss
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseArticle } from 'articlekit'
import { recentForNews, toAtom, toJsonFeed, toNewsSitemap, toRss, toSitemap } from 'articlekit/feed'

const read = async (/** @type {string} */ name) =>
  parseArticle(JSON.parse(await readFile(new URL(`../${name}`, import.meta.url), 'utf8')))
const articles = [await read('article.json'), await read('opinion-article.json')]

/** @type {import('articlekit/feed').FeedChannel} */
const channel = {
  title: 'The Westmere Courier',
  link: 'https://news.example.com/',
  description: 'News from Porthcarrow and the Carrow Estuary',
  language: 'en-GB',
  image: { url: 'https://images.example.com/brand/courier-88x31.png', width: 88, height: 31 },
  copyright: '© 2026 The Westmere Courier',
  self: 'https://news.example.com/feeds/all.xml',
}

/** @type {import('articlekit/feed').FeedWarning[]} */
const warnings = []
const onWarning = (/** @type {import('articlekit/feed').FeedWarning} */ warning) => warnings.push(warning)
// The page shows the feeds without their HTML content, which docs/html.md shows; `content` below has it.
const format = process.argv[2] ?? 'rss'
let output
switch (format) {
  case 'rss':
    output = toRss(articles, channel, { html: false, indent: true, onWarning })
    // The opinion piece is newer: it comes first.
    assert.ok(output.indexOf('night-ferry') < output.indexOf('tide-powered'))
    break
  case 'atom':
    output = toAtom(
      articles,
      { ...channel, self: 'https://news.example.com/feeds/all.atom' },
      { html: false, indent: true, onWarning },
    )
    assert.match(output, /<updated>2026-06-14T18:00:00\+01:00<\/updated>/)
    break
  case 'json-feed':
    output = toJsonFeed(
      articles,
      { ...channel, self: 'https://news.example.com/feeds/all.json' },
      { html: false, indent: true, onWarning },
    )
    assert.equal(JSON.parse(output).items.length, 2)
    break
  case 'sitemap': {
    const { files, index } = toSitemap(articles, { indent: true, onWarning })
    assert.equal(index, undefined)
    assert.deepEqual(
      files.map((file) => file.name),
      ['sitemap.xml'],
    )
    output = files[0]?.xml
    break
  }
  case 'news-sitemap': {
    // On the evening of 14 June, only the opinion piece is from the last two days: the ferry story
    // (12 June, 07:45) dropped out that morning. The page shows the news sitemap of both.
    const recent = recentForNews(articles, { now: '2026-06-14T21:00:00+01:00' })
    assert.deepEqual(
      recent.map((article) => article.kicker),
      ['Opinion'],
    )
    const { files } = toNewsSitemap(articles, { name: 'The Westmere Courier' }, { indent: true, onWarning })
    output = files[0]?.xml
    break
  }
  case 'content': {
    const brief = parseArticle({
      url: 'https://news.example.com/local/2026/06/15/ferry-timetable',
      language: 'en-GB',
      headline: 'Ferry adds a 06:10 crossing',
      authors: [{ name: 'Elowen Tregarth' }],
      datePublished: '2026-06-15T09:00:00+01:00',
      body: ['The first boat now leaves at 06:10 on weekdays, for the early shift at the boatyard.'],
    })
    output = toRss([brief], channel, { indent: true, onWarning })
    assert.match(output, /<content:encoded>&lt;article class="ak-article" lang="en-GB" data-ak=/)
    output = output.slice(output.indexOf('    <item>'), output.indexOf('  </channel>'))
    break
  }
  default:
    throw new Error(`Unknown format \`${format}\``)
}
assert.deepEqual(warnings, [])
process.stdout.write(String(output))
