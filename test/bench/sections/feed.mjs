// toRss beside the `feed` package, which many build tools use for RSS: a feed of 1,000 generated
// articles (600 words each), with the same channel and the same fields on both sides, once without
// content and once with the toHtml fragment as content:encoded (rendered on both sides, so each
// does the whole job from the articles to the string).
import { toRss } from 'articlekit/feed'
import { toHtml } from 'articlekit/html'
import { Feed } from 'feed'
import { generateArticle } from '../../fixtures/generate.mjs'

const COUNT = 1000

/** 1,000 articles, each with its own URL and a publication time a minute apart. */
function feedArticles() {
  return Array.from({ length: COUNT }, (_, index) => ({
    ...generateArticle(600, index + 1),
    url: `https://news.example.com/story/${index}`,
    datePublished: new Date(Date.UTC(2026, 5, 12, 0, index)).toISOString().replace('.000Z', 'Z'),
    dateModified: undefined,
  }))
}

const channel = {
  title: 'The Westmere Courier',
  link: 'https://news.example.com/',
  description: 'News from Porthcarrow',
  language: 'en-GB',
  self: 'https://news.example.com/feed.xml',
}

/** The `feed` package with what toRss writes: title, link, guid, summary, authors, categories, date, image. */
function withFeedPackage(articles, content) {
  const feed = new Feed({
    title: channel.title,
    id: channel.link,
    link: channel.link,
    description: channel.description,
    language: channel.language,
    copyright: '',
    feedLinks: { rss: channel.self },
  })
  for (const article of articles) {
    feed.addItem({
      title: article.headline,
      id: article.url,
      link: article.url,
      description: article.standfirst[0].value,
      content: content ? toHtml(article, { sections: { header: false } }) : undefined,
      author: article.authors.map((author) => ({ name: author.name })),
      category: [article.section, ...article.keywords].map((name) => ({ name })),
      date: new Date(article.datePublished),
      image: article.image.url,
    })
  }
  return feed.rss2()
}

export default function feedSection() {
  const articles = feedArticles()
  const cases = [false, true].map((content) => ({
    size: `${COUNT} articles${content ? ', content' : ''}`,
    baseline: { name: 'feed package (rss2)', fn: () => withFeedPackage(articles, content) },
    ours: { name: 'toRss', fn: () => toRss(articles, channel, content ? {} : { html: false }) },
  }))
  return {
    title: 'toRss vs the feed package, a 1,000-article RSS feed',
    goal: 'toRss at least as fast as the feed package (issue 19)',
    samples: 5,
    cases,
  }
}
